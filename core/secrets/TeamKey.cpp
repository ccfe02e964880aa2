#include "core/secrets/TeamKey.h"

#include "core/secrets/SecretStore.h"

TeamKey::TeamKey(SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
{ }

bool TeamKey::isWellFormed(const QString& base64)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == keyBytes;
}

void TeamKey::fetch(const InstallKey::Done& done)
{
    SecretReply* reply = m_secrets.read(QLatin1String(owner), QLatin1String(name));
    connect(reply, &SecretReply::finished, this, [reply, done] {
        if (reply->status() == SecretReply::Status::NotFound) {
            done(
                false, {},
                tr("The team key is missing, so the room password of a team appointment cannot be made. Open "
                   "the setup file from your administrator again (Help → Set Up Vieraugen…)."));
            return;
        }
        if (reply->ok() && !isWellFormed(reply->value())) {
            done(false, {},
                 tr("The team key in the keychain is damaged. Open the setup file from your administrator "
                    "again."));
            return;
        }
        done(reply->ok(), reply->ok() ? QByteArray::fromBase64(reply->value().toLatin1()) : QByteArray(),
             reply->errorString());
    });
}
