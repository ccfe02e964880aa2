#include "ui/setup/ServerPage.h"

#include "core/secrets/SecretStore.h"
#include "core/settings/Provisioner.h"
#include "core/settings/ServerProfileService.h"
#include "core/settings/Settings.h"
#include "ui/common/Announcer.h"
#include "ui/common/FileDialog.h"
#include "ui/common/ReadableColors.h"
#include "ui/common/ScrollingContent.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace {
QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

ServerPage::ServerPage(Settings& settings, SecretStore& secrets, QWidget* parent)
    : QWizardPage(parent)
    , m_settings(settings)
    , m_provisioner(new Provisioner(settings, secrets, this))
    , m_profiles(new ServerProfileService(settings, secrets, this))
    , m_notice(explanation(QString(), this))
    , m_configured(explanation(QString(), this))
    , m_openFile(new QPushButton(tr("&Open the Setup File From Your IT…"), this))
    , m_fileResult(explanation(QString(), this))
    , m_announcer(new Announcer(this))
    , m_address(new QLineEdit(this))
    , m_detailsToggle(new QPushButton(tr("&Details for IT"), this))
    , m_details(new QWidget(this))
    , m_appId(new QLineEdit(m_details))
    , m_issuer(new QLineEdit(m_details))
    , m_audience(new QLineEdit(m_details))
    , m_appSecret(new QLineEdit(m_details))
    , m_problem(explanation(QString(), this))
    , m_withoutSignIn(
          explanation(ServerProfile::noAuthenticationWarning() + QLatin1Char(' ')
                          + tr("If your IT has a setup file or the details for IT, use them instead."),
                      this))
{
    setTitle(tr("Video Server"));

    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_notice->hide();
    m_configured->setObjectName(QStringLiteral("configured"));
    m_openFile->setObjectName(QStringLiteral("openSetupFile"));
    // Space opens the file; Enter goes on to the next step, as on every page.
    m_openFile->setAutoDefault(false);
    m_fileResult->setObjectName(QStringLiteral("fileResult"));
    m_fileResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileResult->hide();
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_withoutSignIn->setObjectName(QStringLiteral("withoutSignIn"));
    ReadableColors::showAs(m_withoutSignIn, ReadableColors::Notice::Warning);
    m_withoutSignIn->hide();
    m_address->setAccessibleName(tr("Server address"));
    m_address->setPlaceholderText(QStringLiteral("https://meet.example.org"));
    m_detailsToggle->setObjectName(QStringLiteral("detailsForIt"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoDefault(false);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->hide();
    const std::pair<QLineEdit*, QString> detailFields[] = {
        { m_appId, tr("App id") },
        { m_issuer, tr("Issuer") },
        { m_audience, tr("Audience") },
        { m_appSecret, tr("App secret") },
    };
    for (const auto& [field, name] : detailFields)
        field->setAccessibleName(name);
    m_appId->setObjectName(QStringLiteral("appId"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_audience->setObjectName(QStringLiteral("audience"));
    m_appSecret->setObjectName(QStringLiteral("appSecret"));
    m_appSecret->setEchoMode(QLineEdit::Password);
    m_appSecret->setPlaceholderText(tr("goes straight into the system keychain"));
    m_problem->setObjectName(QStringLiteral("serverProblem"));
    ReadableColors::showAs(m_problem, ReadableColors::Notice::Problem);
    m_problem->hide();

    auto* details = new QFormLayout(m_details);
    details->setRowWrapPolicy(QFormLayout::WrapLongRows);
    details->setContentsMargins(0, 0, 0, 0);
    details->addRow(tr("App &id:"), m_appId);
    details->addRow(QString(),
                    explanation(tr("The name the server knows Vieraugen by (app_id in the server's "
                                   "token settings)."),
                                m_details));
    details->addRow(tr("Iss&uer:"), m_issuer);
    details->addRow(
        QString(),
        explanation(tr("Who signs the access tokens (iss); usually the same as the app id."), m_details));
    details->addRow(tr("Audi&ence:"), m_audience);
    details->addRow(QString(),
                    explanation(tr("Whom the tokens are meant for (aud), often \"jitsi\"."), m_details));
    details->addRow(tr("App secre&t:"), m_appSecret);
    details->addRow(QString(),
                    explanation(tr("The shared key that proves Vieraugen may open rooms as "
                                   "moderator; it is kept in the system keychain only."),
                                m_details));

    auto* addressLabel = new QLabel(tr("Or enter the server &address your IT gave you:"), this);
    addressLabel->setBuddy(m_address);
    auto* layout = new QVBoxLayout;
    // In the page, not as the assistant's subtitle: that is cut off when its lines wrap (large fonts).
    layout->addWidget(explanation(tr("Video sessions run on your organization's own server. Your IT usually "
                                     "hands out a setup file for it."),
                                  this));
    layout->addWidget(m_notice);
    layout->addWidget(m_configured);
    layout->addWidget(m_openFile, 0, Qt::AlignLeft);
    layout->addWidget(m_fileResult);
    layout->addSpacing(8);
    layout->addWidget(addressLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addWidget(m_problem);
    layout->addWidget(m_withoutSignIn);
    layout->addStretch(1);
    layout->addWidget(explanation(tr("No setup file yet? Go on without a server: appointments can be planned "
                                     "now, and this step opens again under Help → Set Up Vieraugen…"),
                                  this));
    ScrollingContent::fill(this, layout);

    connect(m_openFile, &QPushButton::clicked, this, &ServerPage::chooseSetupFile);
    connect(m_detailsToggle, &QPushButton::toggled, m_details, &QWidget::setVisible);
    for (QLineEdit* edit : { m_address, m_appId, m_issuer, m_audience, m_appSecret }) {
        connect(edit, &QLineEdit::textChanged, this, &ServerPage::updateState);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_saved.reset(); });
    }
}

ServerPage::~ServerPage()
{
    // The typed secret is in the keychain by now; it does not stay in a widget's memory.
    m_appSecret->clear();
}

void ServerPage::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void ServerPage::initializePage()
{
    showConfiguredServer();
    updateState();
}

void ServerPage::showConfiguredServer()
{
    const std::optional<ServerProfile> server = m_settings.serverProfile(m_settings.defaultServerProfileId());
    m_configured->setText(server ? tr("Set up: %1. A setup file or address below replaces or adds to it.")
                                       .arg(server->displayName())
                                 : tr("No video server is set up yet."));
}

void ServerPage::chooseSetupFile()
{
    if (m_busy)
        return;
    auto* dialog = new FileDialog(this, tr("Open the Setup File From Your IT"), QDir::homePath(),
                                  tr("Setup files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("setupFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ServerPage::openSetupFile);
    dialog->open();
}

void ServerPage::openSetupFile(const QString& path)
{
    Provisioner::Plan plan;
    QString error;
    if (!m_provisioner->parseFile(path, &plan, &error)) {
        showFileResult(error + QLatin1Char('\n')
                           + tr("Nothing was changed. Ask your IT for the right file, or enter the server "
                                "address below."),
                       false);
        return;
    }
    if (plan.servers.isEmpty()) {
        showFileResult(tr("%1 names no video server. Nothing was changed. Ask your IT for the right file.")
                           .arg(QDir::toNativeSeparators(path)),
                       false);
        return;
    }
    m_busy = true;
    updateState();
    showFileResult(tr("Setting up…"), true);
    connect(
        m_provisioner, &Provisioner::finished, this,
        [this](bool ok, const QStringList& report, const QString& message) {
            m_busy = false;
            showConfiguredServer();
            if (ok) {
                showFileResult(tr("Done:") + QLatin1Char('\n') + report.join(QLatin1Char('\n')), true);
            } else {
                showFileResult(message + QLatin1Char('\n')
                                   + (report.isEmpty() ? tr("Nothing was changed.")
                                                       : tr("Set up nevertheless:") + QLatin1Char('\n')
                                              + report.join(QLatin1Char('\n'))),
                               false);
            }
            updateState();
        },
        Qt::SingleShotConnection);
    m_provisioner->apply(plan);
}

void ServerPage::showFileResult(const QString& text, bool ok)
{
    m_fileResult->setText(text);
    ReadableColors::showAs(m_fileResult,
                           ok ? ReadableColors::Notice::Success : ReadableColors::Notice::Problem);
    m_fileResult->setAccessibleName(text);
    m_fileResult->show();
    m_announcer->announce(text);
}

FirstSetup::TokenDetails ServerPage::tokenDetails() const
{
    return { m_appId->text(), m_issuer->text(), m_audience->text(), m_appSecret->text() };
}

bool ServerPage::typedServer(ServerProfile* profile, QString* problem) const
{
    if (m_address->text().trimmed().isEmpty()) {
        if (!tokenDetails().isEmpty())
            *problem = tr("Enter the server address too.");
        return false;
    }
    return FirstSetup::serverFromAddress(m_address->text(), tokenDetails(), profile, problem);
}

void ServerPage::updateState()
{
    ServerProfile profile;
    QString problem;
    const bool typed = typedServer(&profile, &problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_withoutSignIn->setVisible(typed && profile.auth == ServerProfile::AuthMode::None);
    Q_EMIT completeChanged();
}

bool ServerPage::isComplete() const
{
    ServerProfile profile;
    QString problem;
    typedServer(&profile, &problem);
    return !m_busy && problem.isEmpty();
}

bool ServerPage::validatePage()
{
    ServerProfile profile;
    QString problem;
    if (!typedServer(&profile, &problem))
        return problem.isEmpty(); // nothing typed: the setup file, an earlier server, or later
    if (m_saved == profile)
        return true;
    m_busy = true;
    updateState();
    m_profiles->save(profile, m_appSecret->text(), [this, profile](bool ok, const QString& error) {
        m_busy = false;
        if (!ok) {
            m_problem->setText(tr("The server was not saved: %1").arg(error));
            m_problem->show();
            Q_EMIT completeChanged();
            return;
        }
        m_saved = profile;
        if (m_settings.defaultServerProfileId().isEmpty()
            || !m_settings.serverProfile(m_settings.defaultServerProfileId()))
            m_settings.setDefaultServerProfileId(profile.id);
        m_settings.sync();
        showConfiguredServer();
        updateState();
        if (QWizard* assistant = wizard())
            assistant->next();
    });
    return false;
}
