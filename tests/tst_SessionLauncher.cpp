#include "core/calendar/AppointmentStore.h"
#include "core/checks/ServerCheck.h"
#include "core/meeting/RoomFactory.h"
#include "core/meeting/RoomPassword.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/ShortcutAudit.h"
#include "tests/support/StandInJitsiServer.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestWorkspace.h"
#include "ui/checks/PreSessionCheckDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/session/KnockWindow.h"
#include "ui/session/SessionBridge.h"
#include "ui/session/SessionLauncher.h"
#include "ui/session/SessionPage.h"
#include "ui/session/SessionWindow.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyleOptionButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWebEngineView>
#include <QWidget>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

// A program the desktop hands links to (a browser, a phone program): it takes every link.
class LinkProgramStandIn : public QObject
{
    Q_OBJECT

public:
    explicit LinkProgramStandIn(QList<QUrl>& opened)
        : m_opened(opened)
    { }

public Q_SLOTS:
    void open(const QUrl& url) { m_opened.append(url); }

private:
    QList<QUrl>& m_opened;
};

// The whole Start flow with real parts: the Secret Service (app secret, install key), Qt WebEngine
// offscreen with fake camera and microphone, our host page, and the stand-in Jitsi server over
// HTTPS whose meeting page speaks the IFrame API's wire protocol.
class TestSessionLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startLocksTheRoomAdmitsAndRecordsTheSession();
    void meetingReceivesTokenLanguageAndPrivacySettings();
    void answersThePasswordWhenTheRoomAsksForIt();
    void nobodyJoinedCanBeRecordedAsNoShow();
    void cancellingNobodyJoinedRecordsNoAttendance();
    void hangingUpWithSomeoneInTheLobbyAsksFirstAndNeverSuggestsNoShow();
    void anEndedCallIsAskedAboutOnceAndCancelWritesNothing();
    void aCallShowsTheNumberToDialAndRecordsOnlyACallBegun();
    void unreachableServerOffersRejoinAndRecordsNothing();
    void startFarFromThePlannedTimeIsAskedFirst();
    void allDayAndDistantDatesAreAskedAboutInWordsThatFit();
    void whatRefusesAStartIsSaidBeforeAnyQuestion();
    void aHeldSessionStartedAgainIsAskedAndStaysHeld();
    void nobodyJoinedIsAskedOnlyOnceTheCurtainIsUp();
    void crashedMeetingViewOffersRejoin();
    void warmUpLoadsTheIFrameApiAhead();
    void backupServerTakesOverWithANewRoom();
    void safeguardsTheMeetingRefusesOrIgnoresAreWarnedAbout();
    void notMadeModeratorWarnsAndTriesAgainByRejoining();
    void recordingByAnyoneCannotBeMissedIsStoppedAndRecorded();
    void timerShowsElapsedOfPlannedAndCuesQuietlyBeforeTheEnd();
    void leavingWithOthersStayingDoesNotEndTheMeeting();
    void openingInTheBrowserLeavesOnlyOnceABrowserHasIt();
    void quittingDuringASessionAsksFirst();
    void closingTheSessionWindowAsksFirst();
    void theMeetingEndingUnderAQuestionClosesItAndRecordsOnce();
    void closingTheMainWindowDuringASessionAsksAsQuittingDoes();
    void theNextAppointmentOffersToGoBackToItsRunningSession();
    void backupServerMovesOnlyThisDateOfASeries();
    void warmUpWarnsOnceWhenTheServerFailsItsCheck();
    void problemsMenuOpensTheCheckForTheSessionsServer();
    void problemsMenuSwitchesTheCamera();
    void knockWhileMinimizedCannotBeMissedAndNamesGoUnderTheCurtain();
    void jitsisParticipantsPaneStaysClosedUnderTheCurtain();
    void knocksAdmissionsRecordingsAndWarningsAreAnnouncedToScreenReaders();
    void tabOutOfTheMeetingShowsWhereTheFocusIs();
    void theLobbyByKeyboard();
    void sessionKeysAreInTheHelp_data();
    void sessionKeysAreInTheHelp();
    void silenceAboutTheLockAndEncryptionIsNeitherTickNorWarning_data();
    void silenceAboutTheLockAndEncryptionIsNeitherTickNorWarning();
    void endToEndEncryptionTheServerDoesNotOfferOrTheSettingTurnsOffIsExplained();

private:
    Occurrence scheduled(int participants = 1);
    // By the test's launcher, or another one.
    SessionWindow* start(const Occurrence& occurrence, SessionLauncher* launcher = nullptr);
    SessionWindow* startAndJoin(const Occurrence& occurrence, SessionLauncher* launcher = nullptr);
    QStringList commandNames() const;
    // Ends the meeting from the server's side once ask() has opened a question; whether the question
    // then closed by itself (it is answered "Stay" when not, so that the test goes on).
    bool questionClosesWhenTheMeetingEnds(const std::function<void()>& ask);
    // A second stand-in server as the backup of the first.
    bool setUpBackupServer(StandInJitsiServer& backupServer);
    // Problems → Switch to the Backup Server, answered Yes; the new window once it joined.
    SessionWindow* switchToBackup(SessionWindow* window);

    TestCertificates m_certificates;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<StandInJitsiServer> m_server;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<QWidget> m_mainWindow;
    SessionLauncher* m_launcher = nullptr;
    // Milliseconds the room's safeguards may stay unconfirmed in the windows opened.
    int m_confirmationTimeoutMs = 60000;
};

void TestSessionLauncher::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error) && m_certificates.trustInWebEngine(&error), qPrintable(error));
    QVERIFY2(m_certificates.trustInQtNetwork(&error), qPrintable(error));
}

void TestSessionLauncher::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    // The token's validity is checked against the server's real clock.
    m_workspace->clock().setTime(QDateTime::currentDateTimeUtc());
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
    m_server = std::make_unique<StandInJitsiServer>();
    QVERIFY(m_server->listen(m_certificates.serverConfiguration()));
    m_server->setTokenAuthentication(QStringLiteral("vieraugen"), QStringLiteral("jitsi"),
                                     "stand-in-app-secret");

    ServerProfile profile;
    profile.id = QStringLiteral("standin");
    profile.name = QStringLiteral("Stand-in");
    profile.baseUrl = m_server->baseUrl();
    profile.appId = profile.issuer = QStringLiteral("vieraugen");
    profile.audience = QStringLiteral("jitsi");
    m_workspace->settings().saveServerProfile(profile);
    m_workspace->settings().setCounselorName(QStringLiteral("Frau Berger"));
    m_workspace->settings().setUiLanguage(QStringLiteral("de"));
    SecretReply* stored = m_secrets->write(profile.secretOwner(), QLatin1String(ServerProfile::appSecretName),
                                           QStringLiteral("stand-in-app-secret"));
    QSignalSpy storedSpy(stored, &SecretReply::finished);
    QVERIFY(storedSpy.wait(10000));

    m_mainWindow = std::make_unique<QWidget>();
    m_undoStack = std::make_unique<QUndoStack>();
    m_launcher = new SessionLauncher(m_workspace->settings(), *m_secrets, m_workspace->appointments(),
                                     *m_undoStack, m_workspace->clock(), m_mainWindow.get());
    m_confirmationTimeoutMs = 60000;
    connect(m_launcher, &SessionLauncher::sessionWindowOpened, this, [this](AbstractSessionWindow* window) {
        qobject_cast<SessionWindow*>(window)->setConfirmationTimeout(m_confirmationTimeoutMs);
    });
}

void TestSessionLauncher::cleanup()
{
    m_mainWindow.reset();
    m_undoStack.reset();
    m_server.reset();
    m_secrets.reset();
    m_workspace.reset();
}

Occurrence TestSessionLauncher::scheduled(int participants)
{
    Appointment appointment;
    appointment.title = QStringLiteral("Erstgespräch");
    appointment.start = m_workspace->clock().nowUtc().addSecs(300);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.kind = SessionKind::Jitsi;
    appointment.serverProfileId = QStringLiteral("standin");
    appointment.roomName = RoomFactory().newRoomName();
    for (int i = 0; i < participants; ++i)
        appointment.participants.append(
            { QStringLiteral("Klient %1").arg(i + 1), {}, {}, QStringLiteral("de") });
    QString error;
    if (!m_workspace->appointments().save(appointment, &error))
        qWarning() << error;
    return {
        std::make_shared<const Appointment>(appointment), appointment.start, appointment.end, {}, {}, {}
    };
}

QStringList TestSessionLauncher::commandNames() const
{
    QStringList names;
    for (const QJsonObject& command : m_server->commands())
        names.append(command.value(QLatin1String("name")).toString());
    return names;
}

bool TestSessionLauncher::setUpBackupServer(StandInJitsiServer& backupServer)
{
    if (!backupServer.listen(m_certificates.serverConfiguration()))
        return false;
    backupServer.setTokenAuthentication(QStringLiteral("vieraugen"), QStringLiteral("jitsi"),
                                        "backup-secret");
    ServerProfile backup = *m_workspace->settings().serverProfile(QStringLiteral("standin"));
    backup.id = QStringLiteral("backup");
    backup.name = QStringLiteral("Ausweichserver");
    backup.baseUrl = backupServer.baseUrl();
    m_workspace->settings().saveServerProfile(backup);
    ServerProfile primary = *m_workspace->settings().serverProfile(QStringLiteral("standin"));
    primary.backupProfileId = backup.id;
    m_workspace->settings().saveServerProfile(primary);
    SecretReply* stored = m_secrets->write(backup.secretOwner(), QLatin1String(ServerProfile::appSecretName),
                                           QStringLiteral("backup-secret"));
    return QTest::qWaitFor([stored] { return stored->isFinished(); }, 10000) && stored->ok();
}

SessionWindow* TestSessionLauncher::switchToBackup(SessionWindow* window)
{
    SessionWindow* moved = nullptr;
    const QMetaObject::Connection connection
        = connect(m_launcher, &SessionLauncher::sessionWindowOpened, this,
                  [&moved](AbstractSessionWindow* opened) { moved = qobject_cast<SessionWindow*>(opened); });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window->findChild<QAction*>(QStringLiteral("backupServerAction"))->trigger();
    const bool opened = QTest::qWaitFor([&moved] { return moved != nullptr; }, 20000);
    disconnect(connection);
    if (!opened)
        return nullptr;
    QSignalSpy joined(moved, &SessionWindow::joined);
    return joined.wait(30000) ? moved : nullptr;
}

