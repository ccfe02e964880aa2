#include "core/secrets/InstallKey.h"

#include "core/base/Logging.h"
#include "core/secrets/SecretStore.h"

#include <QRandomGenerator>

InstallKey::InstallKey(SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
{ }

void InstallKey::fetch(const Done& done)
{
    SecretReply* reply = m_secrets.read(QLatin1String(owner), QLatin1String(name));
    connect(reply, &SecretReply::finished, this, [this, reply, done] {
        if (reply->status() == SecretReply::Status::NotFound) {
            create(done);
            return;
        }
        const QByteArray key = QByteArray::fromBase64(reply->value().toLatin1());
        if (reply->ok() && key.size() != keyBytes) {
            done(false, {},
                 tr("The install key in the keychain is damaged. Remove the entry %1 to create a new one; "
                    "room passwords derived from the old key change with it.")
                     .arg(m_secrets.entryKey(QLatin1String(owner), QLatin1String(name))));
            return;
        }
        done(reply->ok(), reply->ok() ? key : QByteArray(), reply->errorString());
    });
}

void InstallKey::create(const Done& done)
{
    QByteArray key(keyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(key.data()),
                                         reinterpret_cast<quint32*>(key.data() + key.size()));
    SecretReply* reply
        = m_secrets.write(QLatin1String(owner), QLatin1String(name), QString::fromLatin1(key.toBase64()));
    connect(reply, &SecretReply::finished, this, [reply, done, key] {
        if (reply->ok())
            qCInfo(lcSecrets) << "created the install key";
        done(reply->ok(), reply->ok() ? key : QByteArray(), reply->errorString());
    });
}
