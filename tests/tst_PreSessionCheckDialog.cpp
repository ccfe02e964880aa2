#include "core/settings/Settings.h"
#include "tests/support/LocalTurnServer.h"
#include "tests/support/StandInJitsiServer.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestWorkspace.h"
#include "ui/checks/PreSessionCheckDialog.h"
#include "ui/session/SessionEngine.h"

#include <QAccessible>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

// The pre-session check in the real browser engine with Chromium's fake camera and microphone,
// against the stand-in Jitsi server (HTTPS on 127.0.0.1) and a real TURN relay (coturn).
class TestPreSessionCheckDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cameraMicrophoneAndSpeakerAreTested();
    void chosenDevicesAreRememberedAndReopened();
    void connectionThroughTheRelayIsRated();
    void refusedRelayCredentialsMeanNoConnection();
    void serverWithoutRelayTestAndServerDown();
    void devicesAreCheckedWithoutAnyServer();

private:
    std::unique_ptr<PreSessionCheckDialog> open(const QUrl& server);
    void serveConfig(const QJsonArray& iceServers);

    TestCertificates m_certificates;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<StandInJitsiServer> m_server;
    std::unique_ptr<LocalTurnServer> m_turn;
    std::unique_ptr<SessionEngine> m_engine;
};

void TestPreSessionCheckDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error) && m_certificates.trustInWebEngine(&error), qPrintable(error));
    QVERIFY2(m_certificates.trustInQtNetwork(&error), qPrintable(error));
    m_turn = std::make_unique<LocalTurnServer>();
    QVERIFY2(m_turn->start(&error), qPrintable(error));
}

void TestPreSessionCheckDialog::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_server = std::make_unique<StandInJitsiServer>();
    QVERIFY(m_server->listen(m_certificates.serverConfiguration()));
    m_engine = std::make_unique<SessionEngine>();
}

void TestPreSessionCheckDialog::cleanup()
{
    m_server.reset();
    m_engine.reset();
    m_workspace.reset();
}

void TestPreSessionCheckDialog::serveConfig(const QJsonArray& iceServers)
{
    const QUrl credentials = m_server->baseUrl().resolved(QUrl(QStringLiteral("/turn-credentials")));
    m_server->setRoute("/config.js",
                       { 200,
                         "var config = { prejoinConfig: { enabled: true, preCallTestEnabled: true, "
                         "preCallTestICEUrl: '"
                             + credentials.toEncoded() + "' }, };",
                         "application/javascript" });
    m_server->setRoute("/turn-credentials",
                       { 200,
                         QJsonDocument(QJsonObject { { QStringLiteral("iceServers"), iceServers } }).toJson(),
                         "application/json" });
}

std::unique_ptr<PreSessionCheckDialog> TestPreSessionCheckDialog::open(const QUrl& server)
{
    ServerProfile profile;
    profile.id = QStringLiteral("berlin");
    profile.name = QStringLiteral("Beratung Berlin");
    profile.baseUrl = server;
    auto dialog = std::make_unique<PreSessionCheckDialog>(m_workspace->settings(), *m_engine, profile);
    dialog->show();
    return dialog;
}

void TestPreSessionCheckDialog::cameraMicrophoneAndSpeakerAreTested()
{
    serveConfig(m_turn->iceServers());
    const auto dialog = open(m_server->baseUrl());
    // Chromium's fake camera shows a picture, its fake microphone beeps.
    QTRY_VERIFY2_WITH_TIMEOUT(
        dialog->cameraState().startsWith(QLatin1String("The picture above comes from fake")),
        qPrintable(dialog->cameraState()), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->heardMicrophone(), qPrintable(dialog->microphoneState()), 20000);
    QVERIFY2(dialog->microphoneState().startsWith(QLatin1String("Sound arrives from")),
             qPrintable(dialog->microphoneState()));
    QComboBox* cameras = dialog->deviceChoice(MediaDevice::Camera);
    QTRY_VERIFY(cameras->count() >= 2);
    QCOMPARE(cameras->itemText(0), QStringLiteral("System default"));

    QSignalSpy sound(dialog.get(), &PreSessionCheckDialog::testSoundFinished);
    dialog->playTestSound();
    QTRY_COMPARE_WITH_TIMEOUT(sound.size(), 1, 10000);
    QVERIFY(sound.first().first().toBool());
}

void TestPreSessionCheckDialog::chosenDevicesAreRememberedAndReopened()
{
    serveConfig(m_turn->iceServers());
    auto dialog = open(m_server->baseUrl());
    QComboBox* cameras = dialog->deviceChoice(MediaDevice::Camera);
    QTRY_VERIFY_WITH_TIMEOUT(cameras->count() >= 3, 20000); // default + Chromium's two fake cameras
    const QString second = cameras->itemText(2);
    cameras->setCurrentIndex(2);
    Q_EMIT cameras->activated(2);
    QCOMPARE(m_workspace->settings().preferredDevice(MediaDevice::Camera), second);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->cameraState(),
                              QStringLiteral("The picture above comes from %1.").arg(second), 10000);
    dialog.reset();

    // The next check opens the chosen camera by itself, and sessions are planned with it.
    dialog = open(m_server->baseUrl());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->cameraState(),
                              QStringLiteral("The picture above comes from %1.").arg(second), 20000);
    QCOMPARE(dialog->deviceChoice(MediaDevice::Camera)->currentText(), second);
}