SessionWindow* TestSessionLauncher::start(const Occurrence& occurrence, SessionLauncher* launcher)
{
    if (!launcher)
        launcher = m_launcher;
    SessionWindow* window = nullptr;
    const QMetaObject::Connection connection = connect(
        launcher, &SessionLauncher::sessionWindowOpened, this,
        [&window](AbstractSessionWindow* opened) { window = qobject_cast<SessionWindow*>(opened); });
    launcher->start(occurrence);
    const bool opened = QTest::qWaitFor([&window] { return window != nullptr; }, 20000);
    disconnect(connection);
    if (!opened)
        return nullptr;
    return window;
}

SessionWindow* TestSessionLauncher::startAndJoin(const Occurrence& occurrence, SessionLauncher* launcher)
{
    SessionWindow* window = start(occurrence, launcher);
    if (!window)
        return nullptr;
    QSignalSpy joined(window, &SessionWindow::joined);
    if (!joined.wait(30000))
        return nullptr;
    return window;
}

void TestSessionLauncher::startLocksTheRoomAdmitsAndRecordsTheSession()
{
    const Occurrence occurrence = scheduled();
    SessionWindow* window = startAndJoin(occurrence);
    QVERIFY(window);
    QCOMPARE(m_launcher->windowFor(occurrence), window);
    // The window (and its status strip at the bottom) fits the screen, here offscreen's 800×600.
    QVERIFY2(window->screen()->availableGeometry().contains(window->geometry()),
             qPrintable(QStringLiteral("%1x%2").arg(window->width()).arg(window->height())));

    // Camera and microphone reached the meeting (granted to the server's origin only).
    QTRY_COMPARE(m_server->reports(QStringLiteral("media")).size(), 1);
    QCOMPARE(m_server->reports(QStringLiteral("media")).first().value(QLatin1String("granted")).toBool(),
             true);

    // Moderator from the token alone, then the room is locked and the lobby turned on.
    const QString password = window->plan().roomPassword;
    QVERIFY(RoomPassword::isWellFormed(password));
    // Then end-to-end encryption, once the server's config.js has been read.
    QTRY_COMPARE(commandNames(),
                 (QStringList { QStringLiteral("password"), QStringLiteral("toggle-lobby"),
                                QStringLiteral("toggle-e2ee") }));
    QCOMPARE(m_server->commands().at(0).value(QLatin1String("args")).toArray(), (QJsonArray { password }));
    QCOMPARE(m_server->commands().at(1).value(QLatin1String("args")).toArray(), (QJsonArray { true }));
    QVERIFY(window->meeting().isModerator());
    QTRY_VERIFY(window->findChild<QLabel*>(QStringLiteral("lobbyState"))->text().startsWith(QChar(0x2714)));
    // Jitsi confirms no lock through its IFrame API: set, never ticked.
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("lockState"))->text(),
             QStringLiteral("\u25CB Room password set"));
    QCOMPARE(m_workspace->appointments().find(occurrence.appointment->uid)->status,
             AppointmentStatus::Started);

    // A client knocks; the counselor admits from the native lobby panel.
    m_server->knock(QStringLiteral("guest42"), QStringLiteral("Herr Yilmaz"));
    QAbstractButton* admit = nullptr;
    QTRY_VERIFY((admit = window->findChild<QAbstractButton*>(QStringLiteral("admit-guest42"))));
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("lobbyPanel"))->isVisibleTo(window));
    admit->click();
    QTRY_COMPARE(commandNames().constLast(), QStringLiteral("answer-knocking-participant"));
    QCOMPARE(m_server->commands().constLast().value(QLatin1String("args")).toArray(),
             (QJsonArray { QStringLiteral("guest42"), true }));
    QTRY_COMPARE(window->meeting().participants().size(), 1);
    QTRY_COMPARE(window->findChild<QLabel*>(QStringLiteral("participantState"))->text(),
                 QStringLiteral("Participants: 2"));

    // Native controls reach the meeting.
    window->findChild<QAction*>(QStringLiteral("audioOnlyAction"))->trigger();
    window->findChild<QAction*>(QStringLiteral("quality180Action"))->trigger();
    QTRY_VERIFY(commandNames().contains(QStringLiteral("set-video-quality")));
    QTRY_VERIFY(window->meeting().isAudioOnly());
    QTRY_COMPARE(window->meeting().videoQuality(), MeetingSession::VideoQuality::Low);

    // Hang up: the meeting leaves, the window closes, the appointment is done with its times.
    m_workspace->clock().setTime(m_workspace->clock().nowUtc().addSecs(2700));
    QSignalSpy finished(window, &SessionWindow::finished);
    QSignalSpy said(m_launcher, &SessionLauncher::statusMessage);
    window->findChild<QAction*>(QStringLiteral("hangUpAction"))->trigger();
    QVERIFY(finished.wait(10000));
    // The meeting ends for everyone before the counselor leaves: no client stays alone in it.
    const QStringList sent = commandNames();
    QVERIFY(sent.contains(QStringLiteral("end-conference")));
    QVERIFY(sent.indexOf(QStringLiteral("end-conference")) < sent.indexOf(QStringLiteral("video-hangup")));
    const Appointment stored = *m_workspace->appointments().find(occurrence.appointment->uid);
    QCOMPARE(stored.status, AppointmentStatus::Done);
    QVERIFY(stored.sessionStarted && stored.sessionEnded);
    QCOMPARE(stored.sessionEnded->secsTo(*stored.sessionStarted), -2700);
    // Tester12's J22: the main window said nothing of how the session was recorded.
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.constLast().constFirst().toString(),
             QStringLiteral("\"Erstgespräch\" recorded as held (%1–%2). Undo with Ctrl+Z.")
                 .arg(stored.sessionStarted->toLocalTime().toString(QStringLiteral("HH:mm")),
                      stored.sessionEnded->toLocalTime().toString(QStringLiteral("HH:mm"))));
    // Begun and held are one step for Ctrl+Z in the calendar: it took three to take a session back.
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->text(0), QStringLiteral("Record the session of \"Erstgespräch\""));
    m_undoStack->undo();
    const Appointment undone = *m_workspace->appointments().find(occurrence.appointment->uid);
    QCOMPARE(undone.status, AppointmentStatus::Planned);
    QVERIFY(!undone.sessionStarted && !undone.sessionEnded);
    QTRY_VERIFY(!m_launcher->windowFor(occurrence));
}

void TestSessionLauncher::meetingReceivesTokenLanguageAndPrivacySettings()
{
    QVERIFY(startAndJoin(scheduled(4)));
    QTRY_COMPARE(m_server->reports(QStringLiteral("loaded")).size(), 1);
    const QJsonObject loaded = m_server->reports(QStringLiteral("loaded")).first();
    QCOMPARE(loaded.value(QLatin1String("verdict")).toObject().value(QLatin1String("moderator")).toBool(),
             true);
    QCOMPARE(loaded.value(QLatin1String("lang")).toString(), QStringLiteral("de"));
    QVERIFY(!loaded.value(QLatin1String("jwtInQuery")).toString().isEmpty());
    const QJsonObject config = loaded.value(QLatin1String("config")).toObject();
    for (const char* key : { "disableThirdPartyRequests", "disableInviteFunctions", "disableDeepLinking" })
        QVERIFY2(config.value(QLatin1String(key)).toBool(), key);
    QCOMPARE(config.value(QLatin1String("analytics")).toObject().value(QLatin1String("disabled")).toBool(),
             true);
    QCOMPARE(config.value(QLatin1String("gravatar")).toObject().value(QLatin1String("disabled")).toBool(),
             true);
    QCOMPARE(config.value(QLatin1String("prejoinConfig")).toObject().value(QLatin1String("enabled")).toBool(),
             true);
    // Five people with the counselor: video starts off.
    QCOMPARE(config.value(QLatin1String("startWithVideoMuted")).toBool(), true);
    QCOMPARE(
        loaded.value(QLatin1String("userInfo")).toObject().value(QLatin1String("displayName")).toString(),
        QStringLiteral("Frau Berger"));
}

void TestSessionLauncher::answersThePasswordWhenTheRoomAsksForIt()
{
    const Occurrence occurrence = scheduled();
    SessionWindow* window = startAndJoin(occurrence);
    QVERIFY(window);
    QTRY_COMPARE(commandNames().size(), 3);
    // As after a reconnect into the locked room.
    QSignalSpy joinedAgain(&window->meeting(), &MeetingSession::joined);
    m_server->requirePassword();
    QVERIFY(joinedAgain.wait(10000));
    QCOMPARE(m_server->commands().at(3).value(QLatin1String("name")).toString(), QStringLiteral("password"));
    QCOMPARE(m_server->commands().at(3).value(QLatin1String("args")).toArray(),
             (QJsonArray { window->plan().roomPassword }));
}

void TestSessionLauncher::nobodyJoinedCanBeRecordedAsNoShow()
{
    const Occurrence occurrence = scheduled();
    SessionWindow* window = startAndJoin(occurrence);
    QVERIFY(window);
    QSignalSpy finished(window, &SessionWindow::finished);
    MessageBox::setNextChoice(1);
    window->findChild<QAction*>(QStringLiteral("hangUpAction"))->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Nobody joined")));
    QCOMPARE(m_workspace->appointments().find(occurrence.appointment->uid)->status,
             AppointmentStatus::NoShow);
}

void TestSessionLauncher::cancellingNobodyJoinedRecordsNoAttendance()
{
    const Occurrence occurrence = scheduled();
    SessionWindow* window = startAndJoin(occurrence);
    QVERIFY(window);
    QSignalSpy finished(window, &SessionWindow::finished);
    MessageBox::setNextChoice(-1); // Cancel
    window->findChild<QAction*>(QStringLiteral("hangUpAction"))->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Nobody joined")));
    const Appointment stored = *m_workspace->appointments().find(occurrence.appointment->uid);
    QVERIFY(stored.status != AppointmentStatus::Done);
    QVERIFY(stored.status != AppointmentStatus::NoShow);
}

