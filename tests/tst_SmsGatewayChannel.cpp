#include "core/invite/SmsGatewayChannel.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

// Every preset against a local HTTP server that checks what the provider's documentation says
// the request looks like, and answers as the provider does, failures included.
class TestSmsGatewayChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsSendWhatTheProviderExpects_data();
    void presetsSendWhatTheProviderExpects();
    void customGatewayFromTheOrganizationsDefinition();
    void unreachableGatewayIsWorthRetrying();
    void nonEuProvidersComeWithANote();
    void noGatewayIsExplained();
    void plainHttpGatewayIsRefused_data();
    void plainHttpGatewayIsRefused();
    void listIndexInAFieldPathIsBounded_data();
    void listIndexInAFieldPathIsBounded();

private:
    SmsGatewayChannel::Result send(const SmsSettings& settings);

    QNetworkAccessManager m_network;
    const QString m_text
        = QStringLiteral("Beratungsstelle Mitte: Das Passwort lautet k7qm4xpa9bcd – Frau Berger");
};

SmsGatewayChannel::Result TestSmsGatewayChannel::send(const SmsSettings& settings)
{
    SmsGatewayChannel channel(settings, m_network);
    std::optional<SmsGatewayChannel::Result> result;
    channel.send(QStringLiteral("+4915112345678"), m_text, QStringLiteral("api-secret-9"),
                 [&result](const SmsGatewayChannel::Result& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 40000))
        return { false, false, QStringLiteral("no answer") };
    return *result;
}

void TestSmsGatewayChannel::presetsSendWhatTheProviderExpects_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("authorization"); // header "name: value"
    QTest::addColumn<QByteArray>("expectedBody"); // JSON, or a form query string
    QTest::addColumn<int>("okStatus");
    QTest::addColumn<QByteArray>("okBody");
    QTest::addColumn<int>("errorStatus");
    QTest::addColumn<QByteArray>("errorBody");

    const QByteArray text = "Beratungsstelle Mitte: Das Passwort lautet k7qm4xpa9bcd – Frau Berger";
    const QByteArray formText = QUrl::toPercentEncoding(QString::fromUtf8(text));
    QTest::newRow("seven.io: 200 with an error code in the body")
        << "seven" << QByteArray("/api/sms") << QByteArray("x-api-key: api-secret-9")
        << QByteArray(R"({"to":"+4915112345678","text":")" + text + R"(","from":"BeratungX","json":1})")
        << 200 << QByteArray(R"({"success":"100","messages":[{"id":"77"}]})") << 200
        << QByteArray(R"({"success":"902"})");
    QTest::newRow("GatewayAPI: the number is a JSON integer")
        << "gatewayapi" << QByteArray("/rest/mtsms") << QByteArray("authorization: Token api-secret-9")
        << QByteArray(R"({"message":")" + text
                      + R"(","recipients":[{"msisdn":4915112345678}],"sender":"BeratungX"})")
        << 200 << QByteArray(R"({"ids":[421332671]})") << 200 << QByteArray(R"({"message":"no credit"})");
    QTest::newRow("sipgate: basic auth and its extension")
        << "sipgate" << QByteArray("/v2/sessions/sms")
        << QByteArray("authorization: Basic " + QByteArray("token-id-1:api-secret-9").toBase64())
        << QByteArray(R"({"message":")" + text
                      + R"(","recipient":"+4915112345678","sendAt":null,"smsId":"s0"})")
        << 204 << QByteArray() << 402 << QByteArray(R"({"message":"insufficient funds"})");
    QTest::newRow("MessageBird: recipients is an array")
        << "messagebird" << QByteArray("/messages") << QByteArray("authorization: AccessKey api-secret-9")
        << QByteArray(R"({"body":")" + text
                      + R"(","originator":"BeratungX","recipients":["+4915112345678"]})")
        << 201 << QByteArray(R"({"id":"e8077d803532c0b5937c639b60216938"})") << 422
        << QByteArray(R"({"errors":[{"code":9}]})");
    QTest::newRow("Twilio: form body, basic auth with the account SID")
        << "twilio" << QByteArray("/2010-04-01/Accounts/AC123/Messages.json")
        << QByteArray("authorization: Basic " + QByteArray("AC123:api-secret-9").toBase64())
        << QByteArray("To=%2B4915112345678&Body=" + formText + "&From=BeratungX") << 201
        << QByteArray(R"({"sid":"SM1"})") << 400 << QByteArray(R"({"code":21211})");
    QTest::newRow("Vonage: credentials in the body, number without plus")
        << "vonage" << QByteArray("/sms/json") << QByteArray()
        << QByteArray("to=4915112345678&text=" + formText
                      + "&from=BeratungX&type=unicode&api_key=key-1&api_secret=api-secret-9")
        << 200 << QByteArray(R"({"messages":[{"status":"0"}]})") << 200
        << QByteArray(R"({"messages":[{"status":"4","error-text":"Bad Credentials"}]})");
}

