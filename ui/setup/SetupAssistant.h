#pragma once

#include <QWizard>

class DiscardQuestion;
class IdentityPage;
class QLabel;
class QPushButton;
class SecretStore;
class ServerPage;
class SessionLauncher;
class Settings;

// The first-start assistant, also under Help → Set Up Vieraugen…: name and counseling service,
// the video server (the setup file from IT, or its address), an optional camera and microphone
// check, and what to do next. Finished or skipped, it is not offered at start again.
class SetupAssistant : public QWizard
{
    Q_OBJECT

public:
    enum class Step
    {
        Identity,
        Server,
        Check,
        Done
    };
    Q_ENUM(Step)

    SetupAssistant(Settings& settings, SecretStore& secrets, SessionLauncher& sessions,
                   QWidget* parent = nullptr);

    // Starts (again) at this step; notice says why, e.g. what a video session was missing.
    void startAt(Step step, const QString& notice = {});
    Step currentStep() const { return static_cast<Step>(currentId()); }
    ServerPage* serverPage() const { return m_serverPage; }

Q_SIGNALS:
    void newAppointmentRequested();
    void helpRequested(const QString& topic);

public Q_SLOTS:
    void done(int result) override;
    // Skips the rest, after asking whether to discard what was typed or changed.
    void reject() override;

private:
    QWizardPage* createCheckPage();
    QWizardPage* createDonePage();
    void checkDevices();
    void showSummary();
    void updateTitle();

    // Name, service and privacy notice, as in the settings.
    QStringList identity() const;
    // Skip leaves the name, service and privacy notice as they were when the assistant opened.
    void rememberIdentity();
    void restoreIdentity();

    Settings& m_settings;
    SessionLauncher& m_sessions;
    QStringList m_identityAtStart; // name, service, privacy notice
    IdentityPage* m_identityPage;
    ServerPage* m_serverPage;
    QLabel* m_summary = nullptr;
    QPushButton* m_createAppointment = nullptr;
    DiscardQuestion* m_discardQuestion;
};