void TestSessionLauncher::hangingUpWithSomeoneInTheLobbyAsksFirstAndNeverSuggestsNoShow()
{
    // Ctrl+W with the client in the lobby hung up at once, and the question after it said "Nobody
    // joined" and offered to record that the client did not come.
    const Occurrence occurrence = scheduled();
    SessionWindow* window = startAndJoin(occurrence);
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    m_server->knock(QStringLiteral("guest1"), QStringLiteral("Jana Müller"));
    QTRY_COMPARE(window->meeting().knocking().size(), 1);
    auto* hangUp = window->findChild<QAction*>(QStringLiteral("hangUpAction"));
    MessageBox::setNextChoice(MessageBox::cancelIsDefault); // Stay
    hangUp->trigger();
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("Jana Müller is waiting in the lobby. Hanging up ends the "
                            "session, and nobody will let them in."));
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    window->findChild<QAction*>(QStringLiteral("leaveAction"))->trigger();
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("Jana Müller is waiting in the lobby. If you leave, nobody will let them in."));
    QCOMPARE(window->meeting().state(), MeetingSession::State::Joined);
    QVERIFY(!commandNames().contains(QStringLiteral("video-hangup")));

    // Under the privacy curtain the question says how many wait, and no name.
    m_server->knock(QStringLiteral("guest2"), QStringLiteral("Herr Yilmaz"));
    QTRY_COMPARE(window->meeting().knocking().size(), 2);
    m_launcher->setNamesHidden(true);
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    hangUp->trigger();
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("2 person(s) waiting in the lobby. Hanging up ends the "
                            "session, and nobody will let them in."));
    m_launcher->setNamesHidden(false);
    QVERIFY(!commandNames().contains(QStringLiteral("video-hangup")));

    // Hung up all the same: the client came, so the question does not offer "did not come".
    QSignalSpy finished(window, &SessionWindow::finished);
    MessageBox::setNextChoice(0); // Hang Up
    hangUp->trigger();
    MessageBox::setNextChoice(1); // the second answer, were "did not come" offered
    QVERIFY(finished.wait(10000));
    QVERIFY(commandNames().contains(QStringLiteral("end-conference")));
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("Someone waited in the lobby of \"Erstgespräch\" and was "
                            "not let in. Was the session held all the same?"));
    QCOMPARE(m_workspace->appointments().find(occurrence.appointment->uid)->status,
             AppointmentStatus::Started);
}

void TestSessionLauncher::anEndedCallIsAskedAboutOnceAndCancelWritesNothing()
{
    // Calls and links end outside Vieraugen: when their time is over, the counselor is asked.
    const auto startedCall = [this](const QString& title, qint64 endsInSeconds) {
        Appointment call;
        call.title = title;
        call.kind = SessionKind::Phone;
        call.end = m_workspace->clock().nowUtc().addSecs(endsInSeconds);
        call.start = call.end.addSecs(-3000);
        call.timeZone = QStringLiteral("Europe/Berlin");
        call.status = AppointmentStatus::Started;
        call.participants
            = { Participant { QStringLiteral("Klient"), {}, QStringLiteral("+4915112345678") } };
        QString error;
        if (!m_workspace->appointments().save(call, &error))
            qWarning() << error;
        return call.uid;
    };
    const QString running = startedCall(QStringLiteral("Läuft noch"), 600);
    const QString over = startedCall(QStringLiteral("Telefonat"), -60);
    // Not while the counselor types in a dialog: the question took the keyboard, and a space typed
    // into the notes answered it.
    {
        QDialog typing;
        auto* notes = new QLineEdit(&typing);
        typing.setModal(true);
        typing.show();
        notes->setFocus();
        QTRY_VERIFY(QApplication::activeModalWidget() == &typing);
        MessageBox::setNextChoice(1);
        m_launcher->askAboutEndedSessions();
        QCOMPARE(m_workspace->appointments().find(over)->status, AppointmentStatus::Started);
    }
    m_launcher->askAboutEndedSessions();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Telefonat")));
    QCOMPARE(m_workspace->appointments().find(over)->status, AppointmentStatus::NoShow);
    QCOMPARE(m_workspace->appointments().find(running)->status, AppointmentStatus::Started);

    const QString unanswered = startedCall(QStringLiteral("Rückruf"), -30);
    MessageBox::setNextChoice(-1); // Cancel
    m_launcher->askAboutEndedSessions();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Rückruf")));
    QCOMPARE(m_workspace->appointments().find(unanswered)->status, AppointmentStatus::Started);
    // Asked once: the answer prepared for another question is still unused afterwards.
    MessageBox::setNextChoice(0);
    m_launcher->askAboutEndedSessions();
    QCOMPARE(m_workspace->appointments().find(unanswered)->status, AppointmentStatus::Started);
    QCOMPARE(MessageBox::choose(nullptr, {}, QStringLiteral("unused"), { QStringLiteral("one") }), 0);
}

void TestSessionLauncher::aCallShowsTheNumberToDialAndRecordsOnlyACallBegun()
{
    // Tester11's H26: Start on a phone appointment handed "tel:" to a desktop with no phone
    // program; nothing rang, the number was nowhere to be seen, and the call was marked as begun.
    Appointment call;
    call.title = QStringLiteral("Rückruf");
    call.kind = SessionKind::Phone;
    call.start = m_workspace->clock().nowUtc().addSecs(60);
    call.end = call.start.addSecs(3000);
    call.timeZone = QStringLiteral("Europe/Berlin");
    call.participants
        = { Participant { QStringLiteral("Jana Müller"), {}, QStringLiteral("+4915112345678") } };
    QString error;
    QVERIFY2(m_workspace->appointments().save(call, &error), qPrintable(error));
    const Occurrence occurrence {
        std::make_shared<const Appointment>(call), call.start, call.end, {}, {}, {}
    };
    const auto status = [this, &call] { return m_workspace->appointments().find(call.uid)->status; };

    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    m_launcher->start(occurrence);
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("Call Jana Müller on 0151 12345678. Once the call has begun, say so here "
                            "and the appointment is marked as begun."));
    QCOMPARE(status(), AppointmentStatus::Planned);

    MessageBox::setNextChoice(1); // dialled on the desk phone
    m_launcher->start(occurrence);
    QCOMPARE(status(), AppointmentStatus::Started);

    // With a phone program, it dials.
    call.status = AppointmentStatus::Planned;
    QVERIFY2(m_workspace->appointments().save(call, &error), qPrintable(error));
    QList<QUrl> dialled;
    LinkProgramStandIn phoneProgram(dialled);
    QDesktopServices::setUrlHandler(QStringLiteral("tel"), &phoneProgram, "open");
    MessageBox::setNextChoice(0);
    m_launcher->start(occurrence);
    QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
    QCOMPARE(dialled, QList<QUrl> { QUrl(QStringLiteral("tel:+4915112345678")) });
    // Tester12's H26: the call was recorded as begun as soon as the phone program had the number,
    // whether or not anyone answered. Now it is asked once the counselor is back from the phone program.
    QCOMPARE(status(), AppointmentStatus::Planned);
    const auto comeBack = [this] {
        QEvent away(QEvent::WindowDeactivate);
        QApplication::sendEvent(m_mainWindow.get(), &away);
        QEvent back(QEvent::WindowActivate);
        QApplication::sendEvent(m_mainWindow.get(), &back);
        QCoreApplication::processEvents();
    };
    // Activated again as the call dialog closed, before the phone program took over: nothing asked yet.
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    MessageBox::choose(nullptr, {}, QStringLiteral("nothing asked yet"), { QStringLiteral("one") });
    QEvent activated(QEvent::WindowActivate);
    QApplication::sendEvent(m_mainWindow.get(), &activated);
    QCoreApplication::processEvents();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("nothing asked yet"));
    MessageBox::setNextChoice(MessageBox::cancelIsDefault); // Not Yet
    comeBack();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Has the call with Jana Müller on 0151 12345678 begun?"));
    QCOMPARE(status(), AppointmentStatus::Planned);
    // Not asked again: Start offers "The Call Has Begun".
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    MessageBox::choose(nullptr, {}, QStringLiteral("nothing asked since"), { QStringLiteral("one") });
    comeBack();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("nothing asked since"));

    QDesktopServices::setUrlHandler(QStringLiteral("tel"), &phoneProgram, "open");
    MessageBox::setNextChoice(0);
    m_launcher->start(occurrence);
    QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
    MessageBox::setNextChoice(0); // The Call Has Begun
    comeBack();
    QCOMPARE(status(), AppointmentStatus::Started);
}

void TestSessionLauncher::unreachableServerOffersRejoinAndRecordsNothing()
{
    ServerProfile gone = *m_workspace->settings().serverProfile(QStringLiteral("standin"));
    gone.auth = ServerProfile::AuthMode::None;
    gone.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9/")); // discard port: nothing listens
    m_workspace->settings().saveServerProfile(gone);
    SessionWindow* window = start(scheduled());
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->meeting().state(), MeetingSession::State::Failed, 20000);
    // In words, naming the server; no technical message, no backup server that does not exist.
    const QString notice = window->findChild<QLabel*>(QStringLiteral("sessionNotice"))->text();
    QVERIFY2(notice.startsWith(QLatin1String("The video server \"Stand-in\" does not answer.")),
             qPrintable(notice));
    QVERIFY2(!notice.contains(QLatin1String(".js")) && !notice.contains(QLatin1String("backup")),
             qPrintable(notice));
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("rejoinButton"))->isVisibleTo(window));
    // The hint links to the help page about connection problems.
    QSignalSpy help(m_launcher, &SessionLauncher::helpRequested);
    auto* helpButton = window->findChild<QAbstractButton*>(QStringLiteral("noticeHelpButton"));
    QVERIFY(helpButton->isVisibleTo(window));
    helpButton->click();
    QCOMPARE(help.size(), 1);
    QCOMPARE(help.first().at(0).toString(), QStringLiteral("quality"));

    // Closed without ever getting in: nobody is asked whether the client came, nothing is recorded.
    const QString uid = window->plan().occurrence.appointment->uid;
    bool asked = false;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&asked] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = true;
            box->reject();
        }
    });
    answerer.start(20);
    QSignalSpy finished(window, &SessionWindow::finished);
    QSignalSpy said(m_launcher, &SessionLauncher::statusMessage);
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QVERIFY(!asked);
    QCOMPARE(m_workspace->appointments().find(uid)->status, AppointmentStatus::Planned);
    QVERIFY(!m_workspace->appointments().find(uid)->sessionEnded);
    QVERIFY(!said.isEmpty());
    QVERIFY(said.last().at(0).toString().contains(QLatin1String("never connected")));
}

