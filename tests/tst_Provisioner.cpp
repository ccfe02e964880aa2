#include "core/secrets/SecretStore.h"
#include "core/settings/Provisioner.h"
#include "core/settings/Settings.h"
#include "tests/support/TestWorkspace.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

// Parsing runs anywhere; applying runs against the real Secret Service (unlocked) and without a
// usable one (locked), where nothing may change.
class TestProvisioner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void readsEveryField();
    void smsProvidersUseTheirOwnCredentialNames();
    void appliesProfilesAndStoresSecrets();
    void secondRunReportsUnchanged();
    void firstServerBecomesDefaultWhenNoneIsChosen();
    void withoutKeychainNothingChanges();
    void updateFeedIsSetAndClearedByTheFile();
    void limitsAreEnforced_data();
    void limitsAreEnforced();
    void oversizedFileIsRefusedUnread();
    void settingsAreWrittenOncePerProvisioning();

private:
    struct Result
    {
        bool ok = false;
        QStringList report;
        QString error;
    };
    Result apply(const QByteArray& json);
    static QByteArray fullFile();
    static QByteArray serversFile(int count, int nameCharacters = 10, int secretCharacters = 0);
    QString readSecret(const QString& owner, const QString& name);

    QString m_scenario;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
};

QByteArray TestProvisioner::fullFile()
{
    return R"({
  "servers": [
    {"id": "berlin", "name": "Beratung Berlin", "url": "https://meet.berlin.example", "auth": "jwt",
     "appId": "vieraugen", "issuer": "vieraugen", "audience": "jitsi", "subject": "meet.berlin.example",
     "appSecret": "Jwt-Secret-Berlin-1", "backup": "aachen"},
    {"id": "aachen", "name": "Ausweichserver", "url": "https://meet.aachen.example", "auth": "none", "default": true}
  ],
  "smtp": {"host": "mail.example.org", "port": 587, "security": "starttls", "user": "beratung",
           "password": "Smtp-Secret-2", "from": "Beratung <beratung@example.org>"},
  "sms": {"provider": "twilio", "sender": "+4930123456", "accountSid": "AC123", "authToken": "Sms-Secret-3"}
})";
}

void TestProvisioner::init()
{
    m_scenario = qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO");
    m_workspace = std::make_unique<TestWorkspace>();
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
}

TestProvisioner::Result TestProvisioner::apply(const QByteArray& json)
{
    Provisioner provisioner(m_workspace->settings(), *m_secrets);
    Provisioner::Plan plan;
    QString error;
    if (!provisioner.parse(json, &plan, &error))
        return { false, {}, error };
    QSignalSpy finished(&provisioner, &Provisioner::finished);
    provisioner.apply(plan);
    if (!finished.wait(15000))
        return { false, {}, QStringLiteral("no answer") };
    const QList<QVariant> arguments = finished.takeFirst();
    QTest::qWait(20);
    if (!finished.isEmpty())
        return { false, {}, QStringLiteral("finished twice") };
    return { arguments.at(0).toBool(), arguments.at(1).toStringList(), arguments.at(2).toString() };
}

QString TestProvisioner::readSecret(const QString& owner, const QString& name)
{
    SecretReply* reply = m_secrets->read(owner, name);
    QString value;
    bool done = false;
    connect(reply, &SecretReply::finished, this, [&] {
        value = reply->value();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 8000))
        return QStringLiteral("<no answer>");
    return value;
}

