#include "core/checks/JitsiConfigReader.h"
#include "core/checks/PrivacyAudit.h"
#include "core/cli/CommandLineTool.h"
#include "core/cli/MeetingCommands.h"
#include "core/settings/Settings.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// config.js as Jitsi servers really write it, served by a local HTTP server.
class TestPrivacyAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheScriptNotJson();
    void malformedConfigIsExplained_data();
    void malformedConfigIsExplained();
    void commandLineFindingsAndExitCodes_data();
    void commandLineFindingsAndExitCodes();
    void unreachableUntrustedAndPlainServers();
    void peerToPeerFindings_data();
    void peerToPeerFindings();
    void renamedSettingsNameTheKeyInUse_data();
    void renamedSettingsNameTheKeyInUse();

private:
    static QByteArray cleanConfig();

    TestCertificates m_certificates;
};

void TestPrivacyAudit::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
    QVERIFY2(m_certificates.trustInQtNetwork(&error), qPrintable(error));
}

QByteArray TestPrivacyAudit::cleanConfig()
{
    return R"(/* eslint-disable */
// Jitsi Meet configuration.
var subdomain = "<!--# echo var="subdomain" default="" -->";
if (subdomain) { subdomain = subdomain.substr(0, subdomain.length - 1).split('.').join('_').toLowerCase() + '.'; }
var config = {
    hosts: {
        domain: 'meet.beratung.example',
        anonymousdomain: 'guest.meet.beratung.example',
        muc: 'conference.' + subdomain + 'meet.beratung.example', // an expression
    },
    bosh: '//meet.beratung.example/http-bind',
    p2p: { enabled: false, stunServers: [ { urls: 'stun:meet-jit-si-turnrelay.jitsi.net:443' } ], },
    analytics: { disabled: true, },
    disableThirdPartyRequests: true,
    deeplinking: { disabled: true },
    gravatar: { disabled: true },
    doNotStoreRoom: true,
    fileRecordingsEnabled: false,
    'quoted-key': "it's fine",
    resolution: 720,
    toolbarButtons: [ 'microphone', 'camera', ],
};
/* end */
)";
}

void TestPrivacyAudit::readsTheScriptNotJson()
{
    QJsonObject config;
    QString error;
    QVERIFY2(JitsiConfigReader::read(cleanConfig(), QStringLiteral("config"), &config, &error),
             qPrintable(error));
    QCOMPARE(
        config.value(QLatin1String("hosts")).toObject().value(QLatin1String("anonymousdomain")).toString(),
        QStringLiteral("guest.meet.beratung.example"));
    QCOMPARE(config.value(QLatin1String("hosts")).toObject().value(QLatin1String("muc")).toString(),
             QLatin1String(JitsiConfigReader::expressionMarker));
    QCOMPARE(config.value(QLatin1String("p2p")).toObject().value(QLatin1String("enabled")).toBool(true),
             false);
    QCOMPARE(config.value(QLatin1String("quoted-key")).toString(), QStringLiteral("it's fine"));
    QCOMPARE(config.value(QLatin1String("resolution")).toInt(), 720);
    QCOMPARE(config.value(QLatin1String("toolbarButtons")).toArray().size(), 2);
    QVERIFY(
        PrivacyAudit::evaluate(QUrl(QStringLiteral("https://meet.beratung.example")), config, {}).isEmpty());
}

void TestPrivacyAudit::malformedConfigIsExplained_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("expected");
    QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                     << "config = {";
    QTest::newRow("unclosed object") << QByteArray("var config = {\n  hosts: {\n    domain: 'x'\n") << "line";
    QTest::newRow("unclosed string") << QByteArray("var config = {\n  a: 'open\n};") << "line";
    QTest::newRow("missing colon") << QByteArray("var config = {\n  hosts 'x'\n};") << "line 2";
}

