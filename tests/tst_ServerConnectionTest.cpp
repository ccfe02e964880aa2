#include "core/meeting/JitsiLink.h"
#include "core/meeting/ServerConnectionTest.h"
#include "tests/support/LocalHttpServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestServerConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void jitsiServerPasses();
    void missingAppSecretFails();
    void serverWithoutAuthenticationPassesWithWarning();
    void wrongAddressIsExplained();
    void otherPageIsNotJitsi();
    void serverDownIsExplained();
    void slowServerTimesOut();
    void plainHttpToTheInternetIsRefused();
    void apiUrlKeepsTheBasePath_data();
    void apiUrlKeepsTheBasePath();

private:
    ServerProfile profileFor(const QUrl& url,
                             ServerProfile::AuthMode auth = ServerProfile::AuthMode::Jwt) const;
    std::pair<bool, QString> runTest(const ServerProfile& profile, bool hasAppSecret, int timeoutMs = 10000);

    std::unique_ptr<LocalHttpServer> m_server;
};

void TestServerConnectionTest::init()
{
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(
        "/external_api.js",
        { 200, "function JitsiMeetExternalAPI(domain, options) {}", "application/javascript", 0 });
}

ServerProfile TestServerConnectionTest::profileFor(const QUrl& url, ServerProfile::AuthMode auth) const
{
    ServerProfile profile;
    profile.id = QStringLiteral("local");
    profile.name = QStringLiteral("Local");
    profile.baseUrl = url;
    profile.auth = auth;
    return profile;
}

std::pair<bool, QString> TestServerConnectionTest::runTest(const ServerProfile& profile, bool hasAppSecret,
                                                           int timeoutMs)
{
    ServerConnectionTest test;
    test.setTimeout(timeoutMs);
    QSignalSpy finished(&test, &ServerConnectionTest::finished);
    test.run(profile, hasAppSecret);
    if (!finished.wait(timeoutMs + 5000))
        return { false, QStringLiteral("no answer") };
    QTest::qWait(20);
    if (finished.size() != 1)
        return { false, QStringLiteral("answered %1 times").arg(finished.size()) };
    return { finished.at(0).at(0).toBool(), finished.at(0).at(1).toString() };
}

void TestServerConnectionTest::jitsiServerPasses()
{
    const auto [ok, message] = runTest(profileFor(m_server->url()), true);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("meeting API")));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().at(0).path, QByteArray("/external_api.js"));
}

void TestServerConnectionTest::missingAppSecretFails()
{
    const auto [ok, message] = runTest(profileFor(m_server->url()), false);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("app secret")), qPrintable(message));
}

void TestServerConnectionTest::serverWithoutAuthenticationPassesWithWarning()
{
    const auto [ok, message] = runTest(profileFor(m_server->url(), ServerProfile::AuthMode::None), false);
    QVERIFY(ok);
    QVERIFY2(message.contains(ServerProfile::noAuthenticationWarning()), qPrintable(message));
}

void TestServerConnectionTest::wrongAddressIsExplained()
{
    const auto [ok, message] = runTest(profileFor(m_server->url(QStringLiteral("/wrong/"))), true);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("404")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("/wrong/external_api.js")));
}

void TestServerConnectionTest::otherPageIsNotJitsi()
{
    m_server->setRoute("/external_api.js", { 200, "<html>Welcome to nginx</html>", "text/html", 0 });
    const auto [ok, message] = runTest(profileFor(m_server->url()), true);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("is not Jitsi Meet")), qPrintable(message));
}

void TestServerConnectionTest::serverDownIsExplained()
{
    const QUrl url = m_server->url();
    m_server.reset();
    const auto [ok, message] = runTest(profileFor(url), true);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("could not be reached")), qPrintable(message));
}

void TestServerConnectionTest::slowServerTimesOut()
{
    m_server->setRoute("/external_api.js", { 200, "JitsiMeetExternalAPI", "application/javascript", 3000 });
    const auto [ok, message] = runTest(profileFor(m_server->url()), true, 500);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("did not answer")), qPrintable(message));
}

void TestServerConnectionTest::plainHttpToTheInternetIsRefused()
{
    const auto [ok, message] = runTest(profileFor(QUrl(QStringLiteral("http://meet.example.org"))), true);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("https")), qPrintable(message));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestServerConnectionTest::apiUrlKeepsTheBasePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << QStringLiteral("https://meet.example.org")
                          << QStringLiteral("https://meet.example.org/external_api.js");
    QTest::newRow("root slash") << QStringLiteral("https://meet.example.org/")
                                << QStringLiteral("https://meet.example.org/external_api.js");
    QTest::newRow("sub path") << QStringLiteral("https://example.org/jitsi")
                              << QStringLiteral("https://example.org/jitsi/external_api.js");
    QTest::newRow("port") << QStringLiteral("https://example.org:8443/")
                          << QStringLiteral("https://example.org:8443/external_api.js");
}

void TestServerConnectionTest::apiUrlKeepsTheBasePath()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(JitsiLink::externalApiUrl(QUrl(base)).toString(), expected);
}

QTEST_GUILESS_MAIN(TestServerConnectionTest)
#include "tst_ServerConnectionTest.moc"
