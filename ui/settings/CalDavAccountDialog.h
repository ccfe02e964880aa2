#pragma once

#include "ui/common/FormDialog.h"

#include <QUrl>

class CalDavAccountSetup;
class QLineEdit;
class SecretStore;
class SyncStore;

// Asks for a calendar server account: address, user name and password (or app password). OK asks
// the server first; the dialog closes once the account and its calendars are stored (the password
// in the keychain only). A wrong password or an unreachable server is said in the dialog, with
// everything typed still there, and nothing is stored.
class CalDavAccountDialog : public FormDialog
{
    Q_OBJECT

public:
    CalDavAccountDialog(SyncStore& store, SecretStore& secrets, QWidget* parent = nullptr);

    QUrl serverUrl() const;
    QString user() const;
    QString password() const;
    // After the dialog was accepted: how many calendars the new account brought.
    int calendarCount() const;

    void accept() override;

private:
    void check();
    void setupFinished();

    CalDavAccountSetup* m_setup;
    bool m_asking = false;

    QLineEdit* m_url;
    QLineEdit* m_user;
    QLineEdit* m_password;
};