void TestPrivacyAudit::malformedConfigIsExplained()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, expected);
    QJsonObject config;
    QString error;
    QVERIFY(!JitsiConfigReader::read(script, QStringLiteral("config"), &config, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestPrivacyAudit::commandLineFindingsAndExitCodes_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("setting");
    const QByteArray clean = cleanConfig();
    QTest::newRow("clean") << clean << 0 << "";
    QTest::newRow("third-party STUN with P2P on")
        << QByteArray(clean).replace("enabled: false", "enabled: true") << 3 << "p2p.stunServers";
    QTest::newRow("analytics") << QByteArray(clean).replace(
        "analytics: { disabled: true, },",
        "analytics: { amplitudeAPPKey: 'abc', scriptURLs: ['https://t.example/x.js'] },")
                               << 4 << "analytics.scriptURLs";
    QTest::newRow("recording and no guest domain")
        << QByteArray(clean)
               .replace("fileRecordingsEnabled: false", "fileRecordingsEnabled: true")
               .replace("anonymousdomain: 'guest.meet.beratung.example',", "")
        << 3 << "hosts.anonymousdomain";
    QTest::newRow("gravatar and deep links") << QByteArray(clean)
                                                    .replace("disableThirdPartyRequests: true,", "")
                                                    .replace("deeplinking: { disabled: true },", "")
                                             << 3 << "deeplinking.disabled";
}

void TestPrivacyAudit::commandLineFindingsAndExitCodes()
{
    QFETCH(QByteArray, script);
    QFETCH(int, exitCode);
    QFETCH(QString, setting);
    LocalHttpServer server;
    QVERIFY(server.listen(m_certificates.serverConfiguration()));
    server.setRoute("/config.js", { 200, script, "application/javascript", 0 });
    TestWorkspace workspace;
    ServerProfile profile;
    profile.id = QStringLiteral("local");
    profile.name = QStringLiteral("Local");
    profile.baseUrl = server.url();
    profile.auth = ServerProfile::AuthMode::None;
    workspace.settings().saveServerProfile(profile);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CommandLineTool tool(outStream, errStream, &workspace.settings());
    const int code = tool.run({ QStringLiteral("vieraugen-cli"), QStringLiteral("--data-dir"),
                                workspace.dataLocation().path(), QStringLiteral("audit"),
                                QStringLiteral("local"), QStringLiteral("--json") });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(code, exitCode);
    const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    QStringList settings;
    for (const QJsonValue& finding : report.value(QLatin1String("findings")).toArray())
        settings.append(finding[QStringLiteral("setting")].toString());
    QCOMPARE(settings.isEmpty(), setting.isEmpty());
    QVERIFY2(setting.isEmpty() || settings.contains(setting), qPrintable(settings.join(QLatin1Char(','))));
    QCOMPARE(report.value(QLatin1String("result")).toString(),
             exitCode == 0       ? QStringLiteral("green")
                 : exitCode == 3 ? QStringLiteral("amber")
                                 : QStringLiteral("red"));
}

void TestPrivacyAudit::unreachableUntrustedAndPlainServers()
{
    quint16 port = 0;
    {
        LocalHttpServer gone;
        QVERIFY(gone.listen());
        port = gone.port();
    }
    TestWorkspace workspace;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CommandLineTool tool(outStream, errStream, &workspace.settings());
    QCOMPARE(tool.run({ QStringLiteral("vieraugen-cli"), QStringLiteral("--data-dir"),
                        workspace.dataLocation().path(), QStringLiteral("audit"),
                        QStringLiteral("https://127.0.0.1:%1/").arg(port) }),
             int(CommandLineTool::DataError));
    QVERIFY2(err.contains(QLatin1String("could not be fetched")), qPrintable(err));

    // A server with a certificate no authority vouches for is not read at all.
    LocalHttpServer selfSigned;
    QVERIFY(selfSigned.listen(m_certificates.selfSignedConfiguration()));
    selfSigned.setRoute("/config.js", { 200, cleanConfig(), "application/javascript", 0 });
    err.clear();
    QCOMPARE(
        tool.run({ QStringLiteral("vieraugen-cli"), QStringLiteral("--data-dir"),
                   workspace.dataLocation().path(), QStringLiteral("audit"), selfSigned.url().toString() }),
        int(CommandLineTool::DataError));
    QVERIFY2(err.contains(QLatin1String("could not be fetched")), qPrintable(err));
    QVERIFY(selfSigned.requests().isEmpty());

    // Plain http (loopback only, as for tests) is itself a red finding.
    LocalHttpServer plain;
    QVERIFY(plain.listen());
    plain.setRoute("/config.js", { 200, cleanConfig(), "application/javascript", 0 });
    out.clear();
    QCOMPARE(tool.run({ QStringLiteral("vieraugen-cli"), QStringLiteral("--data-dir"),
                        workspace.dataLocation().path(), QStringLiteral("audit"), plain.url().toString() }),
             MeetingCommands::redExitCode);
    QVERIFY2(out.contains(QLatin1String("[red] url")), qPrintable(out));
}

void TestPrivacyAudit::peerToPeerFindings_data()
{
    QTest::addColumn<QByteArray>("p2p");
    QTest::addColumn<QStringList>("settings");
    const QStringList none;
    const QStringList thirdParty = { QStringLiteral("p2p.stunServers") };
    const QStringList direct = { QStringLiteral("p2p.enabled") };
    QTest::newRow("off") << QByteArray("enabled: false, stunServers: [ { urls: 'stun:stun.tracker.net' } ]")
                         << none;
    QTest::newRow("on by default, own STUN")
        << QByteArray("stunServers: [ { urls: 'stun:meet.beratung.example:3478' } ]") << direct;
    QTest::newRow("relayed, sibling TURN host")
        << QByteArray("enabled: true, iceTransportPolicy: 'relay',"
                      "stunServers: [ { urls: 'turns:turn.beratung.example:443?transport=tcp' } ]")
        << none;
    QTest::newRow("relayed, our name inside another domain")
        << QByteArray("enabled: true, iceTransportPolicy: 'relay',"
                      "stunServers: [ { urls: 'stun:meet.beratung.example.tracker.net:3478' } ]")
        << thirdParty;
    QTest::newRow("relayed, third party in a list of URIs") << QByteArray(
        "enabled: true, iceTransportPolicy: 'relay',"
        "stunServers: [ { urls: [ 'stun:meet.beratung.example', 'stun:[2001:db8::1]:3478' ] } ]")
                                                            << thirdParty;
    QTest::newRow("direct and third party")
        << QByteArray("enabled: true, stunServers: [ { urls: 'stun:meet-jit-si-turnrelay.jitsi.net:443' } ]")
        << direct + thirdParty;
}

void TestPrivacyAudit::peerToPeerFindings()
{
    QFETCH(QByteArray, p2p);
    QFETCH(QStringList, settings);
    QJsonObject config;
    QString error;
    QVERIFY2(JitsiConfigReader::read("var config = { p2p: { " + p2p + " } };", QStringLiteral("config"),
                                     &config, &error),
             qPrintable(error));
    QStringList found;
    for (const PrivacyAudit::Finding& finding :
         PrivacyAudit::evaluate(QUrl(QStringLiteral("https://meet.beratung.example/")), config, {})) {
        if (finding.key.startsWith(QLatin1String("p2p.")))
            found.append(finding.key);
    }
    QCOMPARE(found, settings);
}

// Each row is a config.js (and interface_config.js) as servers of one Jitsi generation or another
// write it; only the findings about one renamed setting are compared.
void TestPrivacyAudit::renamedSettingsNameTheKeyInUse_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("interfaceConfig");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("finding");
    const QStringList deepLinking
        = { QStringLiteral("deeplinking.disabled"), QStringLiteral("disableDeepLinking") };
    const QStringList avatars = { QStringLiteral("gravatar.disabled"), QStringLiteral("gravatar.baseUrl"),
                                  QStringLiteral("gravatarBaseURL") };
    const QStringList recentList
        = { QStringLiteral("doNotStoreRoom"), QStringLiteral("interfaceConfig.RECENT_LIST_ENABLED") };
    const QByteArray none;

    QTest::newRow("deep links: current spelling")
        << QByteArray("deeplinking: { disabled: true }") << none << deepLinking << "";
    QTest::newRow("deep links: older spelling")
        << QByteArray("disableDeepLinking: true") << none << deepLinking << "";
    QTest::newRow("deep links: older spelling off")
        << QByteArray("disableDeepLinking: false") << none << deepLinking << "disableDeepLinking";
    QTest::newRow("deep links: neither")
        << QByteArray("deeplinking: { hideLogo: true }") << none << deepLinking << "deeplinking.disabled";
    QTest::newRow("deep links: both, the current one wins")
        << QByteArray("disableDeepLinking: true, deeplinking: { disabled: false }") << none << deepLinking
        << "deeplinking.disabled";
    QTest::newRow("deep links: both, current one on")
        << QByteArray("disableDeepLinking: false, deeplinking: { disabled: true }") << none << deepLinking
        << "";
    QTest::newRow("deep links: deeplinking without disabled falls back")
        << QByteArray("disableDeepLinking: true, deeplinking: { hideLogo: true }") << none << deepLinking
        << "";

    QTest::newRow("avatars: off") << QByteArray("gravatar: { disabled: true }") << none << avatars << "";
    QTest::newRow("avatars: gravatar.com by default")
        << QByteArray("disableThirdPartyRequests: true") << none << avatars << "gravatar.disabled";
    QTest::newRow("avatars: libravatar, older spelling")
        << QByteArray("gravatarBaseURL: 'https://seccdn.libravatar.org/avatar/'") << none << avatars
        << "gravatarBaseURL";
    QTest::newRow("avatars: own libravatar, current spelling")
        << QByteArray("gravatar: { baseUrl: 'https://avatars.beratung.example/avatar/' }") << none << avatars
        << "";
    QTest::newRow("avatars: both, the current one wins")
        << QByteArray("gravatarBaseURL: 'https://avatars.beratung.example/avatar/',"
                      "gravatar: { baseUrl: 'https://seccdn.libravatar.org/avatar/' }")
        << none << avatars << "gravatar.baseUrl";
    QTest::newRow("avatars: both, current one our own")
        << QByteArray("gravatarBaseURL: 'https://www.gravatar.com/avatar/',"
                      "gravatar: { baseUrl: 'https://avatars.beratung.example/avatar/' }")
        << none << avatars << "";

    QTest::newRow("recent list: room not stored")
        << QByteArray("doNotStoreRoom: true") << none << recentList << "";
    QTest::newRow("recent list: stored by default")
        << QByteArray("resolution: 720") << none << recentList << "doNotStoreRoom";
    QTest::newRow("recent list: stored, said in interface_config.js")
        << QByteArray("resolution: 720") << QByteArray("RECENT_LIST_ENABLED: true") << recentList
        << "interfaceConfig.RECENT_LIST_ENABLED";
    QTest::newRow("recent list: stored, doNotStoreRoom false")
        << QByteArray("doNotStoreRoom: false") << QByteArray("RECENT_LIST_ENABLED: true") << recentList
        << "doNotStoreRoom";
    QTest::newRow("recent list: list turned off")
        << QByteArray("doNotStoreRoom: false") << QByteArray("RECENT_LIST_ENABLED: false") << recentList
        << "";
}