void TestSessionLauncher::startFarFromThePlannedTimeIsAskedFirst()
{
    // The test user's finding: Start on tomorrow's appointment opened it without a word.
    Appointment meeting;
    meeting.title = QStringLiteral("Paarberatung");
    meeting.kind = SessionKind::InPerson;
    meeting.timeZone = QStringLiteral("Europe/Berlin");
    const QDateTime now = m_workspace->clock().nowUtc();
    const QDateTime tomorrow(now.toLocalTime().date().addDays(1), QTime(10, 0));
    meeting.start = tomorrow.toUTC();
    meeting.end = meeting.start.addSecs(3000);
    QString error;
    QVERIFY2(m_workspace->appointments().save(meeting, &error), qPrintable(error));
    const Occurrence occurrence = *m_workspace->appointments().occurrenceOf(meeting.uid, {});

    MessageBox::setNextChoice(-1); // Cancel, the default
    m_launcher->start(occurrence);
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("\"Paarberatung\" is planned for tomorrow at 10:00")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(m_workspace->appointments().find(meeting.uid)->status, AppointmentStatus::Planned);
    MessageBox::setNextChoice(0); // Start Now
    QSignalSpy said(m_launcher, &SessionLauncher::statusMessage);
    m_launcher->start(occurrence);
    QCOMPARE(m_workspace->appointments().find(meeting.uid)->status, AppointmentStatus::Started);
    // Nothing opens for an appointment in person: it says what Start did.
    QCOMPARE(said.size(), 1);
    QVERIFY(said.constFirst().constFirst().toString().contains(QLatin1String("marked as begun")));

    // Within half an hour of its time, Start just starts.
    Appointment soon = meeting;
    soon.uid.clear();
    soon.id = 0;
    soon.start = now.addSecs(20 * 60);
    soon.end = soon.start.addSecs(3000);
    QVERIFY2(m_workspace->appointments().save(soon, &error), qPrintable(error));
    MessageBox::setNextChoice(-1);
    m_launcher->start(*m_workspace->appointments().occurrenceOf(soon.uid, {}));
    QCOMPARE(m_workspace->appointments().find(soon.uid)->status, AppointmentStatus::Started);
    QCOMPARE(MessageBox::choose(nullptr, {}, QStringLiteral("unused"), { QStringLiteral("one") }), -1);

    // When the start cannot be saved (the appointment was deleted meanwhile, say by a colleague
    // through the team calendar), the error says so, nothing claims the appointment was marked as
    // begun, and it does not come back.
    const Occurrence deleted = *m_workspace->appointments().occurrenceOf(soon.uid, {});
    QVERIFY(m_workspace->appointments().remove(soon.uid, &error));
    said.clear();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_launcher->start(deleted);
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("\"Paarberatung\" was deleted meanwhile, so nothing was saved for it."));
    QVERIFY(said.isEmpty());
    QVERIFY(!m_workspace->appointments().find(soon.uid));
}

// A held session started again by mistake became "started", and a hang-up without anyone turned it
// into a no-show: the client's record said she had not come.
void TestSessionLauncher::allDayAndDistantDatesAreAskedAboutInWordsThatFit()
{
    // "„Fortbildung“ ist für am Montag, 7. Dezember um 00:00 geplant": an all-day date's question
    // named a time, and a date beyond tomorrow read "for on …".
    const QDate today = m_workspace->clock().nowUtc().toLocalTime().date();
    const auto saved = [this](const QString& title, const auto& when) {
        Appointment appointment;
        appointment.title = title;
        appointment.kind = SessionKind::InPerson;
        when(appointment);
        QString error;
        if (!m_workspace->appointments().save(appointment, &error))
            qWarning() << error;
        return *m_workspace->appointments().occurrenceOf(appointment.uid, {});
    };
    const auto allDay = [](const QDate& first) {
        return [first](Appointment& appointment) {
            appointment.setAllDayDates(first, first.addDays(1), QStringLiteral("Europe/Berlin"));
        };
    };
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    m_launcher->start(saved(QStringLiteral("Fortbildung"), allDay(today.addDays(1))));
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("\"Fortbildung\" is planned for tomorrow. Start its session now anyway?"));
    const QDate nextWeek = today.addDays(7);
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    m_launcher->start(saved(QStringLiteral("Klausurtag"), allDay(nextWeek)));
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("\"Klausurtag\" is planned for %1. Start its session now anyway?")
                 .arg(QLocale().toString(nextWeek, QLocale::LongFormat)));
    // Today's is near all day long.
    const Occurrence todays = saved(QStringLiteral("Teamtag"), allDay(today));
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    m_launcher->start(todays);
    QCOMPARE(m_workspace->appointments().find(todays.appointment->uid)->status, AppointmentStatus::Started);
    QCOMPARE(MessageBox::choose(nullptr, {}, QStringLiteral("unused"), { QStringLiteral("one") }),
             MessageBox::cancelIsDefault);

    const Occurrence distant = saved(QStringLiteral("Paarberatung"), [nextWeek](Appointment& appointment) {
        QString error;
        appointment.setLocalTimes(nextWeek, QTime(10, 0), QTime(10, 50), QStringLiteral("Europe/Berlin"),
                                  &error);
    });
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    m_launcher->start(distant);
    QVERIFY2(MessageBox::lastText().startsWith(
                 QStringLiteral("\"Paarberatung\" is planned for %1 at 10:00, in 7 days.")
                     .arg(QLocale().toString(nextWeek, QLocale::LongFormat))),
             qPrintable(MessageBox::lastText()));
}

void TestSessionLauncher::whatRefusesAStartIsSaidBeforeAnyQuestion()
{
    // Asked whether to start next week's session, and then told it could not start.
    Appointment noRoom = *scheduled().appointment;
    noRoom.roomName.clear();
    noRoom.start = noRoom.start.addDays(7);
    noRoom.end = noRoom.end.addDays(7);
    QString error;
    QVERIFY2(m_workspace->appointments().save(noRoom, &error), qPrintable(error));
    MessageBox::setNextChoice(0); // Start Now, were it asked
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_launcher->start(*m_workspace->appointments().occurrenceOf(noRoom.uid, {}));
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("\"Erstgespräch\" has no valid room. Open the appointment "
                            "and save it to give it a new room."));
    QCOMPARE(MessageBox::choose(nullptr, {}, QStringLiteral("unused"), { QStringLiteral("one") }), 0);

    // Tester13's K1: „… in 36 Stunden. Die Sitzung trotzdem jetzt starten?“, and after „Jetzt
    // starten“ the server's rule: it can be started only 60 minutes before it begins.
    Appointment early = *scheduled().appointment;
    early.uid.clear();
    early.id = 0;
    early.roomName = RoomFactory().newRoomName();
    early.start = early.start.addSecs(36 * 3600);
    early.end = early.end.addSecs(36 * 3600);
    QVERIFY2(m_workspace->appointments().save(early, &error), qPrintable(error));
    MessageBox::setNextChoice(0); // Start Now, were it asked
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_launcher->start(*m_workspace->appointments().occurrenceOf(early.uid, {}));
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("This session can be started from")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(MessageBox::choose(nullptr, {}, QStringLiteral("unused"), { QStringLiteral("one") }), 0);
    QVERIFY(!m_launcher->windowFor(*m_workspace->appointments().occurrenceOf(early.uid, {})));
}

void TestSessionLauncher::aHeldSessionStartedAgainIsAskedAndStaysHeld()
{
    Appointment held;
    held.title = QStringLiteral("Erstgespräch");
    held.kind = SessionKind::InPerson;
    held.timeZone = QStringLiteral("Europe/Berlin");
    held.start = m_workspace->clock().nowUtc().addSecs(10 * 60);
    held.end = held.start.addSecs(3000);
    held.status = AppointmentStatus::Done;
    held.sessionStarted = m_workspace->clock().nowUtc().addSecs(-30 * 60);
    QString error;
    QVERIFY2(m_workspace->appointments().save(held, &error), qPrintable(error));
    const Occurrence occurrence = *m_workspace->appointments().occurrenceOf(held.uid, {});

    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    m_launcher->start(occurrence);
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("\"Erstgespräch\" is already recorded as \"held\"")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(m_workspace->appointments().find(held.uid)->status, AppointmentStatus::Done);

    MessageBox::setNextChoice(0); // Start Again
    m_launcher->start(occurrence);
    const Appointment stored = *m_workspace->appointments().find(held.uid);
    QCOMPARE(stored.status, AppointmentStatus::Done);
    QCOMPARE(stored.sessionStarted, held.sessionStarted);
}

// Asked under the privacy curtain, the question (it names the appointment) opened covered and modal:
// a tiny empty box, and not even the curtain's Show answered.
void TestSessionLauncher::nobodyJoinedIsAskedOnlyOnceTheCurtainIsUp()
{
    const Occurrence occurrence = scheduled();
    SessionWindow* window = startAndJoin(occurrence);
    QVERIFY(window);
    m_launcher->setNamesHidden(true);
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    MessageBox::choose(nullptr, {}, QStringLiteral("nothing asked yet"), { QStringLiteral("one") });
    QSignalSpy finished(window, &SessionWindow::finished);
    MessageBox::setNextChoice(1); // "Client did not come", once asked
    window->findChild<QAction*>(QStringLiteral("hangUpAction"))->trigger();
    QVERIFY(finished.wait(10000));
    QTest::qWait(50);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("nothing asked yet"));
    QCOMPARE(m_workspace->appointments().find(occurrence.appointment->uid)->status,
             AppointmentStatus::Started);

    m_launcher->setNamesHidden(false);
    QTRY_VERIFY(MessageBox::lastText().contains(QLatin1String("Nobody joined")));
    QCOMPARE(m_workspace->appointments().find(occurrence.appointment->uid)->status,
             AppointmentStatus::NoShow);
}

void TestSessionLauncher::crashedMeetingViewOffersRejoin()
{
#ifdef Q_OS_UNIX
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    QTRY_COMPARE(commandNames().size(), 3);
    const qint64 renderer = window->page().renderProcessPid();
    QVERIFY(renderer > 0);
    ::kill(pid_t(renderer), SIGKILL);
    auto* rejoin = window->findChild<QAbstractButton*>(QStringLiteral("rejoinButton"));
    QTRY_VERIFY_WITH_TIMEOUT(rejoin->isVisibleTo(window), 10000);
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("sessionNotice"))
                ->text()
                .contains(QLatin1String("Rejoin")));
    QSignalSpy joinedAgain(window, &SessionWindow::joined);
    rejoin->click();
    QVERIFY(joinedAgain.wait(20000));
    // The room is secured again by the new meeting.
    QTRY_COMPARE(commandNames().size(), 6);
    QCOMPARE(commandNames().mid(3),
             (QStringList { QStringLiteral("password"), QStringLiteral("toggle-lobby"),
                            QStringLiteral("toggle-e2ee") }));
    QVERIFY(!rejoin->isVisibleTo(window));
#else
    QSKIP("kills the renderer process with a POSIX signal");
#endif
}

void TestSessionLauncher::warmUpLoadsTheIFrameApiAhead()
{
    const Occurrence occurrence = scheduled();
    QSignalSpy attention(m_launcher, &SessionLauncher::attentionRequested);
    m_launcher->warmUpFor(occurrence);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->scriptLoads() >= 1, 20000);
    // The healthy server passes its check (which fetches the script once more, uncached); what
    // remains is the offer to test camera and microphone, once.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::count_if(m_server->requests().cbegin(), m_server->requests().cend(),
                      [](const LocalHttpServer::Request& r) { return r.method == "HEAD"; })
            == ServerCheck::latencySamples,
        20000);
    QTRY_COMPARE(attention.size(), 1);
    QVERIFY2(attention.first().at(1).toString().startsWith(
                 QLatin1String("Test camera, microphone and connection")),
             qPrintable(attention.first().at(1).toString()));
    m_launcher->warmUpFor(occurrence);
    QTest::qWait(200);
    QCOMPARE(attention.size(), 1);
    QCOMPARE(m_server->meetingPageLoads(), 0);
    QVERIFY(m_launcher->isWarm());
    QTRY_COMPARE(m_server->scriptLoads(), 2);
    QVERIFY(startAndJoin(occurrence));
    QVERIFY(!m_launcher->isWarm());
    // The script came from the warm page (and the browser's cache), not from the server again.
    QCOMPARE(m_server->scriptLoads(), 2);
    QCOMPARE(m_server->meetingPageLoads(), 1);
}

