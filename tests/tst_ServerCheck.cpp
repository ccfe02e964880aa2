#include "core/checks/ServerCheck.h"
#include "core/cli/CommandLineTool.h"
#include "core/cli/MeetingCommands.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

// The pre-session server check against local HTTPS servers: trusted, self-signed, slow, gone.
class TestServerCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthyServerPasses();
    void selfSignedCertificateFailsWithExplanation();
    void slowServerWarns();
    void commandLineExitCodes();

private:
    QList<ServerCheck::Step> check(const QUrl& server);
    static void serveJitsi(LocalHttpServer& server, int delayMs = 0);

    TestCertificates m_certificates;
    QNetworkAccessManager m_network;
};

void TestServerCheck::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
    QVERIFY2(m_certificates.trustInQtNetwork(&error), qPrintable(error));
}

void TestServerCheck::serveJitsi(LocalHttpServer& server, int delayMs)
{
    server.setRoute("/external_api.js",
                    { 200, "window.JitsiMeetExternalAPI = function () {};", "application/javascript", 0 });
    server.setRoute("/", { 200, "<html>Jitsi Meet</html>", "text/html", delayMs });
}

QList<ServerCheck::Step> TestServerCheck::check(const QUrl& server)
{
    ServerCheck serverCheck(m_network);
    std::optional<QList<ServerCheck::Step>> steps;
    serverCheck.run(server, [&steps](const QList<ServerCheck::Step>& result) { steps = result; });
    if (!QTest::qWaitFor([&steps] { return steps.has_value(); }, 30000))
        return {};
    return *steps;
}

void TestServerCheck::healthyServerPasses()
{
    LocalHttpServer server;
    QVERIFY(server.listen(m_certificates.serverConfiguration()));
    serveJitsi(server);
    const QList<ServerCheck::Step> steps = check(server.url());
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).name, QStringLiteral("dns"));
    QCOMPARE(steps.at(1).name, QStringLiteral("api"));
    QCOMPARE(steps.at(2).name, QStringLiteral("latency"));
    QCOMPARE(ServerCheck::worst(steps), ServerCheck::Status::Pass);
    // The answer time is a median over several requests.
    const int headRequests
        = int(std::count_if(server.requests().cbegin(), server.requests().cend(),
                            [](const LocalHttpServer::Request& r) { return r.method == "HEAD"; }));
    QCOMPARE(headRequests, ServerCheck::latencySamples);
}

void TestServerCheck::selfSignedCertificateFailsWithExplanation()
{
    LocalHttpServer server;
    QVERIFY(server.listen(m_certificates.selfSignedConfiguration()));
    serveJitsi(server);
    const QList<ServerCheck::Step> steps = check(server.url());
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(1).status, ServerCheck::Status::Fail);
    QVERIFY2(steps.at(1).detail.contains(QLatin1String("certificate")), qPrintable(steps.at(1).detail));
    QVERIFY(server.requests().isEmpty());
}

void TestServerCheck::slowServerWarns()
{
    LocalHttpServer server;
    QVERIFY(server.listen(m_certificates.serverConfiguration()));
    serveJitsi(server, ServerCheck::latencyWarnMs + 100);
    const QList<ServerCheck::Step> steps = check(server.url());
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(2).status, ServerCheck::Status::Warn);
    QVERIFY2(steps.at(2).detail.contains(QLatin1String("audio only")), qPrintable(steps.at(2).detail));
}

void TestServerCheck::commandLineExitCodes()
{
    LocalHttpServer healthy;
    QVERIFY(healthy.listen(m_certificates.serverConfiguration()));
    serveJitsi(healthy);
    quint16 gonePort = 0;
    {
        LocalHttpServer gone;
        QVERIFY(gone.listen());
        gonePort = gone.port();
    }
    TestWorkspace workspace;
    const auto run = [&workspace](const QString& target, QString* out) {
        QString err;
        QTextStream outStream(out);
        QTextStream errStream(&err);
        CommandLineTool tool(outStream, errStream, &workspace.settings());
        return tool.run({ QStringLiteral("vieraugen-cli"), QStringLiteral("--data-dir"),
                          workspace.dataLocation().path(), QStringLiteral("check"), target,
                          QStringLiteral("--json") });
    };
    QString out;
    QCOMPARE(run(healthy.url().toString(), &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("result")).toString(),
             QStringLiteral("pass"));
    out.clear();
    QCOMPARE(run(QStringLiteral("https://127.0.0.1:%1/").arg(gonePort), &out), MeetingCommands::redExitCode);
    const QJsonArray checks
        = QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("checks")).toArray();
    QCOMPARE(checks.last()[QStringLiteral("check")].toString(), QStringLiteral("api"));
    QCOMPARE(checks.last()[QStringLiteral("status")].toString(), QStringLiteral("fail"));
}

QTEST_GUILESS_MAIN(TestServerCheck)
#include "tst_ServerCheck.moc"
