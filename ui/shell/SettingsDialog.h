#pragma once

#include <QDialog>

class DiscardQuestion;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QListWidget;
class QStackedWidget;
class InvitationsPage;
class ServerProfilesPage;
class SecretStore;
class Settings;

// Preferences, one page per area. Later areas (servers, messages) add their pages with addPage().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings& settings, SecretStore& secrets, QWidget* parent = nullptr);

    void addPage(const QString& title, QWidget* page);
    int pageCount() const;

    void accept() override;
    // Closes without saving, after asking whether to discard what was changed.
    void reject() override;

private:
    QWidget* createGeneralPage();

    Settings& m_settings;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_counselorName = nullptr;
    QSpinBox* m_graceMinutes = nullptr;
    QSpinBox* m_curtainMinutes = nullptr;
    ServerProfilesPage* m_servers = nullptr;
    InvitationsPage* m_invitations = nullptr;
    DiscardQuestion* m_discardQuestion = nullptr;
};