void TestSessionLauncher::backupServerTakesOverWithANewRoom()
{
    StandInJitsiServer backupServer;
    QVERIFY(setUpBackupServer(backupServer));
    const Occurrence occurrence = scheduled();
    SessionWindow* first = startAndJoin(occurrence);
    QVERIFY(first);
    QTRY_COMPARE(commandNames().size(), 3);
    const QString password = first->plan().roomPassword;
    QPointer<SessionWindow> old(first);
    QSignalSpy invite(m_launcher, &SessionLauncher::inviteRequested);
    SessionWindow* second = switchToBackup(first);
    QVERIFY(second);
    // The backup server's room is secured with the same password; the old window is gone.
    QTRY_COMPARE(backupServer.commands().size(), 3);
    QCOMPARE(backupServer.commands().first().value(QLatin1String("args")).toArray(),
             (QJsonArray { password }));
    QTRY_VERIFY(old.isNull());
    const Appointment moved = *m_workspace->appointments().find(occurrence.appointment->uid);
    QCOMPARE(moved.serverProfileId, QStringLiteral("backup"));
    QVERIFY(moved.roomName != occurrence.appointment->roomName);
    QCOMPARE(second->plan().roomName, moved.roomName);
    QCOMPARE(moved.status, AppointmentStatus::Started); // the session goes on, it did not end
    QCOMPARE(invite.size(), 1); // offers "Send new link"
    // The move is a step of its own for Ctrl+Z.
    QCOMPARE(m_undoStack->text(m_undoStack->index() - 1),
             QStringLiteral("Move \"Erstgespräch\" to the backup server"));
}

void TestSessionLauncher::backupServerMovesOnlyThisDateOfASeries()
{
    StandInJitsiServer backupServer;
    QVERIFY(setUpBackupServer(backupServer));
    Appointment series;
    series.title = QStringLiteral("Wöchentliche Beratung");
    series.start = m_workspace->clock().nowUtc().addSecs(300);
    series.end = series.start.addSecs(3000);
    series.timeZone = QStringLiteral("Europe/Berlin");
    series.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    series.kind = SessionKind::Jitsi;
    series.serverProfileId = QStringLiteral("standin");
    series.roomName = RoomFactory().newRoomName();
    series.participants.append({ QStringLiteral("Klientin"), {}, {}, QStringLiteral("de") });
    QString error;
    QVERIFY2(m_workspace->appointments().save(series, &error), qPrintable(error));
    const Appointment master = *m_workspace->appointments().find(series.uid);
    const std::optional<Occurrence> today
        = m_workspace->appointments().occurrenceOf(series.uid, series.start);
    QVERIFY(today);

    SessionWindow* first = startAndJoin(*today);
    QVERIFY(first);
    QList<Occurrence> invited;
    connect(m_launcher, &SessionLauncher::inviteRequested, this,
            [&invited](const Occurrence& occurrence) { invited.append(occurrence); });
    SessionWindow* moved = switchToBackup(first);
    QVERIFY(moved);
    QCOMPARE(moved->plan().server.id, QStringLiteral("backup"));
    const QString backupRoom = moved->plan().roomName;
    QVERIFY(backupRoom != series.roomName);

    // The series keeps its server and room: links sent for the other dates still work.
    const Appointment stored = *m_workspace->appointments().find(series.uid);
    QCOMPARE(stored.serverProfileId, QStringLiteral("standin"));
    QCOMPARE(stored.roomName, series.roomName);
    QCOMPARE(stored.rrule, master.rrule);
    const std::optional<Occurrence> nextWeek
        = m_workspace->appointments().occurrenceOf(series.uid, series.start.addDays(7));
    QVERIFY(nextWeek);
    QCOMPARE(nextWeek->appointment->serverProfileId, QStringLiteral("standin"));
    QCOMPARE(nextWeek->appointment->roomName, series.roomName);
    // Only this date moved, and the new link offered is for it.
    const std::optional<Occurrence> thisDate
        = m_workspace->appointments().occurrenceOf(series.uid, series.start);
    QCOMPARE(thisDate->appointment->serverProfileId, QStringLiteral("backup"));
    QCOMPARE(thisDate->appointment->roomName, backupRoom);
    QCOMPARE(invited.size(), 1);
    QCOMPARE(invited.first().appointment->roomName, backupRoom);
    QCOMPARE(invited.first().recurrenceId, series.start);
}

void TestSessionLauncher::safeguardsTheMeetingRefusesOrIgnoresAreWarnedAbout()
{
    m_server->refuseCommands({ QStringLiteral("password") });
    m_server->ignoreCommands({ QStringLiteral("toggle-lobby") });
    m_confirmationTimeoutMs = 1000;
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    const auto label
        = [window](const char* name) { return window->findChild<QLabel*>(QLatin1String(name))->text(); };
    QTRY_COMPARE(label("lockState"), QStringLiteral("\u26A0 Room not locked"));
    QTRY_COMPARE_WITH_TIMEOUT(label("lobbyState"), QStringLiteral("\u26A0 Lobby not confirmed"), 10000);
    QCOMPARE(label("moderatorState"), QStringLiteral("\u2714 Moderator"));
    const QString notice = window->findChild<QLabel*>(QStringLiteral("sessionNotice"))->text();
    QVERIFY(notice.contains(QLatin1String("lobby")));
    QVERIFY(notice.contains(QLatin1String("The meeting refused to lock the room")));
    auto* tryAgain = window->findChild<QAbstractButton*>(QStringLiteral("tryAgainButton"));
    QVERIFY(tryAgain->isVisibleTo(window));

    // Try again asks the meeting once more; it still does not confirm, so no tick.
    const int sent = int(commandNames().count(QStringLiteral("toggle-lobby")));
    tryAgain->click();
    QCOMPARE(label("lobbyState"), QStringLiteral("\u25CB Lobby requested…"));
    QCOMPARE(label("lockState"), QStringLiteral("\u25CB Room password set"));
    QTRY_COMPARE(commandNames().count(QStringLiteral("toggle-lobby")), sent + 1);
    QCOMPARE(commandNames().count(QStringLiteral("password")), 2);
    QTRY_COMPARE(label("lockState"), QStringLiteral("\u26A0 Room not locked"));
    QTRY_COMPARE_WITH_TIMEOUT(label("lobbyState"), QStringLiteral("\u26A0 Lobby not confirmed"), 10000);
}

void TestSessionLauncher::notMadeModeratorWarnsAndTriesAgainByRejoining()
{
    // A server that ignores the token's moderator claim: everyone joins as a guest.
    m_server->setTokenAuthentication(QStringLiteral("vieraugen"), QStringLiteral("jitsi"), {});
    m_confirmationTimeoutMs = 1000;
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    const auto label
        = [window](const char* name) { return window->findChild<QLabel*>(QLatin1String(name))->text(); };
    QCOMPARE(label("moderatorState"), QStringLiteral("\u25CB Moderator requested…"));
    QTRY_COMPARE_WITH_TIMEOUT(label("moderatorState"), QStringLiteral("\u26A0 Not moderator"), 10000);
    QCOMPARE(label("lockState"), QStringLiteral("\u25CB Room lock"));
    QCOMPARE(label("lobbyState"), QStringLiteral("\u25CB Lobby"));
    QVERIFY(m_server->commands().isEmpty());
    auto* tryAgain = window->findChild<QAbstractButton*>(QStringLiteral("tryAgainButton"));
    QVERIFY(tryAgain->isVisibleTo(window));
    QSignalSpy joined(window, &SessionWindow::joined);
    tryAgain->click();
    QVERIFY(joined.wait(30000));
    QCOMPARE(label("moderatorState"), QStringLiteral("\u25CB Moderator requested…"));
}

void TestSessionLauncher::recordingByAnyoneCannotBeMissedIsStoppedAndRecorded()
{
    const Occurrence occurrence = scheduled();
    SessionWindow* window = startAndJoin(occurrence);
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    auto* banner = window->findChild<QWidget*>(QStringLiteral("captureBanner"));
    QVERIFY(!banner->isVisibleTo(window));
    QSignalSpy attention(window, &SessionWindow::attentionRequested);

    // Someone in the meeting starts a recording (Jitsi's event after Jibri started).
    m_server->emitEvent(
        QStringLiteral("recording-status-changed"),
        { { QStringLiteral("on"), true }, { QStringLiteral("mode"), QStringLiteral("file") } });
    QTRY_VERIFY(banner->isVisibleTo(window));
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("captureText"))->text(),
             QStringLiteral("\u26A0 Someone started recording this session."));
    QCOMPARE(attention.size(), 1);
    // Recorded with the appointment as a fact: when and what, nothing else.
    const Appointment stored = *m_workspace->appointments().find(occurrence.appointment->uid);
    QCOMPARE(stored.sessionFacts.size(), 1);
    QCOMPARE(stored.sessionFacts.first().kind, SessionFact::Kind::Recording);
    QCOMPARE(stored.sessionFacts.first().at, m_workspace->clock().nowUtc());

    // The moderator stops it; the band goes once the meeting says it stopped.
    auto* stop = window->findChild<QAbstractButton*>(QStringLiteral("stopCaptureButton"));
    QVERIFY(stop->isVisibleTo(window));
    // Tester13's K18: a screen reader heard only "Beenden", not what it ends.
    QCOMPARE(stop->accessibleName(), QStringLiteral("Stop the recording, live stream or transcription"));
    stop->click();
    QTRY_COMPARE(commandNames().constLast(), QStringLiteral("stop-recording"));
    QCOMPARE(m_server->commands().constLast().value(QLatin1String("args")).toArray(),
             QJsonArray { QStringLiteral("file") });
    QTRY_VERIFY(!banner->isVisibleTo(window));

    // Its record goes back with Ctrl+Z, in one step with the session's begun.
    QCOMPARE(m_undoStack->count(), 1);
    m_undoStack->undo();
    QVERIFY(m_workspace->appointments().find(occurrence.appointment->uid)->sessionFacts.isEmpty());
}

