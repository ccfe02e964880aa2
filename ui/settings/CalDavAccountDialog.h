#pragma once

#include "ui/common/FormDialog.h"

#include <QUrl>

class QLineEdit;

// Asks for a calendar server account: address, user name and password (or app password). The
// password is handed to the keychain by the caller and kept nowhere else.
class CalDavAccountDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit CalDavAccountDialog(QWidget* parent = nullptr);

    QUrl serverUrl() const;
    QString user() const;
    QString password() const;

private:
    void check();

    QLineEdit* m_url;
    QLineEdit* m_user;
    QLineEdit* m_password;
};
