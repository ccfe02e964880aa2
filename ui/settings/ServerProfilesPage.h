#pragma once

#include <QNetworkAccessManager>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class SecretStore;
class PrivacyAudit;
class ServerConnectionTest;
class ServerProfileService;
class Settings;

// Settings → Servers: the Jitsi servers sessions run on, and whether secure storage works.
class ServerProfilesPage : public QWidget
{
    Q_OBJECT

public:
    ServerProfilesPage(Settings& settings, SecretStore& secrets, QWidget* parent = nullptr);

    void addProfile();
    void editSelectedProfile();
    void removeSelectedProfile();
    void makeSelectedDefault();
    void testSelectedProfile();
    void auditSelectedProfile();

private:
    void reload();
    void updateStorageState();
    void updateButtons();
    QString selectedId() const;
    void openDialog(const QString& profileId);

    Settings& m_settings;
    SecretStore& m_secrets;
    ServerProfileService* m_service;
    ServerConnectionTest* m_connectionTest;
    QLabel* m_storageState;
    QTreeWidget* m_list;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_makeDefault;
    QPushButton* m_test;
    QPushButton* m_audit;
    QNetworkAccessManager m_network;
    PrivacyAudit* m_privacyAudit;
    QLabel* m_testResult;
};
