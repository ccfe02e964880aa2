#include "ui/shell/UpdateDialog.h"

#include "ui/common/ScreenRoom.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

UpdateDialog::UpdateDialog(const QUrl& feed, QWidget* parent)
    : QDialog(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_status(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_download(nullptr)
{
    setWindowTitle(tr("Check for Updates"));
    m_status->setObjectName(QStringLiteral("updateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setObjectName(QStringLiteral("releaseNotes"));
    m_notes->setReadOnly(true);
    m_notes->setAccessibleName(tr("Release notes"));
    m_notes->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_download = buttons->addButton(tr("Open &Download Page"), QDialogButtonBox::ActionRole);
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_download->hide();
    connect(m_download, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_downloadUrl); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_notes, 1);
    layout->addWidget(buttons);
    ScreenRoom::resize(this, QSize(520, 360));

    if (feed.isEmpty()) {
        m_status->setText(
            tr("Update checks are off: your organization has not named an address that announces "
               "new versions. Your IT can set one in the provisioning file (\"updates\"). Until "
               "then Vieraugen asks no server about updates."));
        return;
    }
    m_status->setText(tr("Asking %1 …").arg(feed.host()));
    UpdateCheck::fetch(*m_network, feed, QVersionNumber::fromString(QLatin1String(VIERAUGEN_VERSION)), this,
                       [this](const UpdateCheck::Result& result) { showResult(result); });
}

void UpdateDialog::showResult(const UpdateCheck::Result& result)
{
    switch (result.outcome) {
    case UpdateCheck::Outcome::Failed:
        m_status->setText(result.errorMessage);
        return;
    case UpdateCheck::Outcome::UpToDate:
        m_status->setText(tr("Vieraugen %1 is the newest version.").arg(QLatin1String(VIERAUGEN_VERSION)));
        return;
    case UpdateCheck::Outcome::NewerAvailable:
        break;
    }
    m_status->setText(
        result.date.isEmpty()
            ? tr("Vieraugen %1 is available; you have %2.")
                  .arg(result.version.toString(), QLatin1String(VIERAUGEN_VERSION))
            : tr("Vieraugen %1 is available since %2; you have %3.")
                  .arg(result.version.toString(), result.date, QLatin1String(VIERAUGEN_VERSION)));
    if (!result.notes.isEmpty()) {
        m_notes->setPlainText(result.notes);
        m_notes->show();
    }
    m_downloadUrl = result.download;
    m_download->setVisible(!m_downloadUrl.isEmpty());
}
