#include "ui/settings/CalDavAccountDialog.h"

#include "core/base/SecureUrl.h"
#include "core/sync/CalDavAccountSetup.h"
#include "ui/common/ScreenRoom.h"

#include <QFormLayout>
#include <QLineEdit>

CalDavAccountDialog::CalDavAccountDialog(SyncStore& store, SecretStore& secrets, QWidget* parent)
    : FormDialog(parent)
    , m_setup(new CalDavAccountSetup(store, secrets, this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Add Calendar Account"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://cloud.example.org"));
    // Room for a whole address, and for what the server answers below it.
    m_url->setMinimumWidth(m_url->fontMetrics().averageCharWidth() * 40);
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("On Nextcloud, create an app password under Settings → Security."));
    auto* form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    setForm(form);
    for (QLineEdit* field : { m_url, m_user, m_password })
        connect(field, &QLineEdit::textChanged, this, &CalDavAccountDialog::check);
    connect(m_setup, &CalDavAccountSetup::finished, this, &CalDavAccountDialog::setupFinished);
    check();
    // As large as the form, up to the screen: Qt opens a window at two thirds of the screen at most,
    // and at 200 % the fields went under two scroll bars, the password field half hidden.
    ScreenRoom::resize(this, sizeHint());
}

int CalDavAccountDialog::calendarCount() const
{
    return int(m_setup->calendars().size());
}

void CalDavAccountDialog::accept()
{
    if (m_asking)
        return;
    m_asking = true;
    showProblem(QString(), true);
    showWarning(tr("Asking the server…"));
    m_setup->start(serverUrl(), user(), password());
}

void CalDavAccountDialog::setupFinished()
{
    m_asking = false;
    showWarning(QString());
    if (m_setup->error().isEmpty()) {
        QDialog::accept();
        return;
    }
    showProblem(m_setup->error(), false);
}

QUrl CalDavAccountDialog::serverUrl() const
{
    return SecureUrl::fromUserInput(m_url->text());
}

QString CalDavAccountDialog::user() const
{
    return m_user->text().trimmed();
}

QString CalDavAccountDialog::password() const
{
    return m_password->text();
}

void CalDavAccountDialog::check()
{
    const bool untouched
        = m_url->text().isEmpty() && m_user->text().isEmpty() && m_password->text().isEmpty();
    const QUrl url = serverUrl();
    if (m_url->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        showProblem(tr("Enter the calendar server's address."), untouched);
    else if (!SecureUrl::isEncryptedOrLocal(url))
        showProblem(tr("The address must begin with https://: the password must not travel unencrypted."),
                    untouched);
    else if (user().isEmpty())
        showProblem(tr("Enter your user name on the server."), untouched);
    else if (password().isEmpty())
        showProblem(tr("Enter the password or app password."), untouched);
    else
        showProblem(QString(), untouched);
}