void TestProvisioner::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("syntax, with line")
        << QByteArray("{\n \"servers\": [\n  {\"id\": \"a\",,}\n ]\n}") << QStringLiteral("line 3");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("one JSON object");
    QTest::newRow("typo at top") << QByteArray(R"({"server": []})")
                                 << QStringLiteral("unknown field \"server\"");
    QTest::newRow("typo in server") << QByteArray(
        R"({"servers": [{"id": "a", "name": "A", "url": "https://a.example", "auth": "none", "secret": "x"}]})")
                                    << QStringLiteral("unknown field \"secret\"");
    QTest::newRow("plain http") << QByteArray(
        R"({"servers": [{"id": "a", "name": "A", "url": "http://a.example", "auth": "none"}]})")
                                << QStringLiteral("https");
    QTest::newRow("jwt without claims")
        << QByteArray(R"({"servers": [{"id": "a", "name": "A", "url": "https://a.example"}]})")
        << QStringLiteral("app id");
    QTest::newRow("duplicate id") << QByteArray(
        R"({"servers": [{"id": "a", "name": "A", "url": "https://a.example", "auth": "none"},
                                      {"id": "a", "name": "B", "url": "https://b.example", "auth": "none"}]})")
                                  << QStringLiteral("used twice");
    QTest::newRow("unknown backup") << QByteArray(
        R"({"servers": [{"id": "a", "name": "A", "url": "https://a.example", "auth": "none", "backup": "zz"}]})")
                                    << QStringLiteral("\"zz\"");
    QTest::newRow("unencrypted mail")
        << QByteArray(R"({"smtp": {"host": "m", "from": "a@b.c", "security": "none"}})")
        << QStringLiteral("unencrypted");
    QTest::newRow("unknown sms provider")
        << QByteArray(R"({"sms": {"provider": "carrier-pigeon"}})") << QStringLiteral("seven, gatewayapi");
    QTest::newRow("twilio without account")
        << QByteArray(R"({"sms": {"provider": "twilio", "authToken": "x"}})")
        << QStringLiteral("\"accountSid\" is needed");
    // Gateways receive their credentials and room passwords: never in clear over the network.
    QTest::newRow("custom sms gateway over http")
        << QByteArray(R"({"sms": {"provider": "custom", "secret": "token",
                                  "gateway": {"url": "http://sms.example.org/send"}}})")
        << QStringLiteral("The SMS gateway sms.example.org must be reached over https");
    QTest::newRow("sms endpoint over http")
        << QByteArray(
               R"({"sms": {"provider": "seven", "apiKey": "k", "endpoint": "http://proxy.example/sms"}})")
        << QStringLiteral("The SMS gateway proxy.example must be reached over https");
    // The feed learns which version each counselor runs.
    QTest::newRow("update feed over http")
        << QByteArray(R"({"updates": {"feed": "http://updates.example.org/vieraugen.json"}})")
        << QStringLiteral("updates: \"feed\" must be an https address");
    QTest::newRow("typo in updates") << QByteArray(
        R"({"updates": {"url": "https://updates.example.org/v.json"}})")
                                     << QStringLiteral("unknown field \"url\"");
}

void TestProvisioner::rejectsBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    Provisioner provisioner(m_workspace->settings(), *m_secrets);
    Provisioner::Plan plan;
    QString error;
    QVERIFY(!provisioner.parse(json, &plan, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestProvisioner::readsEveryField()
{
    Provisioner provisioner(m_workspace->settings(), *m_secrets);
    Provisioner::Plan plan;
    QString error;
    QVERIFY2(provisioner.parse(fullFile(), &plan, &error), qPrintable(error));
    QCOMPARE(plan.servers.size(), 2);
    const ServerProfile& berlin = plan.servers.at(0);
    QCOMPARE(berlin.baseUrl, QUrl(QStringLiteral("https://meet.berlin.example")));
    QCOMPARE(berlin.subject, QStringLiteral("meet.berlin.example"));
    QCOMPARE(berlin.backupProfileId, QStringLiteral("aachen"));
    QCOMPARE(plan.servers.at(1).auth, ServerProfile::AuthMode::None);
    QCOMPARE(plan.appSecrets.value(QStringLiteral("berlin")), QStringLiteral("Jwt-Secret-Berlin-1"));
    QCOMPARE(plan.defaultServer, QStringLiteral("aachen"));
    QCOMPARE(plan.smtp->port, 587);
    QCOMPARE(plan.smtpPassword, QStringLiteral("Smtp-Secret-2"));
    QCOMPARE(plan.sms->account, QStringLiteral("AC123"));
    QCOMPARE(plan.smsSecret, QStringLiteral("Sms-Secret-3"));
    QVERIFY(plan.hasSecrets());
}

void TestProvisioner::smsProvidersUseTheirOwnCredentialNames()
{
    Provisioner provisioner(m_workspace->settings(), *m_secrets);
    Provisioner::Plan plan;
    QString error;
    QVERIFY2(provisioner.parse(R"({"sms": {"provider": "vonage", "apiKey": "key-id", "apiSecret": "s3"}})",
                               &plan, &error),
             qPrintable(error));
    QCOMPARE(plan.sms->account, QStringLiteral("key-id"));
    QCOMPARE(plan.smsSecret, QStringLiteral("s3"));
    QVERIFY(provisioner.parse(R"({"sms": {"provider": "seven", "apiKey": "k", "sender": "Beratung"}})", &plan,
                              &error));
    QCOMPARE(plan.smsSecret, QStringLiteral("k"));
    QCOMPARE(plan.sms->account, QString());
    QVERIFY(
        provisioner.parse(R"({"sms": {"provider": "sipgate", "tokenId": "t", "token": "k", "extension": "s0",
                                          "endpoint": "https://proxy.example/sms"}})",
                          &plan, &error));
    QCOMPARE(plan.sms->extension, QStringLiteral("s0"));
    QCOMPARE(plan.sms->endpoint, QUrl(QStringLiteral("https://proxy.example/sms")));
}

void TestProvisioner::appliesProfilesAndStoresSecrets()
{
    if (m_scenario != QLatin1String("unlocked"))
        QSKIP("needs an unlocked keychain");
    const Result result = apply(fullFile());
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString report = result.report.join(QLatin1Char('\n'));
    QVERIFY2(report.contains(QStringLiteral("Server \"Beratung Berlin\" (berlin): created")),
             qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("App secret for berlin: stored in the keychain")));
    QVERIFY(report.contains(QStringLiteral("SMTP secret: stored in the keychain")));
    QVERIFY(report.contains(QStringLiteral("SMS (twilio): updated")));
    for (const char* secret : { "Jwt-Secret-Berlin-1", "Smtp-Secret-2", "Sms-Secret-3" })
        QVERIFY2(!report.contains(QLatin1String(secret)), secret);

    Settings& settings = m_workspace->settings();
    QCOMPARE(settings.serverProfiles().size(), 2);
    QCOMPARE(settings.defaultServerProfileId(), QStringLiteral("aachen"));
    QCOMPARE(settings.smtp().user, QStringLiteral("beratung"));
    QCOMPARE(settings.sms().provider, QStringLiteral("twilio"));
    QCOMPARE(readSecret(QStringLiteral("server-berlin"), QStringLiteral("jwt-app-secret")),
             QStringLiteral("Jwt-Secret-Berlin-1"));
    QCOMPARE(readSecret(QStringLiteral("smtp"), QStringLiteral("password")), QStringLiteral("Smtp-Secret-2"));
    QCOMPARE(readSecret(QStringLiteral("sms"), QStringLiteral("secret")), QStringLiteral("Sms-Secret-3"));
}

