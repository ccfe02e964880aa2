#include "core/calendar/AppointmentStore.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteService.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/CalendarWidget.h"
#include "ui/curtain/PrivacyCurtain.h"
#include "ui/curtain/ScreenLockMonitor.h"
#include "ui/invite/InviteDialog.h"
#include "ui/invite/PhoneReadoutDialog.h"
#include "ui/shell/MainWindow.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QVBoxLayout>

// The main window with a client's appointment on a clock the test moves. Runs on a private session
// bus (KEYRING_SCENARIOS no-service), where the test itself plays the desktop's screensaver.
class TestPrivacyCurtain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fallsAfterTheIdleTimeAndOnlyShowLiftsIt();
    void inputKeepsItUp();
    void idleTimeIsASetting();
    void fallsWhenTheScreenLocks();
    void coversDialogsAndKeepsWhatWasTypedInThem();
    void aQuestionOpeningUnderTheCurtainKeepsItsSize();
    void windowTitlesNamingClientsGoWhenTheScreenLocks();
    void anInvitationOpenedFromASessionIsCoveredAndItsPasswordCloses();

private:
    void lockTheScreen() const;
    static constexpr qint64 minute = 60 * 1000;
    void expectDown(bool down) const;

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    ScreenLockMonitor* m_lockMonitor = nullptr;
    PrivacyCurtain* m_curtain = nullptr;
};

void TestPrivacyCurtain::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    Appointment appointment;
    appointment.title = QStringLiteral("Beratung Mia Roth");
    appointment.start = m_workspace->clock().nowUtc().addSecs(3600);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.participants = { Participant { QStringLiteral("Mia Roth"), QStringLiteral("mia@example.org"),
                                               QStringLiteral("+4915112345678"), QStringLiteral("de") } };
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
    m_window = std::make_unique<MainWindow>(m_workspace->settings(), *m_secrets, m_workspace->appointments(),
                                            m_workspace->clock());
    m_lockMonitor = ScreenLockMonitor::createForPlatform(m_window.get());
    m_curtain = new PrivacyCurtain(*m_window, m_workspace->settings(), m_workspace->clock(), m_lockMonitor);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->statusBar()->showMessage(QStringLiteral("Session with Mia Roth starts soon"));
}

void TestPrivacyCurtain::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_workspace.reset();
}

void TestPrivacyCurtain::expectDown(bool down) const
{
    QCOMPARE(m_curtain->isDown(), down);
    QCOMPARE(m_curtain->isVisible(), down);
    QCOMPARE(m_window->calendar()->isVisible(), !down);
    QCOMPARE(m_window->menuBar()->isVisible(), !down);
    if (down) {
        QCOMPARE(m_curtain->geometry(), m_window->rect());
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    }
}

void TestPrivacyCurtain::fallsAfterTheIdleTimeAndOnlyShowLiftsIt()
{
    QCOMPARE(m_workspace->settings().curtainIdleMinutes(), 5);
    m_workspace->clock().advance(5 * minute - 1000);
    m_curtain->checkIdle();
    expectDown(false);
    m_workspace->clock().advance(1000);
    m_curtain->checkIdle();
    expectDown(true);
    QVERIFY2(
        m_curtain->findChild<QLabel*>(QStringLiteral("curtainReason"))->text().contains(QLatin1String("5")),
        qPrintable(m_curtain->findChild<QLabel*>(QStringLiteral("curtainReason"))->text()));

    // Moving the mouse or typing does not lift it; "Show" does.
    QTest::mouseMove(m_window.get(), QPoint(40, 40));
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    m_curtain->checkIdle();
    expectDown(true);
    QTest::mouseClick(m_curtain->findChild<QPushButton*>(QStringLiteral("curtainShow")), Qt::LeftButton);
    expectDown(false);

    // The idle time counts again from the moment it was lifted.
    m_workspace->clock().advance(4 * minute);
    m_curtain->checkIdle();
    expectDown(false);
}

