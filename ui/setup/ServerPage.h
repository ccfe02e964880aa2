#pragma once

#include "core/settings/FirstSetup.h"

#include <QWizardPage>

#include <optional>

class Announcer;
class Provisioner;
class QLabel;
class QLineEdit;
class QPushButton;
class SecretStore;
class ServerProfileService;
class Settings;

// Step 2 of the setup assistant: the video server, from the setup file IT hands out (checked and
// applied exactly as "vieraugen-cli provision" does) or from its address. The fields only IT
// understands stay folded away under "Details for IT".
class ServerPage : public QWizardPage
{
    Q_OBJECT

public:
    ServerPage(Settings& settings, SecretStore& secrets, QWidget* parent = nullptr);
    ~ServerPage() override;

    // Why the counselor was sent here (e.g. Start on a video appointment without server).
    void setNotice(const QString& notice);
    // Applies the provisioning file: servers, e-mail and SMS settings; secrets to the keychain.
    void openSetupFile(const QString& path);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void chooseSetupFile();
    void showFileResult(const QString& text, bool ok);
    void updateState();
    // The profile the typed address describes, or why it cannot be one; false when nothing is typed.
    bool typedServer(ServerProfile* profile, QString* problem) const;
    FirstSetup::TokenDetails tokenDetails() const;
    void showConfiguredServer();

    Settings& m_settings;
    Provisioner* m_provisioner;
    ServerProfileService* m_profiles;
    QLabel* m_notice;
    QLabel* m_configured;
    QPushButton* m_openFile;
    QLabel* m_fileResult;
    Announcer* m_announcer; // says the file's result: the focus stays on the button
    QLineEdit* m_address;
    QPushButton* m_detailsToggle;
    QWidget* m_details;
    QLineEdit* m_appId;
    QLineEdit* m_issuer;
    QLineEdit* m_audience;
    QLineEdit* m_appSecret;
    QLabel* m_problem;
    QLabel* m_withoutSignIn; // what a server typed without the details for IT means
    bool m_busy = false;
    // The typed server once it is stored, so that Next does not store it twice.
    std::optional<ServerProfile> m_saved;
};
