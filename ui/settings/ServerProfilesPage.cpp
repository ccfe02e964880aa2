#include "ui/settings/ServerProfilesPage.h"

#include "core/checks/PrivacyAudit.h"
#include "core/meeting/ServerConnectionTest.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/ServerProfileService.h"
#include "core/settings/Settings.h"
#include "ui/common/ListPageLayout.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadableColors.h"
#include "ui/common/WrappingRows.h"
#include "ui/settings/ServerProfileDialog.h"

#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>

namespace {

// address with a chance to break after each dot and slash (a zero-width space), where it wraps.
QString breakable(QString address)
{
    static const QRegularExpression separators(QStringLiteral("([./])"));
    return address.replace(separators, QStringLiteral("\\1\u200b"));
}

} // namespace

ServerProfilesPage::ServerProfilesPage(Settings& settings, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_service(new ServerProfileService(settings, secrets, this))
    , m_connectionTest(new ServerConnectionTest(this))
    , m_storageState(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_makeDefault(new QPushButton(tr("Use by &default"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_audit(new QPushButton(tr("&Privacy Audit"), this))
    , m_privacyAudit(new PrivacyAudit(m_network, this))
    , m_testResult(new QLabel(this))
    , m_profiles(settings.serverProfiles())
    , m_defaultId(settings.defaultServerProfileId())
{
    m_storageState->setObjectName(QStringLiteral("secureStorageState"));
    m_storageState->setWordWrap(true);
    m_storageState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setAccessibleName(tr("Video servers"));
    m_list->setRootIsDecorated(false);
    // Name, address and sign-in on lines of their own in one column, the address breaking after its
    // dots and slashes: in columns beside the buttons, at 200 % they read „Adress“ and „https:/“.
    m_list->setHeaderHidden(true);
    WrappingRows::applyTo(m_list);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("add"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_makeDefault->setObjectName(QStringLiteral("makeDefault"));
    m_test->setObjectName(QStringLiteral("test"));
    connect(add, &QPushButton::clicked, this, &ServerProfilesPage::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ServerProfilesPage::editSelectedProfile);
    connect(m_remove, &QPushButton::clicked, this, &ServerProfilesPage::removeSelectedProfile);
    connect(m_makeDefault, &QPushButton::clicked, this, &ServerProfilesPage::makeSelectedDefault);
    connect(m_test, &QPushButton::clicked, this, &ServerProfilesPage::testSelectedProfile);
    connect(m_audit, &QPushButton::clicked, this, &ServerProfilesPage::auditSelectedProfile);
    m_audit->setObjectName(QStringLiteral("auditButton"));
    m_audit->setToolTip(tr("Read the server's own configuration and show what it means for privacy."));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ServerProfilesPage::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &ServerProfilesPage::editSelectedProfile);
    connect(m_connectionTest, &ServerConnectionTest::finished, this, [this](bool ok, const QString& message) {
        m_testResult->setText((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + message);
        m_test->setEnabled(true);
    });
    connect(&m_secrets, &SecretStore::availabilityChanged, this, &ServerProfilesPage::updateStorageState);

    layOutListPage(this, m_storageState, m_list, { add, m_edit, m_remove, m_makeDefault, m_test, m_audit },
                   m_testResult);

    reload();
    updateStorageState();
    if (m_secrets.availability() == SecretStore::Availability::Unknown) {
        m_storageState->setText(tr("Checking the system keychain…"));
        m_secrets.probe();
    }
}

void ServerProfilesPage::updateStorageState()
{
    const bool unavailable = m_secrets.availability() == SecretStore::Availability::Unavailable;
    if (unavailable)
        ReadableColors::showAs(m_storageState, ReadableColors::Notice::Problem);
    else
        m_storageState->setPalette(QPalette());
    if (unavailable)
        m_storageState->setText(m_secrets.unavailableReason());
    else if (m_secrets.availability() == SecretStore::Availability::Available)
        m_storageState->setText(tr("App secrets are kept in the system keychain, never in a file."));
    reload();
}

void ServerProfilesPage::reload()
{
    const QString selected = selectedId();
    m_list->clear();
    for (const ServerProfile& profile : std::as_const(m_profiles)) {
        QString signIn;
        if (profile.auth == ServerProfile::AuthMode::None)
            signIn = tr("none ⚠");
        else if (hasAppSecret(profile.id))
            signIn = tr("token ✓");
        else
            signIn = tr("token, app secret missing");
        auto* item = new QTreeWidgetItem(
            m_list,
            { QStringList { profile.id == m_defaultId ? tr("%1 (default)").arg(profile.name) : profile.name,
                            breakable(profile.baseUrl.toString()), tr("Sign-in: %1").arg(signIn) }
                  .join(QLatin1Char('\n')) });
        item->setData(0, Qt::UserRole, profile.id);
        if (profile.auth == ServerProfile::AuthMode::None)
            item->setToolTip(0, ServerProfile::noAuthenticationWarning());
        if (profile.id == selected)
            item->setSelected(true);
    }
    updateButtons();
}

QString ServerProfilesPage::selectedId() const
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

void ServerProfilesPage::updateButtons()
{
    const bool hasSelection = !selectedId().isEmpty();
    for (QPushButton* button : { m_edit, m_remove, m_makeDefault, m_test, m_audit })
        button->setEnabled(hasSelection);
}

void ServerProfilesPage::addProfile()
{
    openDialog(QString());
}

void ServerProfilesPage::editSelectedProfile()
{
    if (!selectedId().isEmpty())
        openDialog(selectedId());
}

std::optional<ServerProfile> ServerProfilesPage::profile(const QString& id) const
{
    for (const ServerProfile& candidate : m_profiles) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

bool ServerProfilesPage::hasAppSecret(const QString& profileId) const
{
    return m_newSecrets.contains(profileId)
        || (!m_removedIds.contains(profileId) && m_service->hasAppSecret(profileId));
}

void ServerProfilesPage::openDialog(const QString& profileId)
{
    const ServerProfile edited = profile(profileId).value_or(ServerProfile());
    const bool available = m_secrets.availability() != SecretStore::Availability::Unavailable;
    auto* dialog = new ServerProfileDialog(edited, m_profiles, hasAppSecret(profileId), available,
                                           m_secrets.unavailableReason(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profileId] {
        const ServerProfile changed = dialog->profile();
        m_profiles.removeIf([&profileId](const ServerProfile& other) { return other.id == profileId; });
        m_profiles.append(changed);
        if (!dialog->appSecret().isEmpty())
            m_newSecrets.insert(changed.id, dialog->appSecret());
        m_removedIds.removeAll(changed.id);
        if (!m_changedIds.contains(changed.id))
            m_changedIds.append(changed.id);
        if (m_defaultId.isEmpty())
            m_defaultId = changed.id;
        reload();
    });
    dialog->open();
}

void ServerProfilesPage::removeSelectedProfile()
{
    const QString id = selectedId();
    const std::optional<ServerProfile> removed = profile(id);
    if (!removed)
        return;
    if (MessageBox::question(
            this, tr("Remove Server"),
            tr("Remove the server \"%1\" and its app secret from this computer? Appointments planned "
               "on it keep their rooms, but cannot start until you choose another server.")
                .arg(removed->name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_profiles.removeIf([&id](const ServerProfile& other) { return other.id == id; });
    m_newSecrets.remove(id);
    m_changedIds.removeAll(id);
    if (m_settings.serverProfile(id))
        m_removedIds.append(id);
    if (m_defaultId == id)
        m_defaultId = m_profiles.isEmpty() ? QString() : m_profiles.first().id;
    reload();
}

void ServerProfilesPage::makeSelectedDefault()
{
    m_defaultId = selectedId();
    reload();
}

// One change at a time, each waiting for the keychain. A change leaves the list of what is to do
// only once it is saved, so that OK after a failure tries again from there.
void ServerProfilesPage::apply(const std::function<void(const QString& errorMessage)>& done)
{
    if (!m_removedIds.isEmpty()) {
        const QString id = m_removedIds.first();
        m_service->remove(id, [this, id, done](bool ok, const QString& error) {
            if (!ok)
                return done(error);
            m_removedIds.removeAll(id);
            apply(done);
        });
        return;
    }
    if (!m_changedIds.isEmpty()) {
        const QString id = m_changedIds.first();
        const std::optional<ServerProfile> changed = profile(id);
        m_service->save(changed.value_or(ServerProfile()), m_newSecrets.value(id),
                        [this, id, done](bool ok, const QString& error) {
                            if (!ok)
                                return done(error);
                            m_changedIds.removeAll(id);
                            m_newSecrets.remove(id);
                            apply(done);
                        });
        return;
    }
    if (m_settings.defaultServerProfileId() != m_defaultId)
        m_settings.setDefaultServerProfileId(m_defaultId);
    m_settings.sync();
    done({});
}

bool ServerProfilesPage::hasChanges() const
{
    return !m_removedIds.isEmpty() || !m_changedIds.isEmpty()
        || m_settings.defaultServerProfileId() != m_defaultId;
}

void ServerProfilesPage::testSelectedProfile()
{
    const std::optional<ServerProfile> tested = profile(selectedId());
    if (!tested)
        return;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(tested->baseUrl.toString()));
    m_connectionTest->run(*tested, hasAppSecret(tested->id));
}

void ServerProfilesPage::auditSelectedProfile()
{
    const std::optional<ServerProfile> audited = profile(selectedId());
    if (!audited)
        return;
    m_audit->setEnabled(false);
    m_testResult->setText(tr("Reading the configuration of %1…").arg(audited->baseUrl.toString()));
    m_privacyAudit->run(audited->baseUrl, [this](const PrivacyAudit::Report& report) {
        m_audit->setEnabled(true);
        if (!report.errorMessage.isEmpty()) {
            m_testResult->setText(QStringLiteral("✗ ") + report.errorMessage);
            return;
        }
        static const QHash<PrivacyAudit::Severity, const char*> lights {
            { PrivacyAudit::Severity::Green, QT_TR_NOOP("Green: nothing found.") },
            { PrivacyAudit::Severity::Amber, QT_TR_NOOP("Amber: settings your organization should change.") },
            { PrivacyAudit::Severity::Red,
              QT_TR_NOOP("Red: data leaves for third parties or travels unencrypted.") },
        };
        QString text
            = QStringLiteral("<p><b>%1</b></p>").arg(tr(lights.value(report.overall())).toHtmlEscaped());
        for (const PrivacyAudit::Finding& finding : report.findings)
            text += QStringLiteral("<p>%1 <b>%2</b>: %3<br><i>%4</i></p>")
                        .arg(finding.severity == PrivacyAudit::Severity::Red ? QStringLiteral("🔴")
                                                                             : QStringLiteral("🟠"),
                             finding.key.toHtmlEscaped(), finding.problem.toHtmlEscaped(),
                             finding.fix.toHtmlEscaped());
        m_testResult->setText(text);
    });
}