void TestPrivacyCurtain::inputKeepsItUp()
{
    m_workspace->clock().advance(4 * minute);
    QTest::keyClick(m_window->calendar(), Qt::Key_Right);
    m_workspace->clock().advance(4 * minute);
    m_curtain->checkIdle();
    expectDown(false);
    m_workspace->clock().advance(1 * minute);
    m_curtain->checkIdle();
    expectDown(true);
}

void TestPrivacyCurtain::idleTimeIsASetting()
{
    m_workspace->settings().setCurtainIdleMinutes(10);
    m_workspace->clock().advance(9 * minute);
    m_curtain->checkIdle();
    expectDown(false);
    m_workspace->clock().advance(1 * minute);
    m_curtain->checkIdle();
    expectDown(true);

    m_curtain->lift();
    m_workspace->settings().setCurtainIdleMinutes(0);
    m_workspace->clock().advance(24 * 60 * minute);
    m_curtain->checkIdle();
    expectDown(false);
}

void TestPrivacyCurtain::fallsWhenTheScreenLocks()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "the test needs a session bus (run it through run_with_keyring.sh)");
    // Nothing happened yet: no idle time has passed.
    expectDown(false);
    for (const QString& screenSaver :
         { QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver") }) {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/ScreenSaver"), screenSaver,
                                                         QStringLiteral("ActiveChanged"));
        signal << true;
        QVERIFY(bus.send(signal));
        QTRY_VERIFY_WITH_TIMEOUT(m_curtain->isDown(), 10000);
        expectDown(true);
        QVERIFY(m_curtain->findChild<QLabel*>(QStringLiteral("curtainReason"))
                    ->text()
                    .contains(QLatin1String("locked")));

        // Unlocking the screen is not enough: whoever unlocked it still chooses to show the data.
        QDBusMessage unlock = QDBusMessage::createSignal(QStringLiteral("/ScreenSaver"), screenSaver,
                                                         QStringLiteral("ActiveChanged"));
        unlock << false;
        QSignalSpy unlocked(m_lockMonitor, &ScreenLockMonitor::unlocked);
        QVERIFY(bus.send(unlock));
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10000);
        expectDown(true);
        m_curtain->lift();
        expectDown(false);
    }
}

void TestPrivacyCurtain::coversDialogsAndKeepsWhatWasTypedInThem()
{
    // A dialog held open with a client's details (an appointment, an invitation with its room
    // password) stayed readable beside the covered main window.
    QDialog invitation(m_window.get());
    auto* email = new QLineEdit(&invitation);
    auto* layout = new QVBoxLayout(&invitation);
    layout->addWidget(email);
    invitation.show();
    QVERIFY(QTest::qWaitForWindowExposed(&invitation));
    QTest::keyClicks(email, QStringLiteral("mia@example.org"));

    m_curtain->lower(QStringLiteral("test"));
    auto* cover = invitation.findChild<CurtainCover*>();
    QVERIFY(cover);
    QVERIFY(cover->isVisible());
    QVERIFY(!email->isVisible());
    QCOMPARE(cover->geometry(), invitation.rect());
    // Escape would cancel the dialog and lose what was typed; behind the curtain it does nothing.
    QTest::keyClick(&invitation, Qt::Key_Escape);
    QVERIFY(invitation.isVisible());

    // A dialog opening while the curtain is down (a reminder, a question) opens covered.
    QDialog reminder;
    auto* name = new QLineEdit(QStringLiteral("Mia Roth"), &reminder);
    reminder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reminder));
    QVERIFY(reminder.findChild<CurtainCover*>());
    QVERIFY(!name->isVisible());

    // A session and what it asks stay in sight ("Turn Waiting person 1 away?" came up covered,
    // and the counselor could neither answer nor see what was asked).
    QWidget session;
    session.show();
    QDialog question(&session);
    question.show();
    QVERIFY(QTest::qWaitForWindowExposed(&question));
    QVERIFY(!question.findChild<CurtainCover*>());

    // "Show" in any covered window lifts the curtain everywhere; the dialogs are as they were.
    QTest::mouseClick(cover->findChild<QPushButton*>(QStringLiteral("curtainShow")), Qt::LeftButton);
    expectDown(false);
    QVERIFY(email->isVisible());
    QCOMPARE(email->text(), QStringLiteral("mia@example.org"));
    QCOMPARE(invitation.focusWidget(), email); // the keyboard is back where the counselor was typing
    QVERIFY(name->isVisible());
    QTRY_VERIFY(!invitation.findChild<CurtainCover*>());
}