void TestSessionLauncher::timerShowsElapsedOfPlannedAndCuesQuietlyBeforeTheEnd()
{
    // Planned 50 minutes, from five minutes from now; the counselor joins early.
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    auto* timer = window->findChild<QLabel*>(QStringLiteral("sessionTimer"));
    QTRY_COMPARE(timer->text(), QStringLiteral("0:00 of 50 min"));
    QSignalSpy attention(window, &SessionWindow::attentionRequested);
    m_workspace->clock().advance(49 * 60 * 1000);
    QTRY_COMPARE(timer->text(), QStringLiteral("49:00 of 50 min"));
    QVERIFY(window->statusBar()->currentMessage().isEmpty());
    // Tester13's K4: the label renamed itself every second for screen readers, 60 events a minute.
    // The text ticks; what a screen reader reads changes per minute.
    m_workspace->clock().advance(1000);
    QTRY_COMPARE(timer->text(), QStringLiteral("49:01 of 50 min"));
    QCOMPARE(QAccessible::queryAccessibleInterface(timer)->text(QAccessible::Name),
             QStringLiteral("49:00 of 50 min"));
    // Five minutes before the planned end (55 minutes from the start of the test).
    m_workspace->clock().advance(60 * 1000);
    // (Without a catalogue loaded, the plural shows as written in the source: "minute(s)".)
    QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(QLatin1String("5 minute")));
    QVERIFY(window->statusBar()->currentMessage().endsWith(QLatin1String("left in this session.")));
    QVERIFY(timer->font().bold());
    QCOMPARE(attention.size(), 0); // quiet: no notification
}

void TestSessionLauncher::leavingWithOthersStayingDoesNotEndTheMeeting()
{
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    QSignalSpy finished(window, &SessionWindow::finished);
    QSignalSpy said(m_launcher, &SessionLauncher::statusMessage);
    MessageBox::setNextChoice(0); // "Held", for "Nobody joined"
    window->findChild<QAction*>(QStringLiteral("leaveAction"))->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY(commandNames().contains(QStringLiteral("video-hangup")));
    QVERIFY(!commandNames().contains(QStringLiteral("end-conference")));
    // The main window says how it was recorded, also after leaving with others staying (J22).
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.constLast().constFirst().toString().startsWith(
                 QStringLiteral("\"Erstgespräch\" recorded as held (")),
             qPrintable(said.constLast().constFirst().toString()));
}

void TestSessionLauncher::openingInTheBrowserLeavesOnlyOnceABrowserHasIt()
{
    // On a computer without a browser, "Open in My Browser Instead" took the counselor out of the
    // session, opened nothing, and left the client alone in the room.
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    auto* openInBrowser = window->findChild<QAction*>(QStringLiteral("openInBrowserAction"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    openInBrowser->trigger(); // the offscreen platform has no browser
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("No web browser is set up on this computer, so the session stays here."));
    QCOMPARE(window->meeting().state(), MeetingSession::State::Joined);

    // With a browser, the browser joins as the moderator and this window leaves, the others staying.
    QList<QUrl> opened;
    LinkProgramStandIn browser(opened);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    QSignalSpy finished(window, &SessionWindow::finished);
    MessageBox::setNextChoice(0); // "Held", for "Nobody joined"
    openInBrowser->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.constFirst().toString().contains(QLatin1String("jwt=")));
    QVERIFY(finished.wait(10000));
    QVERIFY(commandNames().contains(QStringLiteral("video-hangup")));
    QVERIFY(!commandNames().contains(QStringLiteral("end-conference")));
}

void TestSessionLauncher::quittingDuringASessionAsksFirst()
{
    // Ctrl+Q in the main window (next to Ctrl+W) quit at once and ended the session for the client.
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    MessageBox::choose(nullptr, {}, QStringLiteral("nothing asked yet"), { QStringLiteral("one") });
    QVERIFY(m_launcher->mayQuit());
    QCOMPARE(MessageBox::lastText(), QStringLiteral("nothing asked yet"));

    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    QVERIFY(!m_launcher->mayQuit());
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("\"Erstgespräch\" is still running. Quitting Vieraugen "
                            "ends the session for everyone taking part."));
    QVERIFY(window->isVisible());
    QVERIFY(!commandNames().contains(QStringLiteral("video-hangup")));

    // Under the privacy curtain the question names no appointment.
    m_launcher->setNamesHidden(true);
    MessageBox::setNextChoice(0); // Quit and End the Session
    QVERIFY(m_launcher->mayQuit());
    QVERIFY(MessageBox::lastText().contains(QLatin1String("still running")));
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("Erstgespräch")));
    m_launcher->setNamesHidden(false);
}

void TestSessionLauncher::closingTheSessionWindowAsksFirst()
{
    // Its ✕ (or Alt+F4) ended the meeting for the client too, without a word.
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    MessageBox::setNextChoice(MessageBox::cancelIsDefault); // Stay
    QVERIFY(!window->close());
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("Closing this window ends the session for everyone taking part."));
    QVERIFY(window->isVisible());
    QCOMPARE(window->meeting().state(), MeetingSession::State::Joined);
    QVERIFY(!commandNames().contains(QStringLiteral("video-hangup")));

    // Quitting asks once: as Vieraugen closes the window then, nothing more is asked.
    MessageBox::setNextChoice(0); // Quit and End the Session
    QVERIFY(m_launcher->mayQuit());
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    MessageBox::choose(nullptr, {}, QStringLiteral("nothing asked since"), { QStringLiteral("one") });
    QSignalSpy finished(window, &SessionWindow::finished);
    window->close();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("nothing asked since"));
    MessageBox::setNextChoice(MessageBox::cancelIsDefault); // "Nobody joined": decide later
    QVERIFY(finished.wait(10000));
    QVERIFY(commandNames().contains(QStringLiteral("end-conference")));
}

bool TestSessionLauncher::questionClosesWhenTheMeetingEnds(const std::function<void()>& ask)
{
    bool closedByItself = false;
    QTimer::singleShot(0, this, [this, &closedByItself] {
        QPointer<QWidget> question;
        if (!QTest::qWaitFor([&question] { return bool(question = QApplication::activeModalWidget()); },
                             10000))
            return;
        MessageBox::setNextChoice(MessageBox::cancelIsDefault); // the launcher's question after the end
        m_server->emitEvent(QStringLiteral("video-conference-left"));
        m_server->emitEvent(QStringLiteral("video-ready-to-close"));
        closedByItself = QTest::qWaitFor([&question] { return !question || !question->isVisible(); }, 10000);
        if (question)
            question->close();
    });
    ask();
    return closedByItself;
}

void TestSessionLauncher::theMeetingEndingUnderAQuestionClosesItAndRecordsOnce()
{
    // The server ended the meeting (the client hung up the last, the server went) while "End the
    // session?" was open: the window was closed under the question (and the question deleted with it),
    // or, from its ✕, stayed open for good over a meeting that was over.
    const Occurrence occurrence = scheduled();
    QPointer<SessionWindow> window = startAndJoin(occurrence);
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    QSignalSpy finished(window.data(), &SessionWindow::finished);
    QVERIFY(questionClosesWhenTheMeetingEnds([&window] { window->close(); }));
    QTRY_VERIFY(!window);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!commandNames().contains(QStringLiteral("video-hangup")));
    // Begun and ended, one step.
    QCOMPARE(m_undoStack->count(), 1);
    QVERIFY(m_workspace->appointments().find(occurrence.appointment->uid)->sessionEnded);

    // Ctrl+W with someone in the lobby asks too; the window goes under that question.
    window = startAndJoin(scheduled());
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    m_server->knock(QStringLiteral("guest1"), QStringLiteral("Jana Müller"));
    QTRY_COMPARE(window->meeting().knocking().size(), 1);
    QVERIFY(questionClosesWhenTheMeetingEnds(
        [&window] { window->findChild<QAction*>(QStringLiteral("hangUpAction"))->trigger(); }));
    QTRY_VERIFY(!window);
    QCOMPARE(m_undoStack->count(), 2);
}

void TestSessionLauncher::closingTheMainWindowDuringASessionAsksAsQuittingDoes()
{
    // Closed during a session, the calendar went and the session stayed, and Vieraugen quit once
    // the session ended. Without a tray icon, closing the main window quits: it asks as Quit does.
    MainWindow main(m_workspace->settings(), *m_secrets, m_workspace->appointments(), m_workspace->clock());
    main.show();
    SessionWindow* window = startAndJoin(scheduled(), main.sessions());
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    QVERIFY(!main.close());
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("\"Erstgespräch\" is still running. Quitting Vieraugen "
                            "ends the session for everyone taking part."));
    QVERIFY(main.isVisible());
    QCOMPARE(window->meeting().state(), MeetingSession::State::Joined);

    QSignalSpy finished(window, &SessionWindow::finished);
    MessageBox::setNextChoice(0); // Quit and End the Session
    QVERIFY(main.close());
    MessageBox::setNextChoice(MessageBox::cancelIsDefault); // "Nobody joined": decide later
    QVERIFY(finished.wait(10000));
    QVERIFY(commandNames().contains(QStringLiteral("end-conference")));
}

void TestSessionLauncher::theNextAppointmentOffersToGoBackToItsRunningSession()
{
    // The session was running, and "Next appointment" offered to start it.
    MainWindow main(m_workspace->settings(), *m_secrets, m_workspace->appointments(), m_workspace->clock());
    auto* panel = main.findChild<QWidget*>(QStringLiteral("nextAppointment"));
    auto* action = panel->findChild<QPushButton*>(QStringLiteral("action"));
    const Occurrence occurrence = scheduled();
    QTRY_COMPARE(action->text(), QStringLiteral("Start"));
    SessionWindow* window = startAndJoin(occurrence, main.sessions());
    QVERIFY(window);
    QCOMPARE(action->text(), QStringLiteral("Back to the Session"));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("details"))
                ->text()
                .contains(QLatin1String("session running")));
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("check"))->isVisibleTo(panel));
    window->showMinimized();
    QTRY_VERIFY(window->isMinimized());
    action->click();
    QTRY_VERIFY(!window->isMinimized());
    QCOMPARE(main.sessions()->openSessions(), QStringList { occurrence.key() });

    QSignalSpy finished(window, &SessionWindow::finished);
    MessageBox::setNextChoice(MessageBox::cancelIsDefault); // "Nobody joined": decide later
    window->findChild<QAction*>(QStringLiteral("hangUpAction"))->trigger();
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(action->text(), QStringLiteral("Start"));
}

void TestSessionLauncher::warmUpWarnsOnceWhenTheServerFailsItsCheck()
{
    quint16 gonePort = 0;
    {
        LocalHttpServer gone;
        QVERIFY(gone.listen());
        gonePort = gone.port();
    }
    ServerProfile broken = *m_workspace->settings().serverProfile(QStringLiteral("standin"));
    broken.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(gonePort));
    m_workspace->settings().saveServerProfile(broken);
    const Occurrence occurrence = scheduled();
    QSignalSpy attention(m_launcher, &SessionLauncher::attentionRequested);
    m_launcher->warmUpFor(occurrence);
    QVERIFY(attention.wait(20000));
    QVERIFY(attention.first().at(1).toString().startsWith(QLatin1String("Stand-in: ")));
    m_launcher->warmUpFor(occurrence); // the panel asks every 30 seconds: one notice is enough
    QTest::qWait(500);
    QCOMPARE(attention.size(), 1);
}

