#include "core/checks/ConnectionTest.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TestCertificates.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

// Rating figures with Jitsi's thresholds, and finding the relay credentials a server offers,
// against a local HTTPS server standing in for the Jitsi web server.
class TestConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ratesLikeJitsisPrejoinScreen_data();
    void ratesLikeJitsisPrejoinScreen();
    void findsTheCredentialsTheServerNames();
    void serverWithoutATestOffersNone();
    void badCredentialSourcesAreExplained_data();
    void badCredentialSourcesAreExplained();

private:
    struct Found
    {
        QJsonArray iceServers;
        QString error;
        bool done = false;
    };
    Found find(const QByteArray& configJs, const QByteArray& iceAnswer, int iceStatus = 200);

    TestCertificates m_certificates;
};

void TestConnectionTest::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
    QVERIFY2(m_certificates.trustInQtNetwork(&error), qPrintable(error));
}

void TestConnectionTest::ratesLikeJitsisPrejoinScreen_data()
{
    QTest::addColumn<bool>("connected");
    QTest::addColumn<double>("loss");
    QTest::addColumn<double>("kbps");
    QTest::addColumn<ConnectionTest::Rating>("audio");
    QTest::addColumn<ConnectionTest::Rating>("video");
    QTest::addColumn<QString>("advice");
    using R = ConnectionTest::Rating;
    QTest::newRow("fast and clean") << true << 0.0 << 5000.0 << R::Good << R::Good << "Good enough";
    QTest::newRow("no relay") << false << 0.0 << 0.0 << R::Poor << R::Poor << "firewall";
    QTest::newRow("too slow for video") << true << 0.0 << 40.0 << R::Good << R::Poor << "audio only";
    QTest::newRow("blurry video") << true << 0.0 << 500.0 << R::Good << R::NonOptimal << "blurry";
    QTest::newRow("freezing video") << true << 0.2 << 5000.0 << R::NonOptimal << R::NonOptimal << "freeze";
    QTest::newRow("some loss") << true << 0.06 << 5000.0 << R::NonOptimal << R::NonOptimal << "blurry";
    QTest::newRow("heavy loss") << true << 0.4 << 5000.0 << R::Poor << R::Poor << "phone";
    QTest::newRow("modem") << true << 0.0 << 6.0 << R::Poor << R::Poor << "phone";
    QTest::newRow("audio just fine") << true << 0.0 << 20.0 << R::Good << R::Poor << "audio only";
    QTest::newRow("audio marginal") << true << 0.0 << 12.0 << R::NonOptimal << R::Poor << "audio only";
}

void TestConnectionTest::ratesLikeJitsisPrejoinScreen()
{
    QFETCH(bool, connected);
    QFETCH(double, loss);
    QFETCH(double, kbps);
    QFETCH(ConnectionTest::Rating, audio);
    QFETCH(ConnectionTest::Rating, video);
    QFETCH(QString, advice);
    const ConnectionTest::Measurement measured
        = ConnectionTest::fromJson({ { QStringLiteral("mediaConnectivity"), connected },
                                     { QStringLiteral("rtt"), 40 },
                                     { QStringLiteral("fractionalLoss"), loss },
                                     { QStringLiteral("throughput"), kbps } });
    const ConnectionTest::Verdict verdict = ConnectionTest::rate(measured);
    QCOMPARE(verdict.audio, audio);
    QCOMPARE(verdict.video, video);
    QCOMPARE(verdict.overall, std::max(audio, video));
    QVERIFY2(verdict.summary.contains(advice, Qt::CaseInsensitive), qPrintable(verdict.summary));
}

TestConnectionTest::Found TestConnectionTest::find(const QByteArray& configJs, const QByteArray& iceAnswer,
                                                   int iceStatus)
{
    LocalHttpServer server;
    if (!server.listen(m_certificates.serverConfiguration()))
        return {};
    QByteArray config = configJs;
    config.replace("$ICE", server.url().resolved(QUrl(QStringLiteral("/turn-credentials"))).toEncoded());
    server.setRoute("/config.js", { 200, config, "application/javascript" });
    server.setRoute("/turn-credentials", { iceStatus, iceAnswer, "application/json" });
    QNetworkAccessManager network;
    ConnectionTest test(network);
    Found found;
    test.findIceServers(server.url().resolved(QUrl(QStringLiteral("/tenant/"))),
                        [&found](const QJsonArray& iceServers, const QString& error) {
                            found = { iceServers, error, true };
                        });
    QDeadlineTimer deadline(15000);
    while (!found.done && !deadline.hasExpired())
        QTest::qWait(10);
    return found;
}

void TestConnectionTest::findsTheCredentialsTheServerNames()
{
    const Found found = find(
        "var config = { prejoinConfig: { enabled: true, preCallTestEnabled: true, preCallTestICEUrl: '$ICE' "
        "}, };",
        R"({"iceServers":[{"urls":"turn:turn.beratung.example:443?transport=tcp","username":"1700000000:vieraugen",
            "credential":"c2VjcmV0","unknown":1},{"urls":["stun:turn.beratung.example:3478"]}]})");
    QVERIFY2(found.done && found.error.isEmpty(), qPrintable(found.error));
    const QJsonArray expected = QJsonDocument::fromJson(R"([
        {"urls":["turn:turn.beratung.example:443?transport=tcp"],"username":"1700000000:vieraugen","credential":"c2VjcmV0"},
        {"urls":["stun:turn.beratung.example:3478"]}])")
                                    .array();
    QCOMPARE(found.iceServers, expected);
}

void TestConnectionTest::serverWithoutATestOffersNone()
{
    const Found found = find("var config = { prejoinConfig: { enabled: true } };", {});
    QVERIFY(found.done);
    QVERIFY(found.error.isEmpty());
    QVERIFY(found.iceServers.isEmpty());
}

void TestConnectionTest::badCredentialSourcesAreExplained_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    const QByteArray naming = "var config = { prejoinConfig: { preCallTestICEUrl: '$ICE' } };";
    QTest::newRow("source down") << naming << QByteArray("{}") << 503 << "could not be fetched";
    QTest::newRow("no list") << naming << QByteArray(R"({"servers":[]})") << 200 << "no list";
    QTest::newRow("not json") << naming << QByteArray("<html>") << 200 << "no list";
    QTest::newRow("no address") << naming << QByteArray(R"({"iceServers":[{"username":"u"}]})") << 200
                                << "no address";
    QTest::newRow("web address") << naming << QByteArray(R"({"iceServers":[{"urls":"https://x"}]})") << 200
                                 << "not a STUN or TURN";
    QTest::newRow("plain http source")
        << QByteArray("var config = { prejoinConfig: { preCallTestICEUrl: 'http://turn.example/creds' } };")
        << QByteArray() << 200 << "not HTTPS";
    QTest::newRow("unreadable config")
        << QByteArray("<!doctype html><p>Not here") << QByteArray() << 200 << "config.js";
}

void TestConnectionTest::badCredentialSourcesAreExplained()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, answer);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const Found found = find(config, answer, status);
    QVERIFY(found.done);
    QVERIFY(found.iceServers.isEmpty());
    QVERIFY2(found.error.contains(expected), qPrintable(found.error));
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_ConnectionTest.moc"
