#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// HS256 tokens for Jitsi's token authentication (Prosody "token" with app_id/app_secret).
//
// Prosody allows no clock skew and reads context.user values as strings only; the moderator
// claim (with affiliation "owner") goes into the counselor's token and nobody else's.
class JwtMinter
{
    Q_DECLARE_TR_FUNCTIONS(JwtMinter)

public:
    struct Claims
    {
        QString issuer;
        QString audience;
        QString subject;
        QString room; // lowercase: Prosody compares it with the lowercased room name
        QString userId;
        QString userName;
        bool moderator = false;
        QDateTime notBefore;
        QDateTime expires;
        // For servers with jitsi-contrib's token_security_ondemand: lobby and password from the
        // moment the room is created, which closes the race before the moderator's client acts.
        std::optional<bool> roomLobby;
        QString roomPassword;
    };

    // How far nbf lies before "now", so that a server clock a little behind still accepts it.
    static constexpr int clockSkewSeconds = 5 * 60;
    static constexpr int defaultGraceMinutes = 60;

    // The token is valid from now (less the skew allowance) until the appointment's end plus the
    // grace period. False with a message when the appointment is too far off to start.
    static bool validityWindow(const QDateTime& now, const QDateTime& appointmentStart,
                               const QDateTime& appointmentEnd, int graceMinutes, QDateTime* notBefore,
                               QDateTime* expires, QString* errorMessage);

    static QByteArray mint(const Claims& claims, const QByteArray& appSecret);
};
