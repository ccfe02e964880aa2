#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

class SecretStore;

// A random 256-bit key that belongs to this installation and lives only in the keychain. Values
// derived locally (room passwords) come from it, so the calendar file alone reveals none of them.
// It is created the first time something needs it.
class InstallKey : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QByteArray& key, const QString& errorMessage)>;

    static constexpr int keyBytes = 32;
    static constexpr const char* owner = "install";
    static constexpr const char* name = "master-key";

    explicit InstallKey(SecretStore& secrets, QObject* parent = nullptr);

    // Answers once: the existing key, or a new one after it was stored.
    void fetch(const Done& done);

private:
    void create(const Done& done);

    SecretStore& m_secrets;
};