void TestSmsGatewayChannel::presetsSendWhatTheProviderExpects()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, expectedBody);
    QFETCH(int, okStatus);
    QFETCH(QByteArray, okBody);
    QFETCH(int, errorStatus);
    QFETCH(QByteArray, errorBody);

    LocalHttpServer gateway;
    QVERIFY(gateway.listen());
    SmsSettings settings;
    settings.provider = provider;
    settings.sender = QStringLiteral("BeratungX");
    settings.account = provider == QLatin1String("twilio") ? QStringLiteral("AC123")
        : provider == QLatin1String("vonage")              ? QStringLiteral("key-1")
                                                           : QStringLiteral("token-id-1");
    settings.extension = QStringLiteral("s0");
    // The preset's path on a local server, as for a gateway behind a proxy.
    const QUrl presetUrl(SmsGatewayChannel::preset(provider)
                             .value(QLatin1String("url"))
                             .toString()
                             .replace(QLatin1String("{account}"), settings.account));
    QCOMPARE(presetUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(presetUrl.path().toUtf8(), path);
    settings.endpoint = gateway.url(presetUrl.path());

    gateway.setRoute(path, { okStatus, okBody, "application/json", 0 });
    const SmsGatewayChannel::Result sent = send(settings);
    QVERIFY2(sent.ok, qPrintable(sent.errorMessage));
    QCOMPARE(gateway.requests().size(), 1);
    const LocalHttpServer::Request request = gateway.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, path);
    if (!authorization.isEmpty()) {
        const QByteArray name = authorization.left(authorization.indexOf(':'));
        QCOMPARE(name + ": " + request.headers.value(name), authorization);
    }
    if (expectedBody.startsWith('{')) {
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(request.body), QJsonDocument::fromJson(expectedBody));
    } else {
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery expected(QString::fromUtf8(expectedBody));
        const QUrlQuery actual(QString::fromUtf8(request.body));
        QCOMPARE(actual.queryItems(QUrl::FullyDecoded).size(),
                 expected.queryItems(QUrl::FullyDecoded).size());
        for (const auto& [key, value] : expected.queryItems(QUrl::FullyDecoded))
            QCOMPARE(actual.queryItemValue(key, QUrl::FullyDecoded), value);
    }
    // The text carries the password only: no link, no room.
    QVERIFY(!request.body.contains("https://"));

    gateway.setRoute(path, { errorStatus, errorBody, "application/json", 0 });
    const SmsGatewayChannel::Result refused = send(settings);
    QVERIFY(!refused.ok);
    QVERIFY(!refused.retryable);
    QVERIFY2(refused.errorMessage.contains(SmsGatewayChannel::displayName(provider)),
             qPrintable(refused.errorMessage));

    gateway.setRoute(path, { 503, "busy", "text/plain", 0 });
    const SmsGatewayChannel::Result busy = send(settings);
    QVERIFY(!busy.ok);
    QVERIFY(busy.retryable);
}

void TestSmsGatewayChannel::customGatewayFromTheOrganizationsDefinition()
{
    LocalHttpServer gateway;
    QVERIFY(gateway.listen());
    SmsSettings settings;
    settings.provider = QStringLiteral("custom");
    settings.gateway = QJsonDocument::fromJson(R"({
        "url": ")" + gateway.url(QStringLiteral("/send")).toString().toUtf8()
                                               + R"(",
        "auth": {"type": "header", "name": "X-Token", "value": "Bearer {secret}"},
        "encoding": "json",
        "fields": {"to": "message.recipient", "text": "message.content"},
        "static": {"channel": "sms"},
        "recipient": "e164_digits",
        "success": {"status": [200, 299], "path": "result.state", "equals": "queued"}
    })")
                           .object();
    gateway.setRoute("/send", { 200, R"({"result":{"state":"queued"}})", "application/json", 0 });
    const SmsGatewayChannel::Result sent = send(settings);
    QVERIFY2(sent.ok, qPrintable(sent.errorMessage));
    const LocalHttpServer::Request request = gateway.requests().first();
    QCOMPARE(request.headers.value("x-token"), QByteArray("Bearer api-secret-9"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             QJsonDocument::fromJson(
                 QByteArray(R"({"channel":"sms","message":{"recipient":"4915112345678","content":")")
                 + m_text.toUtf8() + "\"}}")
                 .object());
    gateway.setRoute("/send", { 200, R"({"result":{"state":"rejected"}})", "application/json", 0 });
    QVERIFY(!send(settings).ok);
}

void TestSmsGatewayChannel::unreachableGatewayIsWorthRetrying()
{
    quint16 port = 0;
    {
        LocalHttpServer gone;
        QVERIFY(gone.listen());
        port = gone.port();
    }
    SmsSettings settings;
    settings.provider = QStringLiteral("seven");
    settings.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/api/sms").arg(port));
    const SmsGatewayChannel::Result result = send(settings);
    QVERIFY(!result.ok);
    QVERIFY(result.retryable);
    QVERIFY2(result.errorMessage.contains(QLatin1String("outbox")), qPrintable(result.errorMessage));
}

