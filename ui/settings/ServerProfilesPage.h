#pragma once

#include "core/meeting/ServerProfile.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class SecretStore;
class PrivacyAudit;
class ServerConnectionTest;
class ServerProfileService;
class Settings;

// Settings → Servers: the Jitsi servers sessions run on, and whether secure storage works.
// Changes are kept on the page until the settings dialog applies them: Cancel leaves the
// servers and their secrets as they were.
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
    // Removes, saves and makes default what changed, secrets included, one change at a time;
    // done gets the first error (then OK tries again from the change that failed).
    void apply(const std::function<void(const QString& errorMessage)>& done);
    // Whether a server was added, changed, removed or made the default and not applied yet.
    bool hasChanges() const;

private:
    void reload();
    void updateStorageState();
    void updateButtons();
    QString selectedId() const;
    void openDialog(const QString& profileId);
    std::optional<ServerProfile> profile(const QString& id) const;
    bool hasAppSecret(const QString& profileId) const;

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

    QList<ServerProfile> m_profiles; // as edited
    QString m_defaultId;
    QHash<QString, QString> m_newSecrets; // by profile id
    QStringList m_removedIds;
    QStringList m_changedIds;
};
