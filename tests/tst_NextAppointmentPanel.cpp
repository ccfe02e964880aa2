#include "core/base/PhoneNumber.h"
#include "core/calendar/AppointmentStore.h"
#include "core/contact/ContactModuleLoader.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/NextAppointmentPanel.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <tuple>

// The panel beside the calendar: what comes next, and the one click it needs.
class TestNextAppointmentPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneNumberIsFormattedWhenItsTooltipIsAsked();
    void theSessionDueNowWinsOverACallStillRunning();
    void aSessionHeldEarlyIsNotNextAnyMore();
    void clickingItsButtonLeavesTheKeyboardWhereItWas();
    void itsButtonSaysWhichAppointmentItIsFor();
    void aSessionWhoseWindowIsOpenIsOfferedToGoBackTo();
    void daysAreCountedAsTheCalendarCountsThem();
};

namespace {

// Saves a 50-minute appointment of kind starting at start; the error, empty once it is saved.
QString plan(TestWorkspace& workspace, const QString& title, SessionKind kind, const QDateTime& start,
             const QList<Participant>& participants = {})
{
    Appointment appointment;
    appointment.title = title;
    appointment.kind = kind;
    if (kind == SessionKind::Jitsi)
        appointment.roomName = QStringLiteral("raum-") + title.toLower();
    appointment.start = start;
    appointment.end = start.addSecs(50 * 60);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.participants = participants;
    QString error;
    workspace.appointments().save(appointment, &error);
    return error;
}

} // namespace