void TestSmsGatewayChannel::nonEuProvidersComeWithANote()
{
    for (const QString& provider : SmsGatewayChannel::presetIds()) {
        const bool outsideEu = provider == QLatin1String("twilio") || provider == QLatin1String("vonage");
        QCOMPARE(SmsGatewayChannel::isEuBased(provider), !outsideEu);
    }
    QVERIFY(SmsGatewayChannel::nonEuNote(QStringLiteral("twilio")).contains(QLatin1String("Twilio")));
    QCOMPARE(SmsGatewayChannel::presetIds().size(), 6);
}

void TestSmsGatewayChannel::noGatewayIsExplained()
{
    const SmsGatewayChannel::Result result = send(SmsSettings {});
    QVERIFY(!result.ok);
    QVERIFY2(result.errorMessage.contains(QLatin1String("No SMS gateway")), qPrintable(result.errorMessage));
    SmsSettings plainHttp;
    plainHttp.provider = QStringLiteral("seven");
    plainHttp.endpoint = QUrl(QStringLiteral("http://sms.example.org/api"));
    QVERIFY(!send(plainHttp).ok);
}

void TestSmsGatewayChannel::plainHttpGatewayIsRefused_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QString>("gatewayUrl");
    QTest::newRow("custom gateway") << "custom" << QUrl() << "http://sms.example.org/send";
    QTest::newRow("preset behind a proxy")
        << "gatewayapi" << QUrl(QStringLiteral("http://proxy.example/sms")) << "";
    QTest::newRow("user and password in the address")
        << "custom" << QUrl() << "https://user:token@sms.example.org/send";
}

void TestSmsGatewayChannel::plainHttpGatewayIsRefused()
{
    QFETCH(QString, provider);
    QFETCH(QUrl, endpoint);
    QFETCH(QString, gatewayUrl);
    SmsSettings settings;
    settings.provider = provider;
    settings.endpoint = endpoint;
    if (!gatewayUrl.isEmpty())
        settings.gateway = { { QStringLiteral("url"), gatewayUrl } };
    const SmsGatewayChannel::Result result = send(settings);
    QVERIFY(!result.ok);
    QVERIFY(!result.retryable);
    QVERIFY2(result.errorMessage.startsWith(QLatin1String("The SMS gateway")),
             qPrintable(result.errorMessage));
    QVERIFY2(!result.errorMessage.contains(QLatin1String("token")), qPrintable(result.errorMessage));
}

void TestSmsGatewayChannel::listIndexInAFieldPathIsBounded_data()
{
    QTest::addColumn<QString>("recipientPath");
    QTest::addColumn<QString>("successPath");
    QTest::addColumn<bool>("sent");
    QTest::newRow("index at the limit")
        << QStringLiteral("messages[15].to") << QStringLiteral("results[15].state") << true;
    QTest::newRow("request index one over")
        << QStringLiteral("messages[16].to") << QStringLiteral("results[0].state") << false;
    QTest::newRow("answer index one over")
        << QStringLiteral("messages[0].to") << QStringLiteral("results[16].state") << false;
    // What made Vieraugen allocate 2 GB.
    QTest::newRow("index beyond int")
        << QStringLiteral("res[0000000002147483650]") << QStringLiteral("results[0].state") << false;
}

void TestSmsGatewayChannel::listIndexInAFieldPathIsBounded()
{
    QFETCH(QString, recipientPath);
    QFETCH(QString, successPath);
    QFETCH(bool, sent);
    LocalHttpServer gateway;
    QVERIFY(gateway.listen());
    SmsSettings settings;
    settings.provider = QStringLiteral("custom");
    settings.gateway = QJsonObject {
        { QStringLiteral("url"), gateway.url(QStringLiteral("/send")).toString() },
        { QStringLiteral("encoding"), QStringLiteral("json") },
        { QStringLiteral("fields"),
          QJsonObject { { QStringLiteral("to"), recipientPath },
                        { QStringLiteral("text"), QStringLiteral("text") } } },
        { QStringLiteral("success"),
          QJsonObject { { QStringLiteral("path"), successPath },
                        { QStringLiteral("equals"), QStringLiteral("ok") } } },
    };
    QJsonArray results;
    for (int i = 0; i < 16; ++i)
        results.append(QJsonObject { { QStringLiteral("state"), QStringLiteral("ok") } });
    gateway.setRoute("/send",
                     { 200, QJsonDocument(QJsonObject { { QStringLiteral("results"), results } }).toJson(),
                       "application/json", 0 });
    const SmsGatewayChannel::Result result = send(settings);
    QCOMPARE(result.ok, sent);
    if (sent) {
        const QJsonArray messages = QJsonDocument::fromJson(gateway.requests().first().body)
                                        .object()
                                        .value(QLatin1String("messages"))
                                        .toArray();
        QCOMPARE(messages.size(), 16);
        QCOMPARE(messages.at(15).toObject().value(QLatin1String("to")).toString(),
                 QStringLiteral("+4915112345678"));
    } else {
        QVERIFY2(result.errorMessage.contains(QLatin1String("not a valid name")),
                 qPrintable(result.errorMessage));
        QVERIFY(!result.retryable);
    }
}

QTEST_GUILESS_MAIN(TestSmsGatewayChannel)
#include "tst_SmsGatewayChannel.moc"
