#pragma once

#include "core/meeting/ServerProfile.h"

#include <QObject>

#include <functional>

class SecretStore;
class Settings;

// Saves and removes Jitsi server profiles together with their secrets, so that a profile and
// its app secret never drift apart: removing a profile removes every secret it owns.
class ServerProfileService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString& errorMessage)>;

    ServerProfileService(Settings& settings, SecretStore& secrets, QObject* parent = nullptr);

    // Validates and stores the profile; a non-empty appSecret goes to the keychain first, and
    // when that fails nothing is saved.
    void save(const ServerProfile& profile, const QString& appSecret, const Done& done);
    // Removes the profile's secrets, then the profile. If the keychain refuses, the profile stays.
    void remove(const QString& profileId, const Done& done);

    bool hasAppSecret(const QString& profileId) const;

private:
    Settings& m_settings;
    SecretStore& m_secrets;
};