void TestSessionLauncher::problemsMenuOpensTheCheckForTheSessionsServer()
{
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    const QStringList clashes = ShortcutAudit(*window).clashes();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    auto* check = window->findChild<QAction*>(QStringLiteral("checkAction"));
    QVERIFY(check);
    check->trigger();
    QList<PreSessionCheckDialog*> dialogs = m_mainWindow->findChildren<PreSessionCheckDialog*>();
    QCOMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.first()->isVisible());
    // Asked again (the panel, the menu): the same dialog comes to the front, no second one.
    check->trigger();
    m_launcher->check(scheduled());
    QCOMPARE(m_mainWindow->findChildren<PreSessionCheckDialog*>().size(), 1);
    QSignalSpy finished(dialogs.first(), &PreSessionCheckDialog::checksFinished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialogs.first()->status(PreSessionCheckDialog::Check::Api), ServerCheck::Status::Pass);
    dialogs.first()->close();
}

void TestSessionLauncher::problemsMenuSwitchesTheCamera()
{
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    auto* cameras = window->findChild<QMenu*>(QStringLiteral("devices%1Menu").arg(int(MediaDevice::Camera)));
    QVERIFY(cameras);
    // Once joined, the meeting is asked which devices it has: Chromium's two fake cameras.
    QTRY_COMPARE_WITH_TIMEOUT(cameras->actions().size(), 2, 20000);
    QAction* second = cameras->actions().at(1);
    QSignalSpy reported(m_server.get(), &StandInJitsiServer::reported);
    second->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->reports(QStringLiteral("device")).isEmpty(), 20000);
    const QJsonObject used = m_server->reports(QStringLiteral("device")).constLast();
    QCOMPARE(used.value(QLatin1String("kind")).toString(), QStringLiteral("videoinput"));
    QCOMPARE(used.value(QLatin1String("label")).toString(), second->text());
    // Later sessions and checks start with it.
    QCOMPARE(m_workspace->settings().preferredDevice(MediaDevice::Camera), second->text());
    auto* microphones
        = window->findChild<QMenu*>(QStringLiteral("devices%1Menu").arg(int(MediaDevice::Microphone)));
    QVERIFY(microphones && !microphones->actions().isEmpty());
    QVERIFY(microphones->actions().first()->isEnabled());
}

void TestSessionLauncher::silenceAboutTheLockAndEncryptionIsNeitherTickNorWarning_data()
{
    QTest::addColumn<QStringList>("ignored");
    // Jitsi locks and encrypts and says nothing; a meeting that cannot ignores them just as silently.
    QTest::newRow("done silently") << QStringList {};
    QTest::newRow("ignored") << QStringList { QStringLiteral("password"), QStringLiteral("toggle-e2ee") };
}

void TestSessionLauncher::silenceAboutTheLockAndEncryptionIsNeitherTickNorWarning()
{
    QFETCH(QStringList, ignored);
    // The lobby, which the meeting would confirm, is ignored too: its warning shows when the
    // time to confirm has run out for everything sent with it.
    m_server->ignoreCommands(ignored << QStringLiteral("toggle-lobby"));
    m_confirmationTimeoutMs = 1000;
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    auto* lock = window->findChild<QLabel*>(QStringLiteral("lockState"));
    auto* encryption = window->findChild<QLabel*>(QStringLiteral("encryptionState"));
    auto* notice = window->findChild<QLabel*>(QStringLiteral("sessionNotice"));
    QTRY_COMPARE(commandNames(),
                 (QStringList { QStringLiteral("password"), QStringLiteral("toggle-lobby"),
                                QStringLiteral("toggle-e2ee") }));
    QCOMPARE(m_server->commands().constLast().value(QLatin1String("args")).toArray(), QJsonArray { true });
    QTRY_COMPARE_WITH_TIMEOUT(window->findChild<QLabel*>(QStringLiteral("lobbyState"))->text(),
                              QStringLiteral("\u26A0 Lobby not confirmed"), 10000);

    QCOMPARE(lock->text(), QStringLiteral("\u25CB Room password set"));
    const QString lockReason = QStringLiteral("Vieraugen set the room password as moderator; the meeting "
                                              "does not confirm it (Jitsi reports only a refused lock, and "
                                              "none came).");
    QCOMPARE(lock->toolTip(), lockReason);
    QCOMPARE(lock->accessibleDescription(), lockReason);
    QCOMPARE(encryption->text(), QStringLiteral("\u25CB End-to-end encryption requested"));
    const QString encryptionReason
        = QStringLiteral("End-to-end encryption was requested; the meeting does not "
                         "confirm it, so count on encryption to the server only.");
    QCOMPARE(encryption->toolTip(), encryptionReason);
    QCOMPARE(encryption->accessibleDescription(), encryptionReason);
    // The only warning is the lobby's.
    QVERIFY2(!notice->text().contains(QLatin1Char('\n')), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QLatin1String("lobby")));

    // Try again asks again for what is in doubt only.
    window->findChild<QAbstractButton*>(QStringLiteral("tryAgainButton"))->click();
    QTRY_COMPARE(commandNames().count(QStringLiteral("toggle-lobby")), 2);
    QCOMPARE(commandNames().count(QStringLiteral("password")), 1);
    QCOMPARE(commandNames().count(QStringLiteral("toggle-e2ee")), 1);
    QCOMPARE(lock->text(), QStringLiteral("\u25CB Room password set"));
}

void TestSessionLauncher::endToEndEncryptionTheServerDoesNotOfferOrTheSettingTurnsOffIsExplained()
{
    // The server's config.js turns it off (as lib-jitsi-meet reads it).
    m_server->setRoute("/config.js",
                       { 200, "var config = { hosts: { domain: 'meet' }, e2ee: { disabled: true } };\n",
                         "application/javascript" });
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    auto* state = window->findChild<QLabel*>(QStringLiteral("encryptionState"));
    QTRY_COMPARE(state->toolTip(), QStringLiteral("This server does not offer end-to-end encryption."));
    QCOMPARE(state->text(), QStringLiteral("\u25CB Encrypted to the server"));
    QTRY_COMPARE(commandNames().size(), 2);
    QVERIFY(!commandNames().contains(QStringLiteral("toggle-e2ee")));
    QVERIFY(!window->findChild<QAbstractButton*>(QStringLiteral("tryAgainButton"))->isVisibleTo(window));

    // The server profile's setting turns it off (a second session, beside the first).
    ServerProfile profile = *m_workspace->settings().serverProfile(QStringLiteral("standin"));
    profile.endToEndEncryption = false;
    m_workspace->settings().saveServerProfile(profile);
    QVERIFY(!m_workspace->settings().serverProfile(QStringLiteral("standin"))->endToEndEncryption);
    const int before = int(m_server->commands().size());
    window = startAndJoin(scheduled());
    QVERIFY(window);
    state = window->findChild<QLabel*>(QStringLiteral("encryptionState"));
    QTRY_COMPARE(m_server->commands().size(), before + 2);
    QCOMPARE(state->text(), QStringLiteral("\u25CB Encrypted to the server"));
    QCOMPARE(state->toolTip(),
             QStringLiteral("End-to-end encryption is turned off for this server in the settings."));
    QVERIFY(!commandNames().contains(QStringLiteral("toggle-e2ee")));
}

void TestSessionLauncher::knockWhileMinimizedCannotBeMissedAndNamesGoUnderTheCurtain()
{
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    QSignalSpy attention(window, &SessionWindow::attentionRequested);
    QSignalSpy delivered(&window->page().bridge(), &SessionBridge::eventDelivered);
    window->showMinimized();
    QTRY_VERIFY(window->isMinimized());

    m_server->knock(QStringLiteral("guest7"), QStringLiteral("Frau Schmidt"));
    QTRY_VERIFY(window->knockWindow() && window->knockWindow()->isVisible());
    KnockWindow* knock = window->knockWindow();
    QVERIFY(knock->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QCOMPARE(knock->findChild<QLabel*>(QStringLiteral("knocker-guest7"))->text(),
             QStringLiteral("Frau Schmidt"));
    auto* admit = knock->findChild<QAbstractButton*>(QStringLiteral("admit-guest7"));
    QCOMPARE(admit->accessibleName(), QStringLiteral("Admit Frau Schmidt"));
    QCOMPARE(attention.size(), 1);
    QCOMPARE(attention.first().at(1).toString(), QStringLiteral("Frau Schmidt is waiting in the lobby."));
    // The chime played in the meeting's own page.
    QTRY_VERIFY(std::any_of(delivered.cbegin(), delivered.cend(), [](const QList<QVariant>& event) {
        return event.first().toString() == QLatin1String("hostChimed");
    }));
    admit->click();
    QTRY_COMPARE(commandNames().constLast(), QStringLiteral("answer-knocking-participant"));
    QCOMPARE(m_server->commands().constLast().value(QLatin1String("args")).toArray(),
             (QJsonArray { QStringLiteral("guest7"), true }));
    QTRY_VERIFY(!knock->isVisible());

    // The curtain falls (the screen locked): the window stays, but no client's name shows, in
    // the meeting either, where the admitted client now takes part.
    const auto namesInTheMeeting = [this] {
        QJsonArray shown;
        for (const QJsonObject& command : m_server->commands()) {
            if (command.value(QLatin1String("name")) == QLatin1String("overwrite-names"))
                shown = command.value(QLatin1String("args")).toArray().first().toArray();
        }
        return shown;
    };
    const auto participant = [](const QString& name) {
        return QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("guest7") },
                                          { QStringLiteral("name"), name } } };
    };
    QTRY_COMPARE(window->meeting().participants().size(), 1);
    QVERIFY(namesInTheMeeting().isEmpty());
    m_launcher->setNamesHidden(true);
    QCOMPARE(window->windowTitle(), QStringLiteral("Session – Vieraugen"));
    QTRY_COMPARE(namesInTheMeeting(), participant(QStringLiteral("Participant 1")));
    m_server->knock(QStringLiteral("guest8"), QStringLiteral("Herr Yilmaz"));
    QTRY_VERIFY(knock->isVisible());
    for (QWidget* shown : { static_cast<QWidget*>(knock), static_cast<QWidget*>(window) }) {
        QCOMPARE(shown->findChild<QLabel*>(QStringLiteral("knocker-guest8"))->text(),
                 QStringLiteral("Waiting person 1"));
        QCOMPARE(shown->findChild<QAbstractButton*>(QStringLiteral("deny-guest8"))->accessibleName(),
                 QStringLiteral("Deny Waiting person 1"));
    }
    QCOMPARE(attention.constLast().at(1).toString(),
             QStringLiteral("Someone is waiting in the lobby of your session."));
    MessageBox::setNextChoice(0); // "Turn Waiting person 1 away?" Yes.
    knock->findChild<QAbstractButton*>(QStringLiteral("deny-guest8"))->click();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Waiting person 1")));
    QVERIFY(!MessageBox::lastText().contains(QLatin1String("Yilmaz")));
    QTRY_COMPARE(m_server->commands().constLast().value(QLatin1String("args")).toArray(),
                 (QJsonArray { QStringLiteral("guest8"), false }));
    QTRY_VERIFY(!knock->isVisible());
    m_launcher->setNamesHidden(false);
    QCOMPARE(window->windowTitle(), QStringLiteral("Erstgespräch – Session – Vieraugen"));
    QTRY_COMPARE(namesInTheMeeting(), participant(QStringLiteral("Frau Schmidt")));

    // Back on screen, the lobby panel takes over from the knock window.
    m_server->knock(QStringLiteral("guest9"), QStringLiteral("Frau Weber"));
    QTRY_VERIFY(knock->isVisible());
    window->showNormal();
    QTRY_VERIFY(!knock->isVisible());
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("knocker-guest9"))->text(),
             QStringLiteral("Frau Weber"));
}

