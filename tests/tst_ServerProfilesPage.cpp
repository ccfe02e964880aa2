#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/settings/ServerProfileDialog.h"
#include "ui/settings/ServerProfilesPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

class TestServerProfilesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addProfileWithSecretGoesToKeychain();
    void dialogExplainsWhatIsWrong();
    void serverWithoutAuthenticationShowsWarning();
    void removeAsksAndRemovesSecrets();
    void withoutKeychainTheStateIsExplainedAndSecretsRefused();
    void privacyAuditShowsFindingsForTheSelectedServer();

private:
    ServerProfileDialog* openAddDialog();
    static void type(QWidget* dialog, const char* field, const QString& text);
    // Applies the page's changes as the settings dialog's OK does; true when all were saved.
    bool apply();
    bool unlocked() const { return m_scenario == QLatin1String("unlocked"); }

    QString m_scenario;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ServerProfilesPage> m_page;
};

void TestServerProfilesPage::privacyAuditShowsFindingsForTheSelectedServer()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setRoute(
        "/config.js",
        { 200,
          "var config = { hosts: { domain: 'x' }, analytics: { scriptURLs: ['https://t.example/a.js'] } };",
          "application/javascript", 0 });
    ServerProfile profile;
    profile.id = QStringLiteral("local");
    profile.name = QStringLiteral("Lokal");
    profile.baseUrl = server.url();
    profile.auth = ServerProfile::AuthMode::None;
    m_workspace->settings().saveServerProfile(profile);
    m_page = std::make_unique<ServerProfilesPage>(m_workspace->settings(), *m_secrets);
    auto* list = m_page->findChild<QTreeWidget*>();
    list->setCurrentItem(list->topLevelItem(0));
    m_page->findChild<QPushButton*>(QStringLiteral("auditButton"))->click();
    auto* result = m_page->findChild<QLabel*>(QStringLiteral("testResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Red")), 15000);
    QVERIFY(result->text().contains(QLatin1String("analytics.scriptURLs")));
    QVERIFY(result->text().contains(QLatin1String("hosts.anonymousdomain")));
}

void TestServerProfilesPage::init()
{
    m_scenario = qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO");
    if (m_scenario.isEmpty())
        QSKIP("run through support/run_with_keyring.sh");
    m_workspace = std::make_unique<TestWorkspace>();
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
    m_page = std::make_unique<ServerProfilesPage>(m_workspace->settings(), *m_secrets);
    m_page->show();
    QTRY_VERIFY(m_secrets->availability() != SecretStore::Availability::Unknown);
}

void TestServerProfilesPage::cleanup()
{
    m_page.reset();
    m_secrets.reset();
    m_workspace.reset();
}

ServerProfileDialog* TestServerProfilesPage::openAddDialog()
{
    m_page->addProfile();
    return m_page->findChild<ServerProfileDialog*>();
}

bool TestServerProfilesPage::apply()
{
    std::optional<QString> error;
    m_page->apply([&error](const QString& message) { error = message; });
    if (!QTest::qWaitFor([&error] { return error.has_value(); }))
        return false;
    if (!error->isEmpty())
        qWarning() << *error;
    return error->isEmpty();
}

void TestServerProfilesPage::type(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
    QVERIFY2(edit, field);
    // insert() counts as the user's typing (textEdited) and, unlike key clicks, takes any character.
    edit->selectAll();
    edit->insert(text);
}

void TestServerProfilesPage::addProfileWithSecretGoesToKeychain()
{
    if (!unlocked())
        QSKIP("needs an unlocked keychain");
    ServerProfileDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    type(dialog, "name", QStringLiteral("Beratung München"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("id"))->text(),
             QStringLiteral("beratung-muenchen"));
    type(dialog, "url", QStringLiteral("https://meet.muenchen.example"));
    type(dialog, "appId", QStringLiteral("vieraugen"));
    type(dialog, "issuer", QStringLiteral("vieraugen"));
    type(dialog, "audience", QStringLiteral("jitsi"));
    type(dialog, "appSecret", QStringLiteral("Typed-Secret-99"));
    QVERIFY(ok->isEnabled());
    ok->click();
    QVERIFY(!m_workspace->settings().serverProfile(QStringLiteral("beratung-muenchen"))); // until applied
    QVERIFY(apply());

    QTRY_VERIFY(
        m_secrets->contains(QStringLiteral("server-beratung-muenchen"), QStringLiteral("jwt-app-secret")));
    auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("profiles"));
    const std::optional<ServerProfile> saved
        = m_workspace->settings().serverProfile(QStringLiteral("beratung-muenchen"));
    QVERIFY(saved);
    QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://meet.muenchen.example")));
    QCOMPARE(m_workspace->settings().defaultServerProfileId(), QStringLiteral("beratung-muenchen"));
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(0).endsWith(QStringLiteral("Sign-in: token ✓")));

    QFile settingsFile(m_workspace->settings().fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("Typed-Secret-99"));
}