void TestPrivacyAudit::renamedSettingsNameTheKeyInUse()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, interfaceConfig);
    QFETCH(QStringList, keys);
    QFETCH(QString, finding);
    QJsonObject configObject;
    QJsonObject interfaceObject;
    QString error;
    QVERIFY2(JitsiConfigReader::read("var config = {\n    " + config + "\n};\n", QStringLiteral("config"),
                                     &configObject, &error),
             qPrintable(error));
    QVERIFY2(JitsiConfigReader::read("var interfaceConfig = { " + interfaceConfig + " };",
                                     QStringLiteral("interfaceConfig"), &interfaceObject, &error),
             qPrintable(error));
    QStringList found;
    for (const PrivacyAudit::Finding& each : PrivacyAudit::evaluate(
             QUrl(QStringLiteral("https://meet.beratung.example/")), configObject, interfaceObject)) {
        if (keys.contains(each.key)) {
            found.append(each.key);
            QVERIFY2(each.fix.contains(each.key == QLatin1String("gravatar.disabled")
                                           ? QStringLiteral("gravatar.disabled")
                                           : each.key.section(QLatin1Char('.'), -1)),
                     qPrintable(each.fix));
        }
    }
    QCOMPARE(found, finding.isEmpty() ? QStringList() : QStringList { finding });
}

QTEST_GUILESS_MAIN(TestPrivacyAudit)
#include "tst_PrivacyAudit.moc"