void TestSessionLauncher::jitsisParticipantsPaneStaysClosedUnderTheCurtain()
{
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    const auto paneOpen = [this] {
        const QList<QJsonObject> reports = m_server->reports(QStringLiteral("participantsPane"));
        return !reports.isEmpty() && reports.constLast().value(QLatin1String("open")).toBool();
    };
    const auto paneReports = [this] { return m_server->reports(QStringLiteral("participantsPane")).size(); };
    // The counselor opened Jitsi's participants pane, which lists knockers by the names they typed.
    m_server->openParticipantsPane();
    QTRY_VERIFY(paneOpen());
    // The curtain falls: the pane closes in the meeting page.
    m_launcher->setNamesHidden(true);
    QTRY_VERIFY(!paneOpen());
    QCOMPARE(commandNames().count(QStringLiteral("toggle-participants-pane")), 1);
    // Opened again under the curtain, it closes again.
    const qsizetype before = paneReports();
    m_server->openParticipantsPane();
    QTRY_COMPARE(paneReports(), before + 2);
    QVERIFY(!paneOpen());
    // The curtain rises: it opens as the counselor wishes.
    m_launcher->setNamesHidden(false);
    m_server->openParticipantsPane();
    QTRY_VERIFY(paneOpen());
    QCOMPARE(commandNames().count(QStringLiteral("toggle-participants-pane")), 2);
}

void TestSessionLauncher::knocksAdmissionsRecordingsAndWarningsAreAnnouncedToScreenReaders()
{
    m_server->refuseCommands({ QStringLiteral("password") });
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    // What a screen reader is told: the session's notification, showing, named by what it says.
    // (Offscreen, Qt sends no accessibility events; the acceptance test hears them over AT-SPI.)
    auto* announcer = window->findChild<QWidget*>(QStringLiteral("announcer"));
    QVERIFY(announcer);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(announcer);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::Notification);
    const auto said = [announcer, accessible] {
        return announcer->isVisible() ? accessible->text(QAccessible::Name) : QString();
    };

    // A warning.
    auto* notice = window->findChild<QLabel*>(QStringLiteral("sessionNotice"));
    QTRY_VERIFY(notice->text().contains(QLatin1String("refused to lock")));
    QCOMPARE(said(), notice->text());
    // Someone knocks, and is admitted.
    m_server->knock(QStringLiteral("guest7"), QStringLiteral("Frau Schmidt"));
    QTRY_COMPARE(said(), QStringLiteral("Frau Schmidt is waiting in the lobby."));
    QAbstractButton* admit = nullptr;
    QTRY_VERIFY((admit = window->findChild<QAbstractButton*>(QStringLiteral("admit-guest7"))));
    admit->click();
    QTRY_COMPARE(said(), QStringLiteral("Frau Schmidt joined the session."));
    // Someone starts recording.
    m_server->emitEvent(
        QStringLiteral("recording-status-changed"),
        { { QStringLiteral("on"), true }, { QStringLiteral("mode"), QStringLiteral("file") } });
    QTRY_COMPARE(said(), QStringLiteral("Someone started recording this session."));
    // The client drops out: heard at once, not found later in the participant count.
    m_server->emitEvent(QStringLiteral("participant-left"),
                        { { QStringLiteral("id"), QStringLiteral("guest7") } });
    QTRY_COMPARE(said(), QStringLiteral("Frau Schmidt left the session."));
    // Microphone and camera by their keys: said once the meeting confirms (tester11's H27).
    window->findChild<QAction*>(QStringLiteral("muteAction"))->trigger();
    QTRY_COMPARE(said(), QStringLiteral("Microphone muted."));
    window->findChild<QAction*>(QStringLiteral("cameraAction"))->trigger();
    QTRY_COMPARE(said(), QStringLiteral("Camera off."));
    window->findChild<QAction*>(QStringLiteral("muteAction"))->trigger();
    QTRY_COMPARE(said(), QStringLiteral("Microphone on."));

    // Under the curtain, what was said can no longer be read, and nothing new names anyone.
    m_launcher->setNamesHidden(true);
    QCOMPARE(said(), QString());
    QVERIFY(accessible->text(QAccessible::Name).isEmpty());
    m_server->knock(QStringLiteral("guest8"), QStringLiteral("Herr Yilmaz"));
    QTRY_COMPARE(said(), QStringLiteral("Someone is waiting in the lobby of your session."));
    QAbstractButton* admitHidden = nullptr;
    QTRY_VERIFY((admitHidden = window->findChild<QAbstractButton*>(QStringLiteral("admit-guest8"))));
    admitHidden->click();
    QTRY_COMPARE(said(), QStringLiteral("Someone joined the session."));
    m_server->emitEvent(QStringLiteral("participant-left"),
                        { { QStringLiteral("id"), QStringLiteral("guest8") } });
    QTRY_COMPARE(said(), QStringLiteral("Someone left the session."));
}

// By keyboard the lobby was reached only by Tab through the meeting page, by a different way each
// time; Deny sat next to Admit and one key turned a client away without a word; and once someone
// was answered the focus was nowhere.
void TestSessionLauncher::theLobbyByKeyboard()
{
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    QTRY_VERIFY(window->meeting().isModerator());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto* announcer = window->findChild<QWidget*>(QStringLiteral("announcer"));
    QAction* toLobby = window->findChild<QAction*>(QStringLiteral("lobbyAction"));
    QCOMPARE(toLobby->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

    toLobby->trigger();
    QCOMPARE(announcer->accessibleName(), QStringLiteral("Nobody is waiting in the lobby."));

    m_server->knock(QStringLiteral("guest7"), QStringLiteral("Frau Schmidt"));
    m_server->knock(QStringLiteral("guest8"), QStringLiteral("Herr Yilmaz"));
    QTRY_COMPARE(window->meeting().knocking().size(), 2);
    toLobby->trigger();
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("admit-guest7"));

    // Deny asks; Cancel turns nobody away.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("deny-guest7"));
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Frau Schmidt")));
    QCOMPARE(window->meeting().knocking().size(), 2);
    QVERIFY(!commandNames().contains(QStringLiteral("answer-knocking-participant")));

    // Confirmed, she is turned away, it is said, and the keyboard moves on to the next one waiting.
    MessageBox::setNextChoice(0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_COMPARE(commandNames().constLast(), QStringLiteral("answer-knocking-participant"));
    QCOMPARE(m_server->commands().constLast().value(QLatin1String("args")).toArray(),
             (QJsonArray { QStringLiteral("guest7"), false }));
    QCOMPARE(announcer->accessibleName(), QStringLiteral("You turned Frau Schmidt away."));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("admit-guest8"));

    // The last one admitted: the keyboard is back in the meeting.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_COMPARE(m_server->commands().constLast().value(QLatin1String("args")).toArray(),
                 (QJsonArray { QStringLiteral("guest8"), true }));
    auto* view = window->findChild<QWebEngineView*>();
    QTRY_VERIFY(QApplication::focusWidget() == view || view->isAncestorOf(QApplication::focusWidget()));
    // Tester13's K4: a screen reader said only "filler" there, the engine's inner widget unnamed.
    QCOMPARE(QAccessible::queryAccessibleInterface(QApplication::focusWidget())->text(QAccessible::Name),
             QStringLiteral("Video meeting – Erstgespräch"));
}

// Tab leads out of the meeting to the lobby's Admit button, as a keyboard user lets a client in:
// the focus came without a word that the keyboard moved it, and the style drew no focus frame,
// so the counselor saw nothing focused (the keyboard-only acceptance run's screenshot).
void TestSessionLauncher::tabOutOfTheMeetingShowsWhereTheFocusIs()
{
    SessionWindow* window = startAndJoin(scheduled());
    QVERIFY(window);
    m_server->knock(QStringLiteral("guest7"), QStringLiteral("Frau Schmidt"));
    QAbstractButton* admit = nullptr;
    QTRY_VERIFY((admit = window->findChild<QAbstractButton*>(QStringLiteral("admit-guest7"))));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto* meeting = window->findChild<QWebEngineView*>();
    meeting->setFocus();
    QTRY_VERIFY(meeting->isAncestorOf(QApplication::focusWidget()) || meeting->hasFocus());
    window->setAttribute(Qt::WA_KeyboardFocusChange, false); // as after a click into the meeting
    for (int press = 0; press < 5; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // The meeting's engine answers the key in its own time.
        if (QTest::qWaitFor([admit] { return admit->hasFocus(); }, 1000))
            break;
    }
    QVERIFY(admit->hasFocus());
    QStyleOptionButton shown;
    shown.initFrom(admit);
    QVERIFY2(shown.state.testFlag(QStyle::State_KeyboardFocusChange),
             "Admit has the focus, but no frame shows it");
}

void TestSessionLauncher::sessionKeysAreInTheHelp_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

// The help named no key of the session window: a keyboard user found Ctrl+D or the way to the
// lobby only by opening the menus.
void TestSessionLauncher::sessionKeysAreInTheHelp()
{
    QFETCH(QString, language);
    SessionWindow* window = start(scheduled());
    QVERIFY(window);
    const QStringList differences = ShortcutAudit(*window).differencesFrom(
        ShortcutAudit::keysInHelp(language, QStringLiteral("sessionkeys")));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestSessionLauncher)
#include "tst_SessionLauncher.moc"
