#include "core/meeting/JwtMinter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>

namespace {
QByteArray encodeSegment(const QJsonObject& object)
{
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

bool JwtMinter::validityWindow(const QDateTime& now, const QDateTime& appointmentStart,
                               const QDateTime& appointmentEnd, int graceMinutes, QDateTime* notBefore,
                               QDateTime* expires, QString* errorMessage)
{
    const QDateTime earliest = appointmentStart.addSecs(-qint64(graceMinutes) * 60);
    const QDateTime latest = appointmentEnd.addSecs(qint64(graceMinutes) * 60);
    if (now < earliest) {
        *errorMessage = tr("This session can be started from %1 on, %n minutes before it begins.", nullptr,
                           graceMinutes)
                            .arg(QLocale().toString(earliest.toLocalTime(), QLocale::ShortFormat));
        return false;
    }
    if (now >= latest) {
        *errorMessage = tr("This appointment ended more than %n minutes ago. Move it to a new time to hold "
                           "the session.",
                           nullptr, graceMinutes);
        return false;
    }
    *notBefore = now.addSecs(-clockSkewSeconds);
    *expires = latest;
    return true;
}

QByteArray JwtMinter::mint(const Claims& claims, const QByteArray& appSecret)
{
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("HS256") },
                               { QStringLiteral("typ"), QStringLiteral("JWT") } };

    QJsonObject user { { QStringLiteral("id"), claims.userId }, { QStringLiteral("name"), claims.userName } };
    if (claims.moderator) {
        user.insert(QStringLiteral("moderator"), true);
        user.insert(QStringLiteral("affiliation"), QStringLiteral("owner"));
    }
    QJsonObject context { { QStringLiteral("user"), user } };
    if (claims.roomLobby || !claims.roomPassword.isEmpty()) {
        QJsonObject room;
        if (claims.roomLobby)
            room.insert(QStringLiteral("lobby"), *claims.roomLobby);
        if (!claims.roomPassword.isEmpty())
            room.insert(QStringLiteral("password"), claims.roomPassword);
        context.insert(QStringLiteral("room"), room);
    }

    const QJsonObject payload { { QStringLiteral("iss"), claims.issuer },
                                { QStringLiteral("aud"), claims.audience },
                                { QStringLiteral("sub"), claims.subject },
                                { QStringLiteral("room"), claims.room.toLower() },
                                { QStringLiteral("nbf"), claims.notBefore.toSecsSinceEpoch() },
                                { QStringLiteral("exp"), claims.expires.toSecsSinceEpoch() },
                                { QStringLiteral("context"), context } };

    const QByteArray signingInput = encodeSegment(header) + '.' + encodeSegment(payload);
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signingInput, appSecret, QCryptographicHash::Sha256);
    return signingInput + '.'
        + signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
