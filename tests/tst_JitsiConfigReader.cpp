#include "core/checks/JitsiConfigReader.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

// The reader of a server's config.js takes what any server sends — broken or hostile included —
// without crashing or filling the memory, and says why it refuses.
class TestJitsiConfigReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsJitsisOwnNotation();
    void nestingUpToTheLimitIsRead();
    void nestingBeyondTheLimitIsRefused_data();
    void nestingBeyondTheLimitIsRefused();
    void scriptUpToTheSizeLimitIsRead();
    void oversizedScriptIsRefused();
    void oversizedAnswerFromTheServerIsRefused();
    void nothingIsAnsweredOnceTheAskerIsGone();

private:
    // A config whose value "a" is nested in lists (or objects) until levels are reached, counting
    // the config object itself: "var config = { a: [[1]] };" has three.
    static QByteArray nested(int levels, bool objects);
};

QByteArray TestJitsiConfigReader::nested(int levels, bool objects)
{
    const QByteArray open = objects ? "{b:" : "[";
    return "var config = { a: " + open.repeated(levels - 1) + "1"
        + QByteArray(levels - 1, objects ? '}' : ']') + " };\n";
}

void TestJitsiConfigReader::readsJitsisOwnNotation()
{
    QJsonObject config;
    QString error;
    QVERIFY2(JitsiConfigReader::read("// comment\nvar config = { hosts: { domain: 'meet.example.org', },\n"
                                     "  p2p: { enabled: false }, toolbarButtons: [ 'camera', \"chat\" ],\n"
                                     "  bosh: '//' + subdir + 'http-bind', };\n",
                                     QStringLiteral("config"), &config, &error),
             qPrintable(error));
    QCOMPARE(config.value(QLatin1String("hosts")).toObject().value(QLatin1String("domain")).toString(),
             QStringLiteral("meet.example.org"));
    QCOMPARE(config.value(QLatin1String("p2p")).toObject().value(QLatin1String("enabled")),
             QJsonValue(false));
    QCOMPARE(config.value(QLatin1String("toolbarButtons")).toArray().size(), 2);
    QCOMPARE(config.value(QLatin1String("bosh")).toString(),
             QLatin1String(JitsiConfigReader::expressionMarker));
}

void TestJitsiConfigReader::nestingUpToTheLimitIsRead()
{
    for (const bool objects : { false, true }) {
        QJsonObject config;
        QString error;
        QVERIFY2(JitsiConfigReader::read(nested(JitsiConfigReader::maximumNesting, objects),
                                         QStringLiteral("config"), &config, &error),
                 qPrintable(error));
        QVERIFY(config.contains(QLatin1String("a")));
    }
}

void TestJitsiConfigReader::nestingBeyondTheLimitIsRefused_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<bool>("objects");
    QTest::newRow("lists, one level too deep") << JitsiConfigReader::maximumNesting + 1 << false;
    QTest::newRow("objects, one level too deep") << JitsiConfigReader::maximumNesting + 1 << true;
    // What crashed `vieraugen-cli audit` with a stack overflow.
    QTest::newRow("50,000 levels") << 50000 << false;
}

void TestJitsiConfigReader::nestingBeyondTheLimitIsRefused()
{
    QFETCH(int, levels);
    QFETCH(bool, objects);
    QJsonObject config;
    QString error;
    QVERIFY(!JitsiConfigReader::read(nested(levels, objects), QStringLiteral("config"), &config, &error));
    QVERIFY2(error.contains(QString::number(JitsiConfigReader::maximumNesting)), qPrintable(error));
    QVERIFY(config.isEmpty());
}

void TestJitsiConfigReader::scriptUpToTheSizeLimitIsRead()
{
    QByteArray script = "var config = { hosts: { domain: 'meet.example.org' } };\n// ";
    script += QByteArray(JitsiConfigReader::maximumScriptBytes - script.size(), 'x');
    QCOMPARE(script.size(), JitsiConfigReader::maximumScriptBytes);
    QJsonObject config;
    QString error;
    QVERIFY2(JitsiConfigReader::read(script, QStringLiteral("config"), &config, &error), qPrintable(error));
    QVERIFY(config.contains(QLatin1String("hosts")));
}

void TestJitsiConfigReader::oversizedScriptIsRefused()
{
    QByteArray script = "var config = { hosts: { domain: 'meet.example.org' } };\n// ";
    script += QByteArray(JitsiConfigReader::maximumScriptBytes + 1 - script.size(), 'x');
    QJsonObject config;
    QString error;
    QVERIFY(!JitsiConfigReader::read(script, QStringLiteral("config"), &config, &error));
    QVERIFY2(error.contains(QLatin1String("4 MB")), qPrintable(error));
}

void TestJitsiConfigReader::oversizedAnswerFromTheServerIsRefused()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("/config.js",
                    { 200,
                      "var config = {};\n//" + QByteArray(JitsiConfigReader::maximumScriptBytes * 2, 'x'),
                      "application/javascript", 0 });
    QNetworkAccessManager network;
    QObject context;
    std::optional<QString> error;
    JitsiConfigReader::fetchConfig(network, server.url(), &context,
                                   [&error](const QJsonObject&, const QString& message) { error = message; });
    QVERIFY(QTest::qWaitFor([&error] { return error.has_value(); }, 20000));
    QVERIFY2(error->contains(QLatin1String("4 MB")), qPrintable(*error));
}

void TestJitsiConfigReader::nothingIsAnsweredOnceTheAskerIsGone()
{
    // A session window closed while its server's config.js was on the way got the answer as it
    // was being destroyed, and Vieraugen crashed.
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("/config.js", { 200, "var config = {};\n", "application/javascript", 5000 });
    QNetworkAccessManager network;
    auto* context = new QObject;
    bool answered = false;
    JitsiConfigReader::fetchConfig(network, server.url(), context,
                                   [&answered](const QJsonObject&, const QString&) { answered = true; });
    QTRY_VERIFY(!server.requests().isEmpty());
    delete context;
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestJitsiConfigReader)
#include "tst_JitsiConfigReader.moc"
