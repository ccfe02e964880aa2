#include "core/settings/ServerProfileService.h"

#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"

#include <QTimer>

ServerProfileService::ServerProfileService(Settings& settings, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

bool ServerProfileService::hasAppSecret(const QString& profileId) const
{
    return m_secrets.contains(ServerProfile::ownerFor(profileId),
                              QLatin1String(ServerProfile::appSecretName));
}

void ServerProfileService::save(const ServerProfile& profile, const QString& appSecret, const Done& done)
{
    QString error;
    if (!profile.validate(&error)) {
        QTimer::singleShot(0, this, [done, error] { done(false, error); });
        return;
    }
    if (appSecret.isEmpty()) {
        m_settings.saveServerProfile(profile);
        QTimer::singleShot(0, this, [done] { done(true, QString()); });
        return;
    }
    SecretReply* reply
        = m_secrets.write(profile.secretOwner(), QLatin1String(ServerProfile::appSecretName), appSecret);
    connect(reply, &SecretReply::finished, this, [this, reply, profile, done] {
        if (reply->ok())
            m_settings.saveServerProfile(profile);
        done(reply->ok(), reply->errorString());
    });
}

void ServerProfileService::remove(const QString& profileId, const Done& done)
{
    SecretReply* reply = m_secrets.removeOwner(ServerProfile::ownerFor(profileId));
    connect(reply, &SecretReply::finished, this, [this, reply, profileId, done] {
        if (reply->ok())
            m_settings.removeServerProfile(profileId);
        done(reply->ok(), reply->errorString());
    });
}
