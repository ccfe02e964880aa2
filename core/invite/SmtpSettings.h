#pragma once

#include <QString>

// How invitations leave by e-mail. The password is in the keychain (owner "smtp", name "password").
struct SmtpSettings
{
    enum class Security
    {
        StartTls,
        ImplicitTls
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString from;
    // A private certificate authority to trust in addition to the system's; verification stays on.
    QString caFile;

    static constexpr const char* secretOwner = "smtp";
    static constexpr const char* passwordName = "password";

    bool isConfigured() const { return !host.isEmpty(); }
    static QString securityName(Security security);
    static bool parseSecurity(const QString& name, Security* security);

    friend bool operator==(const SmtpSettings&, const SmtpSettings&) = default;
};