void TestPrivacyCurtain::aQuestionOpeningUnderTheCurtainKeepsItsSize()
{
    // "Nobody joined: did it take place?" opened under the curtain as a tiny empty box that a
    // mouse user could neither read nor lift: a message box sizes itself from what it can see,
    // and the cover had hidden all of it.
    const auto openQuestion = [this](QMessageBox& box) {
        box.setParent(m_window.get(), Qt::Dialog);
        box.setIcon(QMessageBox::Question);
        box.setText(QStringLiteral("Nobody joined the session with Mia Roth. Did it take place?"));
        box.setStandardButtons(QMessageBox::Yes | QMessageBox::No);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
    };
    QMessageBox uncovered;
    openQuestion(uncovered);
    const QSize natural = uncovered.size();
    uncovered.close();

    m_curtain->lower(QStringLiteral("test"));
    QMessageBox covered;
    openQuestion(covered);
    auto* cover = covered.findChild<CurtainCover*>();
    QVERIFY(cover);
    QVERIFY2(covered.width() >= natural.width() && covered.height() >= natural.height(),
             qPrintable(QStringLiteral("%1x%2 under the curtain, %3x%4 without")
                            .arg(covered.width())
                            .arg(covered.height())
                            .arg(natural.width())
                            .arg(natural.height())));
    auto* show = cover->findChild<QPushButton*>(QStringLiteral("curtainShow"));
    QVERIFY(show->isVisible());
    QVERIFY(covered.rect().contains(show->mapTo(&covered, show->rect().bottomRight())));

    // Once lifted, the question reads as it would have without the curtain, and the keyboard is on
    // its buttons (it stayed on the hidden "Show", so Enter did nothing).
    QTest::mouseClick(show, Qt::LeftButton);
    expectDown(false);
    QTRY_COMPARE(covered.size(), natural);
    QVERIFY(covered.focusWidget());
    QVERIFY(covered.focusWidget()->isVisible());
    QVERIFY(covered.buttons().contains(qobject_cast<QAbstractButton*>(covered.focusWidget())));
}

void TestPrivacyCurtain::windowTitlesNamingClientsGoWhenTheScreenLocks()
{
    // The invitation held open kept its title „Zu „Erstgespräch Schneider“ einladen“ in the task bar
    // and when switching windows, its contents covered (tester12's J20).
    QDialog invitation(m_window.get());
    invitation.setWindowTitle(QStringLiteral("Invite to \"Beratung Mia Roth\""));
    invitation.show();
    QVERIFY(QTest::qWaitForWindowExposed(&invitation));

    QDBusMessage lock = QDBusMessage::createSignal(QStringLiteral("/ScreenSaver"),
                                                   QStringLiteral("org.freedesktop.ScreenSaver"),
                                                   QStringLiteral("ActiveChanged"));
    lock << true;
    QVERIFY2(QDBusConnection::sessionBus().send(lock), "the test needs a session bus (run_with_keyring.sh)");
    QTRY_VERIFY_WITH_TIMEOUT(m_curtain->isDown(), 10000);
    QVERIFY2(!invitation.windowTitle().contains(QLatin1String("Mia Roth")),
             qPrintable(invitation.windowTitle()));
    QVERIFY(!invitation.windowTitle().isEmpty());

    // One opening, or naming itself, while the curtain is down: its title waits for the curtain too.
    QDialog appointment(m_window.get());
    appointment.setWindowTitle(QStringLiteral("Edit \"Beratung Mia Roth\""));
    appointment.show();
    QVERIFY(QTest::qWaitForWindowExposed(&appointment));
    QVERIFY2(!appointment.windowTitle().contains(QLatin1String("Mia Roth")),
             qPrintable(appointment.windowTitle()));
    invitation.setWindowTitle(QStringLiteral("Invite to \"Beratung Mia Roth, 2nd\""));
    QVERIFY2(!invitation.windowTitle().contains(QLatin1String("Mia Roth")),
             qPrintable(invitation.windowTitle()));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Vieraugen"));

    m_curtain->lift();
    expectDown(false);
    QCOMPARE(invitation.windowTitle(), QStringLiteral("Invite to \"Beratung Mia Roth, 2nd\""));
    QCOMPARE(appointment.windowTitle(), QStringLiteral("Edit \"Beratung Mia Roth\""));
}