void TestNextAppointmentPanel::phoneNumberIsFormattedWhenItsTooltipIsAsked()
{
    TestWorkspace workspace;
    const QString number = QStringLiteral("+4915123456789");
    const QString error = plan(workspace, QStringLiteral("Telefonberatung"), SessionKind::Phone,
                               workspace.clock().nowUtc().addSecs(3600),
                               { { QStringLiteral("Frau K."), QString(), number } });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    NextAppointmentPanel panel(workspace.appointments(), workspace.clock());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* action = panel.findChild<QPushButton*>(QStringLiteral("action"));
    QVERIFY(action);
    QCOMPARE(action->text(), NextAppointmentPanel::tr("Call"));
    QVERIFY(action->isEnabled());
    // Showing the next appointment needs no phone library (libphonenumber comes with the module)…
    QVERIFY(!ContactModuleLoader::isLoaded());

    // …pointing at its button does: the number as dialled here.
    QHelpEvent hover(QEvent::ToolTip, QPoint(5, 5), action->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(action, &hover);
    QVERIFY(ContactModuleLoader::isLoaded());
    const QString dialled = PhoneNumber::forDisplay(number, QStringLiteral("DE"));
    QVERIFY2(dialled.startsWith(QLatin1String("0151")), qPrintable(dialled));
    QCOMPARE(action->toolTip(), dialled);
}

// Tab (or F6) lands on Start: a screen reader said "Start" in an unnamed frame, not for what
// (tester10's G13, tester11's H17).
void TestNextAppointmentPanel::itsButtonSaysWhichAppointmentItIsFor()
{
    TestWorkspace workspace;
    // The clock stands at Friday 27 November 2026, 12:00.
    QVERIFY(plan(workspace, QStringLiteral("Beratung Frau Richter"), SessionKind::Jitsi,
                 workspace.clock().nowUtc().addSecs(22 * 3600))
                .isEmpty());
    NextAppointmentPanel panel(workspace.appointments(), workspace.clock());
    QCOMPARE(QAccessible::queryAccessibleInterface(&panel)->text(QAccessible::Name),
             QStringLiteral("Next appointment"));
    auto* action = panel.findChild<QPushButton*>(QStringLiteral("action"));
    QCOMPARE(QAccessible::queryAccessibleInterface(action)->text(QAccessible::Name),
             QStringLiteral("Start: Beratung Frau Richter, Saturday, 28 November 10:00"));
}

// Held at 10:16 for 10:45: Ctrl+Enter at 10:41 opened its room again instead of the 10:50 one's.
void TestNextAppointmentPanel::aSessionHeldEarlyIsNotNextAnyMore()
{
    TestWorkspace workspace;
    const QDateTime now = workspace.clock().nowUtc();
    QVERIFY(
        plan(workspace, QStringLiteral("Erstgespräch"), SessionKind::Jitsi, now.addSecs(4 * 60)).isEmpty());
    QVERIFY(
        plan(workspace, QStringLiteral("Kurzberatung"), SessionKind::Jitsi, now.addSecs(9 * 60)).isEmpty());
    NextAppointmentPanel panel(workspace.appointments(), workspace.clock());
    panel.refresh();
    QCOMPARE(panel.next()->appointment->title, QStringLiteral("Erstgespräch"));
    Appointment held = *panel.next()->appointment;
    held.status = AppointmentStatus::Done;
    QString error;
    QVERIFY2(workspace.appointments().save(held, &error), qPrintable(error));
    panel.refresh();
    QCOMPARE(panel.next()->appointment->title, QStringLiteral("Kurzberatung"));
}

void TestNextAppointmentPanel::theSessionDueNowWinsOverACallStillRunning()
{
    TestWorkspace workspace;
    const QDateTime now = workspace.clock().nowUtc();
    // 07:45–08:35 a call, 08:00 a video session, 08:09 another.
    for (const auto& [title, kind, minutesFromNow] :
         { std::tuple(QStringLiteral("Rückruf"), SessionKind::Phone, -15),
           std::tuple(QStringLiteral("Erstgespräch"), SessionKind::Jitsi, 10),
           std::tuple(QStringLiteral("Beratung"), SessionKind::Jitsi, 19) }) {
        const QString error = plan(workspace, title, kind, now.addSecs(minutesFromNow * 60));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    NextAppointmentPanel panel(workspace.appointments(), workspace.clock());
    const auto next = [&panel] {
        panel.refresh();
        return panel.next() ? panel.next()->appointment->title : QString();
    };
    // Ten minutes before the session the running call is what is on.
    QCOMPARE(next(), QStringLiteral("Rückruf"));
    // Five minutes before, the session takes over (Ctrl+Enter starts it, not the call)…
    workspace.clock().advance(5 * 60 * 1000);
    QCOMPARE(next(), QStringLiteral("Erstgespräch"));
    // …and at its start it stays, until the next one is due.
    workspace.clock().advance(5 * 60 * 1000);
    QCOMPARE(next(), QStringLiteral("Erstgespräch"));
    workspace.clock().advance(5 * 60 * 1000);
    QCOMPARE(next(), QStringLiteral("Beratung"));
}

void TestNextAppointmentPanel::clickingItsButtonLeavesTheKeyboardWhereItWas()
{
    TestWorkspace workspace;
    const QString error = plan(
        workspace, QStringLiteral("Rückruf"), SessionKind::Phone, workspace.clock().nowUtc().addSecs(3600),
        { { QStringLiteral("Herr Y."), QString(), QStringLiteral("+4915123456789") } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QWidget window;
    auto* calendar = new QLineEdit(&window); // stands for the calendar, which has the keyboard
    auto* panel = new NextAppointmentPanel(workspace.appointments(), workspace.clock(), &window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(calendar);
    layout->addWidget(panel);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    calendar->setFocus();
    QSignalSpy started(panel, &NextAppointmentPanel::startRequested);
    auto* action = panel->findChild<QPushButton*>(QStringLiteral("action"));
    QVERIFY2(action->isVisible() && action->isEnabled(), qPrintable(action->text()));
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(started.size(), 1);
    QVERIFY(calendar->hasFocus());
    // Tab still reaches it.
    QTest::keyClick(calendar, Qt::Key_Tab);
    QVERIFY(action->hasFocus());
}

void TestNextAppointmentPanel::aSessionWhoseWindowIsOpenIsOfferedToGoBackTo()
{
    // The session was running in its window, and the panel offered to start it.
    TestWorkspace workspace;
    const QString error = plan(workspace, QStringLiteral("Erstgespräch"), SessionKind::Jitsi,
                               workspace.clock().nowUtc().addSecs(-600));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    NextAppointmentPanel panel(workspace.appointments(), workspace.clock());
    auto* action = panel.findChild<QPushButton*>(QStringLiteral("action"));
    QCOMPARE(action->text(), NextAppointmentPanel::tr("Start"));
    QSignalSpy start(&panel, &NextAppointmentPanel::startRequested);
    panel.setOpenSessions({ panel.next()->key() });
    QCOMPARE(action->text(), QStringLiteral("Back to the Session"));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("details"))
                ->text()
                .contains(QLatin1String("session running")));
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("check"))->isVisibleTo(&panel));
    action->click(); // the launcher brings the open window to the front
    QCOMPARE(start.size(), 1);
    panel.setOpenSessions({});
    QCOMPARE(action->text(), NextAppointmentPanel::tr("Start"));
}

QTEST_MAIN(TestNextAppointmentPanel)
#include "tst_NextAppointmentPanel.moc"

void TestNextAppointmentPanel::daysAreCountedAsTheCalendarCountsThem()
{
    // Tester12's J33: on Monday at 18:25 the card said "in 6 days" for next Monday at 11:00, where the
    // question before starting it said "in 7 days".
    TestWorkspace workspace;
    workspace.clock().setTime(QDateTime(QDate(2026, 11, 30), QTime(18, 25)));
    const QString error = plan(workspace, QStringLiteral("Elterngruppe Montag"), SessionKind::Jitsi,
                               QDateTime(QDate(2026, 12, 7), QTime(11, 0)).toUTC());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    NextAppointmentPanel panel(workspace.appointments(), workspace.clock());
    panel.refresh();
    const auto* details = panel.findChild<QLabel*>(QStringLiteral("details"));
    QVERIFY(details);
    QVERIFY2(details->text().contains(QLatin1String("in 7 days")), qPrintable(details->text()));
}
