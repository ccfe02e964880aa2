#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// A Jitsi server the organization uses. Its app secret (for JWT) lives in the keychain under
// the owner id secretOwner(), never in here.
struct ServerProfile
{
    Q_DECLARE_TR_FUNCTIONS(ServerProfile)

public:
    enum class AuthMode
    {
        Jwt,
        None
    };

    QString id;
    QString name;
    QUrl baseUrl;
    AuthMode auth = AuthMode::Jwt;
    QString appId;
    QString issuer;
    QString audience;
    QString subject;
    QString backupProfileId;

    // "Beratung Nord (meet.beratung-nord.example)", or the address alone when it is the name too
    // (a server typed by its address): named twice, it read as two servers.
    QString displayName() const;
    // For servers running jitsi-contrib's token_security_ondemand: the token itself asks for
    // lobby and password when the room is created, so nobody slips in before the counselor.
    bool roomSecurityInToken = false;
    // Turn on end-to-end encryption in sessions where the server offers it.
    bool endToEndEncryption = true;

    static constexpr const char* appSecretName = "jwt-app-secret";

    QString secretOwner() const { return ownerFor(id); }
    static QString ownerFor(const QString& profileId) { return QStringLiteral("server-") + profileId; }

    static QString authModeName(AuthMode mode);
    static bool parseAuthMode(const QString& name, AuthMode* mode);

    // https only; plain http only for loopback addresses (local test servers).
    static bool validateUrl(const QUrl& url, QString* errorMessage);
    // Ids are short, stable and safe inside keychain keys: lowercase letters, digits, '-'.
    static bool validateId(const QString& id, QString* errorMessage);
    bool validate(QString* errorMessage) const;
    // An id made from a name people read: "Beratung München" → "beratung-muenchen".
    static QString suggestedId(const QString& name);

    // Shown when a profile has no token authentication.
    static QString noAuthenticationWarning();

    friend bool operator==(const ServerProfile&, const ServerProfile&) = default;
};
