#pragma once

#include "core/secrets/InstallKey.h"

#include <QObject>

class SecretStore;

// A random 256-bit key a team shares: it comes with the administrator's setup file and lives in
// each member's keychain. Room passwords of appointments in team calendars are derived from it
// instead of the install key, so reception, who sends the invitation, and the counselor, who starts
// the session, get the same password. It is never created here: a team has one.
class TeamKey : public QObject
{
    Q_OBJECT

public:
    static constexpr int keyBytes = InstallKey::keyBytes;
    static constexpr const char* owner = "team";
    static constexpr const char* name = "key";

    explicit TeamKey(SecretStore& secrets, QObject* parent = nullptr);

    // Answers once: the key, or why there is none.
    void fetch(const InstallKey::Done& done);

    // Whether text (base64, as in the setup file) is a key of the right size.
    static bool isWellFormed(const QString& base64);

private:
    SecretStore& m_secrets;
};