void TestServerProfilesPage::dialogExplainsWhatIsWrong()
{
    ServerProfileDialog* dialog = openAddDialog();
    type(dialog, "name", QStringLiteral("Test"));
    type(dialog, "url", QStringLiteral("http://meet.example.org"));
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problem"));
    QTRY_VERIFY(problem->isVisible()); // once the typing pauses
    QVERIFY2(problem->text().contains(QStringLiteral("https")), qPrintable(problem->text()));
    QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    MessageBox::setNextChoice(0); // discard what was typed
    dialog->reject();
}

void TestServerProfilesPage::serverWithoutAuthenticationShowsWarning()
{
    ServerProfileDialog* dialog = openAddDialog();
    type(dialog, "name", QStringLiteral("Öffentlich"));
    type(dialog, "url", QStringLiteral("https://meet.example.org"));
    auto* auth = dialog->findChild<QComboBox*>(QStringLiteral("auth"));
    auth->setCurrentIndex(1);
    auto* warning = dialog->findChild<QLabel*>(QStringLiteral("warning"));
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), ServerProfile::noAuthenticationWarning());
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("appSecret"))->isEnabled());
    QVERIFY(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    MessageBox::setNextChoice(0); // discard what was typed
    dialog->reject();
}

void TestServerProfilesPage::removeAsksAndRemovesSecrets()
{
    if (!unlocked())
        QSKIP("needs an unlocked keychain");
    ServerProfileDialog* dialog = openAddDialog();
    type(dialog, "name", QStringLiteral("Weg"));
    type(dialog, "url", QStringLiteral("https://weg.example"));
    type(dialog, "appId", QStringLiteral("a"));
    type(dialog, "issuer", QStringLiteral("i"));
    type(dialog, "audience", QStringLiteral("j"));
    type(dialog, "appSecret", QStringLiteral("s"));
    dialog->accept();
    QVERIFY(apply());
    auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("profiles"));
    QTRY_VERIFY(m_secrets->contains(QStringLiteral("server-weg"), QStringLiteral("jwt-app-secret")));
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    list->topLevelItem(0)->setSelected(true);

    MessageBox::setNextAnswer(QMessageBox::No);
    m_page->removeSelectedProfile();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Weg")));
    QTest::qWait(50);
    QCOMPARE(list->topLevelItemCount(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->removeSelectedProfile();
    QTRY_COMPARE(list->topLevelItemCount(), 0);
    QVERIFY(
        m_secrets->contains(QStringLiteral("server-weg"), QStringLiteral("jwt-app-secret"))); // until applied
    QVERIFY(apply());
    QVERIFY(!m_secrets->contains(QStringLiteral("server-weg"), QStringLiteral("jwt-app-secret")));
    QVERIFY(m_workspace->settings().serverProfiles().isEmpty());
}

void TestServerProfilesPage::withoutKeychainTheStateIsExplainedAndSecretsRefused()
{
    if (unlocked())
        QSKIP("needs a keychain that does not work");
    auto* state = m_page->findChild<QLabel*>(QStringLiteral("secureStorageState"));
    QTRY_VERIFY(state->text().contains(QStringLiteral("No secure storage")));
    QVERIFY(state->text().contains(SecretStore::enableInstructions()));

    ServerProfileDialog* dialog = openAddDialog();
    auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("appSecret"));
    QVERIFY(!secret->isEnabled());
    QVERIFY(secret->toolTip().contains(QStringLiteral("No secure storage")));
    // Offline planning still works: a profile without a secret can be saved.
    type(dialog, "name", QStringLiteral("Ohne"));
    type(dialog, "url", QStringLiteral("https://ohne.example"));
    type(dialog, "appId", QStringLiteral("a"));
    type(dialog, "issuer", QStringLiteral("i"));
    type(dialog, "audience", QStringLiteral("j"));
    dialog->accept();
    QVERIFY(apply());
    QTRY_COMPARE(m_workspace->settings().serverProfiles().size(), 1);
    auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("profiles"));
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(0).endsWith(QStringLiteral("Sign-in: token, app secret missing")));
}

QTEST_MAIN(TestServerProfilesPage)
#include "tst_ServerProfilesPage.moc"
