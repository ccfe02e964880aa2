#pragma once

#include "core/update/UpdateCheck.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;

// Help → Check for Updates: asks the organization's release feed once, when opened, and shows
// what it answered: up to date, or the newer version with its release notes and download page.
// Without a feed address it explains who can set one, and asks nobody.
class UpdateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UpdateDialog(const QUrl& feed, QWidget* parent = nullptr);

private:
    void showResult(const UpdateCheck::Result& result);

    QNetworkAccessManager* m_network;
    QLabel* m_status;
    QPlainTextEdit* m_notes;
    QPushButton* m_download;
    QUrl m_downloadUrl;
};