void TestProvisioner::secondRunReportsUnchanged()
{
    if (m_scenario != QLatin1String("unlocked"))
        QSKIP("needs an unlocked keychain");
    QVERIFY(apply(fullFile()).ok);
    QByteArray withoutSecrets = fullFile();
    withoutSecrets.replace(R"("appSecret": "Jwt-Secret-Berlin-1", )", "");
    const Result again = apply(withoutSecrets);
    QVERIFY2(again.ok, qPrintable(again.error));
    const QString report = again.report.join(QLatin1Char('\n'));
    QVERIFY2(report.contains(QStringLiteral("(berlin): unchanged")), qPrintable(report));
    QVERIFY(!report.contains(QStringLiteral("App secret for berlin")));
    QVERIFY(!report.contains(QStringLiteral("Warning"))); // the secret from the first run is still there
    QCOMPARE(readSecret(QStringLiteral("server-berlin"), QStringLiteral("jwt-app-secret")),
             QStringLiteral("Jwt-Secret-Berlin-1"));
}

void TestProvisioner::firstServerBecomesDefaultWhenNoneIsChosen()
{
    if (m_scenario != QLatin1String("unlocked"))
        QSKIP("needs an unlocked keychain");
    QByteArray file = fullFile();
    file.replace(R"(, "default": true)", "");
    // The first server waits for the keychain, the second is saved at once: order must still win.
    QVERIFY(apply(file).ok);
    QCOMPARE(m_workspace->settings().defaultServerProfileId(), QStringLiteral("berlin"));
}

void TestProvisioner::withoutKeychainNothingChanges()
{
    if (m_scenario != QLatin1String("locked"))
        QSKIP("needs a locked keychain");
    const Result result = apply(fullFile());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("No secure storage")), qPrintable(result.error));
    QVERIFY(m_workspace->settings().serverProfiles().isEmpty());
    QVERIFY(!m_workspace->settings().smtp().isConfigured());
    QVERIFY(!m_workspace->settings().sms().isConfigured());
}

