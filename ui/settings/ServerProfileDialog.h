#pragma once

#include "core/meeting/ServerProfile.h"
#include "ui/common/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

// Adds or edits one Jitsi server profile. The app secret typed here is handed to the keychain by
// the caller and never stored by the dialog; leaving it empty keeps the stored one.
class ServerProfileDialog : public FormDialog
{
    Q_OBJECT

public:
    // otherProfiles offers the backup choices; an empty profile.id means "new profile".
    ServerProfileDialog(const ServerProfile& profile, const QList<ServerProfile>& otherProfiles,
                        bool hasAppSecret, bool secureStorageAvailable, const QString& storageProblem,
                        QWidget* parent = nullptr);
    ~ServerProfileDialog() override;

    ServerProfile profile() const;
    QString appSecret() const;

private:
    void updateState();

    // What the form does not show (room security in the token) stays as it was.
    ServerProfile m_original;
    bool m_isNew;
    bool m_secureStorageAvailable;
    QStringList m_takenIds;
    QLineEdit* m_name;
    QLineEdit* m_id;
    QLineEdit* m_url;
    QComboBox* m_auth;
    QLineEdit* m_appId;
    QLineEdit* m_issuer;
    QLineEdit* m_audience;
    QLineEdit* m_subject;
    QLineEdit* m_appSecret;
    QComboBox* m_backup;
    QCheckBox* m_endToEndEncryption;
};