void TestPrivacyCurtain::lockTheScreen() const
{
    QDBusMessage lock = QDBusMessage::createSignal(QStringLiteral("/ScreenSaver"),
                                                   QStringLiteral("org.freedesktop.ScreenSaver"),
                                                   QStringLiteral("ActiveChanged"));
    lock << true;
    QVERIFY2(QDBusConnection::sessionBus().send(lock), "the test needs a session bus (run_with_keyring.sh)");
    QTRY_VERIFY_WITH_TIMEOUT(m_curtain->isDown(), 10000);
}

void TestPrivacyCurtain::anInvitationOpenedFromASessionIsCoveredAndItsPasswordCloses()
{
    // Tester13's K5: "Invite Another Participant" in the session window (Ctrl+I there) opened the
    // invitation over the session, and the curtain, which leaves a session's own questions in
    // sight, left it and "Read Out the Password" readable: the client's name, address and the
    // room password. From the main window the invitation is covered and the password closes.
    InvitationLog log(m_workspace->database(), m_workspace->clock());
    QNetworkAccessManager network;
    InviteService service(m_workspace->settings(), *m_secrets, m_workspace->appointments(), log, network,
                          m_workspace->clock());
    const QList<Occurrence> dates = m_workspace->appointments().occurrences(
        m_workspace->clock().nowUtc(), m_workspace->clock().nowUtc().addDays(1));
    QCOMPARE(dates.size(), 1);
    QWidget session;
    session.show();
    QVERIFY(QTest::qWaitForWindowExposed(&session));
    InviteDialog invitation(service, log, m_workspace->appointments(), dates.first(), &session);
    invitation.show();
    QVERIFY(QTest::qWaitForWindowExposed(&invitation));
    PhoneReadoutDialog readout(QStringLiteral("2sa7ekgwybj7"), QStringLiteral("de"),
                               QStringLiteral("Mia Roth"), QStringLiteral("+4915112345678"), &invitation);
    readout.show();
    QVERIFY(QTest::qWaitForWindowExposed(&readout));
    // The session's own questions still stay in sight.
    QDialog question(&session);
    question.show();
    QVERIFY(QTest::qWaitForWindowExposed(&question));

    lockTheScreen();
    auto* cover = invitation.findChild<CurtainCover*>();
    QVERIFY(cover);
    QVERIFY(cover->isVisible());
    QVERIFY(!invitation.findChild<QWidget*>(QStringLiteral("participant"))->isVisible());
    QVERIFY2(!invitation.windowTitle().contains(QLatin1String("Mia Roth")),
             qPrintable(invitation.windowTitle()));
    QVERIFY(!readout.isVisible());
    QVERIFY(!question.findChild<CurtainCover*>());
    QVERIFY(question.isVisible());

    m_curtain->lift();
    QVERIFY(invitation.findChild<QWidget*>(QStringLiteral("participant"))->isVisible());
}

QTEST_MAIN(TestPrivacyCurtain)
#include "tst_PrivacyCurtain.moc"