// Update checks stay off until the organization's file names its feed, and the file can turn
// them off again; no secret is involved, so this works without the keychain too.
void TestProvisioner::updateFeedIsSetAndClearedByTheFile()
{
    Settings& settings = m_workspace->settings();
    QVERIFY(settings.updateFeedUrl().isEmpty());

    const Result set = apply(R"({"updates": {"feed": "https://vieraugen.example.org/release.json"}})");
    QVERIFY2(set.ok, qPrintable(set.error));
    QCOMPARE(settings.updateFeedUrl(), QUrl(QStringLiteral("https://vieraugen.example.org/release.json")));
    QVERIFY2(set.report.contains(QStringLiteral("Update check: https://vieraugen.example.org/release.json")),
             qPrintable(set.report.join(QLatin1Char('\n'))));

    const Result cleared = apply(R"({"updates": {"feed": ""}})");
    QVERIFY2(cleared.ok, qPrintable(cleared.error));
    QVERIFY(settings.updateFeedUrl().isEmpty());
    QVERIFY(cleared.report.contains(QStringLiteral("Update check: off")));
}

// count servers without secrets, the first with a name of nameCharacters and, if secretCharacters,
// an app secret that long.
QByteArray TestProvisioner::serversFile(int count, int nameCharacters, int secretCharacters)
{
    QByteArray servers;
    for (int index = 0; index < count; ++index) {
        const QByteArray name = index == 0 ? QByteArray(nameCharacters, 'n') : QByteArray("Server");
        const QByteArray secret = index == 0 && secretCharacters > 0
            ? ", \"appSecret\": \"" + QByteArray(secretCharacters, 's') + '"'
            : QByteArray();
        servers += (index ? ",\n" : "") + QByteArray("{\"id\": \"s") + QByteArray::number(index)
            + "\", \"name\": \"" + name + "\", \"url\": \"https://meet" + QByteArray::number(index)
            + ".example\", \"auth\": \"none\"" + secret + '}';
    }
    return "{\"servers\": [" + servers + "]}";
}

void TestProvisioner::limitsAreEnforced_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("servers at the limit") << serversFile(Provisioner::maximumServers) << QString();
    QTest::newRow("one server too many")
        << serversFile(Provisioner::maximumServers + 1) << QStringLiteral("more than 100 servers");
    QTest::newRow("name at the limit") << serversFile(1, Provisioner::maximumFieldCharacters) << QString();
    QTest::newRow("name one character too long")
        << serversFile(1, Provisioner::maximumFieldCharacters + 1)
        << QStringLiteral("server 1: \"name\" is longer than 2048 characters");
    QTest::newRow("secret at the limit")
        << serversFile(1, 10, Provisioner::maximumSecretCharacters) << QString();
    QTest::newRow("secret one character too long")
        << serversFile(1, 10, Provisioner::maximumSecretCharacters + 1)
        << QStringLiteral("server 1: \"appSecret\" is longer than 16384 characters");
    const QByteArray gateway
        = R"({"sms": {"provider": "custom", "secret": "k", "gateway": {"url": "https://sms.example/send",
        "fields": {"to": ")";
    QTest::newRow("a field deep in the SMS gateway, too long")
        << gateway + QByteArray(Provisioner::maximumFieldCharacters + 1, 'x') + "\"}}}}"
        << QStringLiteral("sms: \"to\" is longer than 2048 characters");
    const QByteArray padding(Provisioner::maximumFileBytes - serversFile(1).size(), ' ');
    QTest::newRow("file at the limit") << serversFile(1).chopped(1) + padding + '}' << QString();
    QTest::newRow("file one byte too large")
        << serversFile(1).chopped(1) + padding + " }" << QStringLiteral("larger than 1 MB");
}

void TestProvisioner::limitsAreEnforced()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    Provisioner provisioner(m_workspace->settings(), *m_secrets);
    Provisioner::Plan plan;
    QString error;
    QCOMPARE(provisioner.parse(json, &plan, &error), expectedError.isEmpty());
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestProvisioner::oversizedFileIsRefusedUnread()
{
    const QString path = m_workspace->filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: 50 MB that take no disk
    file.close();
    Provisioner provisioner(m_workspace->settings(), *m_secrets);
    Provisioner::Plan plan;
    QString error;
    QVERIFY(!provisioner.parseFile(path, &plan, &error));
    QVERIFY2(error.contains(QStringLiteral("larger than 1 MB")), qPrintable(error));
}

void TestProvisioner::settingsAreWrittenOncePerProvisioning()
{
#ifdef Q_OS_LINUX
    // Each time the settings file is written, QSettings replaces it (a rename onto settings.ini) or
    // writes it in place: inotify counts both. Once per server grew with the square of the count.
    const Result first = apply(serversFile(1));
    QVERIFY2(first.ok, qPrintable(first.error));
    const int watch = inotify_init1(IN_NONBLOCK);
    QVERIFY(watch >= 0);
    QVERIFY(inotify_add_watch(watch, QFile::encodeName(m_workspace->rootPath()).constData(),
                              IN_MOVED_TO | IN_CLOSE_WRITE)
            >= 0);
    const Result result = apply(serversFile(40));
    QVERIFY2(result.ok, qPrintable(result.error));
    int writes = 0;
    alignas(inotify_event) char buffer[64 * 1024];
    for (ssize_t length = read(watch, buffer, sizeof buffer); length > 0;
         length = read(watch, buffer, sizeof buffer)) {
        for (char* at = buffer; at < buffer + length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(at);
            if (event->len > 0 && qstrcmp(event->name, "settings.ini") == 0)
                ++writes;
            at += sizeof(inotify_event) + event->len;
        }
    }
    close(watch);
    // Once at the end, and at most once more where Qt's own delayed write of the settings follows.
    QVERIFY2(writes >= 1 && writes <= 2, qPrintable(QString::number(writes)));
    QCOMPARE(m_workspace->settings().serverProfiles().size(), 40);
#else
    QSKIP("counts writes with inotify");
#endif
}

QTEST_GUILESS_MAIN(TestProvisioner)
#include "tst_Provisioner.moc"
