#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class SecretStore;
class Settings;

// How invitations leave: who they come from, the privacy notice, the mail server (SMTP) and the
// SMS gateway. Passwords and API keys go to the keychain; empty password fields keep what is stored.
class InvitationsPage : public QWidget
{
    Q_OBJECT

public:
    InvitationsPage(Settings& settings, SecretStore& secrets, QWidget* parent = nullptr);

    // Writes the settings, then the secrets; answers once, with a message for the user if something
    // was not saved. An SMS gateway over plain http is refused: neither it nor its secret is stored.
    void save(const std::function<void(const QString& errorMessage)>& done);

private:
    void providerChanged();

    Settings& m_settings;
    SecretStore& m_secrets;
    QLineEdit* m_organization;
    QLineEdit* m_privacyNotice;
    QLineEdit* m_templates;
    QLineEdit* m_smtpHost;
    QSpinBox* m_smtpPort;
    QComboBox* m_smtpSecurity;
    QLineEdit* m_smtpUser;
    QLineEdit* m_smtpPassword;
    QLineEdit* m_smtpFrom;
    QLineEdit* m_smtpCaFile;
    QComboBox* m_smsProvider;
    QLineEdit* m_smsSender;
    QLineEdit* m_smsAccount;
    QLineEdit* m_smsExtension;
    QLineEdit* m_smsEndpoint;
    QLineEdit* m_smsSecret;
    QLabel* m_smsNote;
    QCheckBox* m_reminderEmail;
    QSpinBox* m_reminderSms;
};
