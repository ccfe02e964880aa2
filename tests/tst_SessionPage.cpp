#include "core/meeting/RoomFactory.h"
#include "core/meeting/SessionPlan.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/StandInJitsiServer.h"
#include "tests/support/TestCertificates.h"
#include "ui/session/SessionBridge.h"
#include "ui/session/SessionEngine.h"
#include "ui/session/SessionPage.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

// The session page's security boundary, in real Qt WebEngine (offscreen, fake devices): which
// origin gets camera and microphone, where navigations and popups go, and certificates.
class TestSessionPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cameraOnlyForTheServersOrigin();
    void mainFrameStaysOnTheHostPage();
    void popupsGoToTheSystemBrowser();
    void untrustedCertificatesAreRefused();
    void bridgeIgnoresAnyOtherPage();

private:
    SessionPage* startMeeting(const QUrl& server);
    struct Decision
    {
        QUrl origin;
        bool granted = false;
    };

    TestCertificates m_certificates;
    std::unique_ptr<StandInJitsiServer> m_server;
    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<QWebEngineView> m_view;
    SessionPage* m_page = nullptr;
    QList<Decision> m_decisions;
    QList<QUrl> m_handedOver;
};

void TestSessionPage::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error) && m_certificates.trustInWebEngine(&error), qPrintable(error));
}

void TestSessionPage::init()
{
    m_server = std::make_unique<StandInJitsiServer>();
    QVERIFY(m_server->listen(m_certificates.serverConfiguration()));
    m_engine = std::make_unique<SessionEngine>();
    m_decisions.clear();
    m_handedOver.clear();
}

void TestSessionPage::cleanup()
{
    m_view.reset();
    delete m_page;
    m_page = nullptr;
    m_engine.reset();
    m_server.reset();
}

SessionPage* TestSessionPage::startMeeting(const QUrl& server)
{
    m_page = m_engine->takePage();
    m_view = std::make_unique<QWebEngineView>();
    m_view->setPage(m_page);
    m_view->resize(800, 600);
    m_view->show();
    m_page->setServer(server);
    connect(m_page, &SessionPage::permissionDecided, this,
            [this](const QUrl& origin, QWebEnginePage::Feature, bool granted) {
                m_decisions.append({ origin, granted });
            });
    connect(m_page, &SessionPage::externalLinkRequested, this,
            [this](const QUrl& url) { m_handedOver.append(url); });
    if (!m_page->isHostReady() && !QSignalSpy(m_page, &SessionPage::hostReady).wait(20000))
        return nullptr;
    SessionPlan plan;
    plan.server.baseUrl = server;
    plan.server.auth = ServerProfile::AuthMode::None;
    plan.roomName = RoomFactory().newRoomName();
    plan.language = QStringLiteral("en");
    Q_EMIT m_page->bridge().startRequested(plan.meetingOptions());
    return m_page;
}

void TestSessionPage::cameraOnlyForTheServersOrigin()
{
    QVERIFY(startMeeting(m_server->baseUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->reports(QStringLiteral("media")).size(), 1, 20000);
    QCOMPARE(m_server->reports(QStringLiteral("media")).first().value(QLatin1String("granted")).toBool(),
             true);
    QCOMPARE(m_decisions.size(), 1);
    // WebEngine names the iframe's origin, not the host page's.
    QCOMPARE(m_decisions.first().origin.port(), m_server->baseUrl().port());
    QVERIFY(m_decisions.first().granted);

    // The meeting frame navigates away to another origin, which then asks for the camera.
    LocalHttpServer other;
    QVERIFY(other.listen(m_certificates.serverConfiguration()));
    other.setRoute("/elsewhere",
                   { 200,
                     "<script>navigator.mediaDevices.getUserMedia({audio: true, video: true})"
                     ".then(() => fetch('/result?granted'), e => fetch('/result?' + e.name));</script>",
                     "text/html", 0 });
    m_server->navigateMeetingFrame(other.url(QStringLiteral("/elsewhere")));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(other.requests().cbegin(), other.requests().cend(),
                    [](const LocalHttpServer::Request& r) { return r.path.startsWith("/result"); }),
        20000);
    const auto result
        = std::find_if(other.requests().cbegin(), other.requests().cend(),
                       [](const LocalHttpServer::Request& r) { return r.path.startsWith("/result"); });
    QCOMPARE(result->path, QByteArray("/result?NotAllowedError"));
    QCOMPARE(m_decisions.size(), 2);
    QCOMPARE(m_decisions.last().origin.port(), other.port());
    QVERIFY(!m_decisions.last().granted);
    // The frame could navigate (Jitsi moves within its server); the host page stayed.
    QCOMPARE(m_page->url(), SessionPage::hostUrl());
}

void TestSessionPage::mainFrameStaysOnTheHostPage()
{
    QVERIFY(startMeeting(m_server->baseUrl()));
    const QUrl elsewhere = m_server->baseUrl().resolved(QUrl(QStringLiteral("/elsewhere")));
    m_page->runJavaScript(QStringLiteral("location.href = '%1';").arg(elsewhere.toString()));
    QTRY_COMPARE(m_handedOver, QList<QUrl> { elsewhere });
    QTest::qWait(300);
    QCOMPARE(m_page->url(), SessionPage::hostUrl());
    // Not even the meeting server may become the main frame: it would reach the bridge.
    m_page->load(m_server->baseUrl());
    QTRY_COMPARE(m_handedOver.size(), 2);
    QCOMPARE(m_page->url(), SessionPage::hostUrl());
}

void TestSessionPage::popupsGoToTheSystemBrowser()
{
    QVERIFY(startMeeting(m_server->baseUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->reports(QStringLiteral("media")).size(), 1, 20000);
    const QUrl help(QStringLiteral("https://jitsi.example.org/help"));
    m_server->openPopup(help);
    QTRY_COMPARE(m_handedOver, QList<QUrl> { help });
    QCOMPARE(m_page->url(), SessionPage::hostUrl());
}

void TestSessionPage::untrustedCertificatesAreRefused()
{
    LocalHttpServer selfSigned;
    QVERIFY(selfSigned.listen(m_certificates.selfSignedConfiguration()));
    selfSigned.setRoute(
        "/external_api.js",
        { 200, "window.JitsiMeetExternalAPI = function () {};", "application/javascript", 0 });
    SessionPage* page = startMeeting(selfSigned.url());
    QVERIFY(page);
    QSignalSpy refused(page, &SessionPage::certificateRefused);
    QSignalSpy delivered(&page->bridge(), &SessionBridge::eventDelivered);
    QVERIFY(delivered.wait(20000));
    QCOMPARE(delivered.first().at(0).toString(), QStringLiteral("hostPageError"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(std::none_of(selfSigned.requests().cbegin(), selfSigned.requests().cend(),
                         [](const LocalHttpServer::Request& r) { return r.path == "/external_api.js"; }));
}

void TestSessionPage::bridgeIgnoresAnyOtherPage()
{
    QWebEnginePage other(m_engine->profile());
    SessionBridge bridge(other, SessionPage::hostUrl());
    QSignalSpy delivered(&bridge, &SessionBridge::eventDelivered);
    QSignalSpy ready(&bridge, &SessionBridge::hostPageReady);
    bridge.hostReady();
    bridge.deliver(QStringLiteral("videoConferenceJoined"), {});
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(ready.size(), 0);
}

QTEST_MAIN(TestSessionPage)
#include "tst_SessionPage.moc"