void TestPreSessionCheckDialog::connectionThroughTheRelayIsRated()
{
    serveConfig(m_turn->iceServers());
    const auto dialog = open(m_server->baseUrl());
    QSignalSpy finished(dialog.get(), &PreSessionCheckDialog::checksFinished);
    QVERIFY(finished.wait(60000));
    using Check = PreSessionCheckDialog::Check;
    for (Check check : { Check::Dns, Check::Api, Check::Latency })
        QVERIFY2(dialog->status(check) == ServerCheck::Status::Pass, qPrintable(dialog->detail(check)));
    qInfo() << "measured:" << dialog->detail(Check::Connection);
    // Over loopback: fast, nothing lost.
    QVERIFY2(dialog->status(Check::Connection) == ServerCheck::Status::Pass,
             qPrintable(dialog->detail(Check::Connection)));
    QVERIFY2(dialog->detail(Check::Connection).startsWith(QLatin1String("good (")),
             qPrintable(dialog->detail(Check::Connection)));
    QVERIFY2(dialog->detail(Check::Connection).contains(QLatin1String(", 0.0 % loss")),
             qPrintable(dialog->detail(Check::Connection)));
}

void TestPreSessionCheckDialog::refusedRelayCredentialsMeanNoConnection()
{
    serveConfig(m_turn->iceServers(true));
    const auto dialog = open(m_server->baseUrl());
    QSignalSpy finished(dialog.get(), &PreSessionCheckDialog::checksFinished);
    QVERIFY(finished.wait(60000));
    using Check = PreSessionCheckDialog::Check;
    QCOMPARE(dialog->status(Check::Connection), ServerCheck::Status::Fail);
    QVERIFY2(dialog->detail(Check::Connection).contains(QLatin1String("firewall")),
             qPrintable(dialog->detail(Check::Connection)));
}

void TestPreSessionCheckDialog::serverWithoutRelayTestAndServerDown()
{
    m_server->setRoute(
        "/config.js",
        { 200, "var config = { prejoinConfig: { enabled: true } };", "application/javascript" });
    auto dialog = open(m_server->baseUrl());
    QSignalSpy finished(dialog.get(), &PreSessionCheckDialog::checksFinished);
    QVERIFY(finished.wait(60000));
    using Check = PreSessionCheckDialog::Check;
    QCOMPARE(dialog->status(Check::Api), ServerCheck::Status::Pass);
    QCOMPARE(dialog->status(Check::Connection), ServerCheck::Status::Warn);
    QVERIFY2(dialog->detail(Check::Connection).contains(QLatin1String("offers no connection test")),
             qPrintable(dialog->detail(Check::Connection)));
    // The results come while the focus stays where it was: a screen reader is told them (G30 of tester10).
    auto* announcer = dialog->findChild<QWidget*>(QStringLiteral("announcer"));
    QVERIFY(announcer && announcer->isVisible());
    const QStringList said
        = QAccessible::queryAccessibleInterface(announcer)->text(QAccessible::Name).split(QLatin1Char('\n'));
    QCOMPARE(said.size(), 5);
    QCOMPARE(said.first(), QStringLiteral("Connection check finished."));
    QCOMPARE(said.at(2), QStringLiteral("Secure connection: passed. ") + dialog->detail(Check::Api));
    QCOMPARE(said.last(),
             QStringLiteral("Audio and video through the relay: warning. ")
                 + dialog->detail(Check::Connection));

    const QUrl gone = m_server->baseUrl();
    m_server.reset();
    dialog = open(gone);
    QSignalSpy again(dialog.get(), &PreSessionCheckDialog::checksFinished);
    QVERIFY(again.wait(60000));
    QCOMPARE(dialog->status(Check::Api), ServerCheck::Status::Fail);
    QVERIFY2(dialog->detail(Check::Connection).startsWith(QLatin1String("Not tested.")),
             qPrintable(dialog->detail(Check::Connection)));
}

// Before IT has set up a server, a counselor can still see and hear that the devices work; the
// connection part says what it needs instead of failing.
void TestPreSessionCheckDialog::devicesAreCheckedWithoutAnyServer()
{
    PreSessionCheckDialog dialog(m_workspace->settings(), *m_engine, std::nullopt);
    dialog.show();
    QTRY_VERIFY2_WITH_TIMEOUT(
        dialog.cameraState().startsWith(QLatin1String("The picture above comes from fake")),
        qPrintable(dialog.cameraState()), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.heardMicrophone(), qPrintable(dialog.microphoneState()), 20000);
    // The camera picture is named (a screen reader met an unnamed document, tester10's G13).
    QCOMPARE(
        QAccessible::queryAccessibleInterface(dialog.findChild<QWebEngineView*>())->text(QAccessible::Name),
        QStringLiteral("Camera picture"));
    auto* noServer = dialog.findChild<QLabel*>(QStringLiteral("noServer"));
    QVERIFY(noServer && noServer->isVisible());
    QVERIFY2(noServer->text().contains(QLatin1String("once a video server is set up")),
             qPrintable(noServer->text()));
    QSignalSpy sound(&dialog, &PreSessionCheckDialog::testSoundFinished);
    dialog.playTestSound();
    QTRY_COMPARE_WITH_TIMEOUT(sound.size(), 1, 10000);
    QVERIFY(sound.first().first().toBool());
}

QTEST_MAIN(TestPreSessionCheckDialog)
#include "tst_PreSessionCheckDialog.moc"
