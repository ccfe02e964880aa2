#include "core/calendar/AppointmentStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/ShownCalendar.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/CalendarViewAccessible.h"
#include "ui/calendar/CalendarWidget.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/OccurrenceModel.h"
#include "ui/calendar/TimeGridView.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace {

QStringList namesOf(QAccessibleInterface* parent)
{
    QStringList names;
    for (int index = 0; index < parent->childCount(); ++index)
        names.append(parent->child(index)->text(QAccessible::Name));
    return names;
}

} // namespace

// The painted calendar views as a screen reader reads them through Qt's accessibility interfaces.
class TestCalendarViewAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void weekIsATableOfDaysAndHoursWithNamedAppointments();
    void appointmentActionsOpenStartAndInvite();
    void monthIsATableOfDaysWithTheirAppointments();
    void agendaIsAListOfAppointments();
    void focusFollowsTheKeyboard();
    void appointmentsInAnotherZoneSayWhenTheyWerePlanned();
    void onlyWhatIsShownIsOnScreen();
    void appointmentsBeforeAndAfterTheHoursShownAreSaid();

private:
    void add(const QString& title, const QDate& date, int hour, SessionKind kind,
             AppointmentStatus status = AppointmentStatus::Planned, const QString& zone = {});
    QAccessibleInterface* viewInterface() const;

    std::unique_ptr<ShownCalendar> m_shown;
};

void TestCalendarViewAccessible::init()
{
    m_shown = std::make_unique<ShownCalendar>();
    QVERIFY(QTest::qWaitForWindowExposed(&m_shown->calendar));
    m_shown->calendar.setMode(CalendarWidget::Mode::Week);
    m_shown->calendar.setFocusDate(QDate(2026, 11, 25)); // week 48: Monday 23 to Sunday 29 November
}

void TestCalendarViewAccessible::cleanup()
{
    m_shown.reset();
}

void TestCalendarViewAccessible::add(const QString& title, const QDate& date, int hour, SessionKind kind,
                                     AppointmentStatus status, const QString& zone)
{
    Appointment appointment;
    appointment.title = title;
    appointment.kind = kind;
    appointment.status = status;
    QString error;
    QVERIFY2(appointment.setLocalTimes(date, QTime(hour, 0), QTime(hour, 50),
                                       zone.isEmpty() ? QStringLiteral("Europe/Berlin") : zone, &error),
             qPrintable(error));
    QVERIFY2(m_shown->workspace.appointments().save(appointment, &error), qPrintable(error));
    m_shown->calendar.model().reload();
}

QAccessibleInterface* TestCalendarViewAccessible::viewInterface() const
{
    return QAccessible::queryAccessibleInterface(m_shown->calendar.currentView());
}

void TestCalendarViewAccessible::weekIsATableOfDaysAndHoursWithNamedAppointments()
{
    add(QStringLiteral("Beratung A"), QDate(2026, 11, 24), 10, SessionKind::Jitsi);
    add(QStringLiteral("Beratung B"), QDate(2026, 11, 26), 14, SessionKind::Phone, AppointmentStatus::Done);

    QAccessibleInterface* week = viewInterface();
    QVERIFY(week);
    QCOMPARE(week->role(), QAccessible::Table);
    QCOMPARE(week->text(QAccessible::Name), QStringLiteral("Week"));
    QVERIFY2(week->text(QAccessible::Description).contains(QStringLiteral("Week 48")),
             qPrintable(week->text(QAccessible::Description)));
    QAccessibleTableInterface* table = week->tableInterface();
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 7); // the days
    QCOMPARE(table->rowCount(), 25); // the day with its all-day items, then 24 hours
    QCOMPARE(week->childCount(), 7 * 25 + 2); // the cells, then the earlier and later hints
    QCOMPARE(table->columnDescription(1), QLocale().toString(QDate(2026, 11, 24), QLocale::LongFormat));
    QCOMPARE(table->rowDescription(11), QStringLiteral("10:00"));

    QAccessibleInterface* tuesdayAtTen = table->cellAt(11, 1);
    QCOMPARE(tuesdayAtTen->role(), QAccessible::Cell);
    QCOMPARE(tuesdayAtTen->text(QAccessible::Name), QStringLiteral("Tuesday 10:00"));
    QCOMPARE(tuesdayAtTen->parent(), week);
    QCOMPARE(week->indexOfChild(tuesdayAtTen), 11 * 7 + 1);
    QCOMPARE(
        namesOf(tuesdayAtTen),
        QStringList { QStringLiteral("Tuesday, 24 November 10:00 to 10:50, Beratung A, video, planned") });
    QCOMPARE(tuesdayAtTen->child(0)->parent(), tuesdayAtTen);
    QCOMPARE(namesOf(table->cellAt(15, 3)),
             QStringList { QStringLiteral("Thursday, 26 November 14:00 to 14:50, Beratung B, phone, held") });
    QCOMPARE(table->cellAt(12, 1)->childCount(), 0);
    QCOMPARE(tuesdayAtTen->text(QAccessible::Description), QStringLiteral("1 appointments"));
    // Tester13's K9: the day's own row, read by the day's name, counted its all-day appointments
    // only ("1" beside the month overview's "2", nothing for a day of timed ones).
    QCOMPARE(table->cellAt(0, 1)->text(QAccessible::Name),
             QLocale().toString(QDate(2026, 11, 24), QLocale::LongFormat));
    QCOMPARE(table->cellAt(0, 1)->text(QAccessible::Description), QStringLiteral("1 appointments"));
    QCOMPARE(table->cellAt(0, 1)->childCount(), 0);
    QCOMPARE(table->cellAt(0, 2)->text(QAccessible::Description), QString()); // nothing on Wednesday

    // Each appointment where it is painted, so a reader can point at it.
    const auto* view = qobject_cast<TimeGridView*>(m_shown->calendar.currentView());
    const QRect painted = view->itemRects(m_shown->calendar.model().rowOf(
        m_shown->calendar.model().index(0).data(OccurrenceModel::UidRole).toString(), QDateTime()))[0];
    QCOMPARE(tuesdayAtTen->child(0)->rect(),
             QRect(view->grid()->mapToGlobal(painted.topLeft()), painted.size()));
}

void TestCalendarViewAccessible::appointmentActionsOpenStartAndInvite()
{
    add(QStringLiteral("Video"), QDate(2026, 11, 24), 10, SessionKind::Jitsi);
    add(QStringLiteral("Vor Ort"), QDate(2026, 11, 24), 12, SessionKind::InPerson);
    QAccessibleTableInterface* table = viewInterface()->tableInterface();
    QAccessibleInterface* video = table->cellAt(11, 1)->child(0);
    QAccessibleActionInterface* actions = video->actionInterface();
    QVERIFY(actions);
    QCOMPARE(actions->actionNames(),
             (QStringList { QAccessibleActionInterface::pressAction(), QStringLiteral("start"),
                            QStringLiteral("invite") }));
    QCOMPARE(actions->localizedActionName(QStringLiteral("invite")), QStringLiteral("Invite participants"));
    // In person there is nothing to start or invite to.
    QCOMPARE(table->cellAt(13, 1)->child(0)->actionInterface()->actionNames(),
             QStringList { QAccessibleActionInterface::pressAction() });

    QSignalSpy starts(&m_shown->calendar, &CalendarWidget::startRequested);
    QSignalSpy invites(&m_shown->calendar, &CalendarWidget::inviteRequested);
    actions->doAction(QStringLiteral("invite"));
    QCOMPARE(m_shown->calendar.selectedOccurrence()->appointment->title, QStringLiteral("Video"));
    QTRY_COMPARE(invites.size(), 1);
    QCOMPARE(invites.at(0).at(0).value<Occurrence>().appointment->title, QStringLiteral("Video"));
    actions->doAction(QStringLiteral("start"));
    QTRY_COMPARE(starts.size(), 1);
    QCOMPARE(starts.at(0).at(0).value<Occurrence>().appointment->title, QStringLiteral("Video"));
}

void TestCalendarViewAccessible::monthIsATableOfDaysWithTheirAppointments()
{
    add(QStringLiteral("Beratung A"), QDate(2026, 11, 24), 10, SessionKind::Jitsi);
    add(QStringLiteral("Beratung C"), QDate(2026, 11, 24), 16, SessionKind::Phone,
        AppointmentStatus::CancelledByClient);
    m_shown->calendar.setMode(CalendarWidget::Mode::Month);
    QAccessibleInterface* month = viewInterface();
    QCOMPARE(month->role(), QAccessible::Table);
    QCOMPARE(month->childCount(), 42);
    QCOMPARE(month->tableInterface()->columnDescription(0), QStringLiteral("Monday"));
    // November 2026 begins on a Sunday: the table starts on Monday 26 October.
    QAccessibleInterface* tuesday = month->tableInterface()->cellAt(4, 1);
    QCOMPARE(tuesday->text(QAccessible::Name), QLocale().toString(QDate(2026, 11, 24), QLocale::LongFormat));
    QCOMPARE(tuesday->text(QAccessible::Description), QStringLiteral("2 appointments"));
    QCOMPARE(namesOf(tuesday),
             (QStringList { QStringLiteral("Tuesday, 24 November 10:00 to 10:50, Beratung A, video, planned"),
                            QStringLiteral("Tuesday, 24 November 16:00 to 16:50, Beratung C, phone, "
                                           "cancelled by the client") }));
}

void TestCalendarViewAccessible::agendaIsAListOfAppointments()
{
    m_shown->calendar.setFocusDate(QDate(2026, 11, 23));
    m_shown->calendar.setMode(CalendarWidget::Mode::Agenda);
    add(QStringLiteral("Beratung A"), QDate(2026, 11, 24), 10, SessionKind::Jitsi);
    add(QStringLiteral("Beratung D"), QDate(2026, 12, 2), 9, SessionKind::InPerson);
    QAccessibleInterface* agenda = viewInterface();
    QCOMPARE(agenda->role(), QAccessible::List);
    QVERIFY(!agenda->tableInterface());
    QCOMPARE(namesOf(agenda),
             (QStringList {
                 QStringLiteral("Tuesday, 24 November 10:00 to 10:50, Beratung A, video, planned"),
                 QStringLiteral("Wednesday, 2 December 09:00 to 09:50, Beratung D, in person, planned") }));
    QCOMPARE(agenda->indexOfChild(agenda->child(1)), 1);
    QCOMPARE(agenda->child(1)->role(), QAccessible::ListItem);
}

void TestCalendarViewAccessible::focusFollowsTheKeyboard()
{
    add(QStringLiteral("Beratung A"), QDate(2026, 11, 24), 10, SessionKind::Jitsi);
    CalendarView* view = m_shown->calendar.currentView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    const auto focused = [this] {
        QAccessibleInterface* child = viewInterface()->focusChild();
        return child && child->state().focused ? child->text(QAccessible::Name) : QString();
    };

    QTest::keyClick(view, Qt::Key_Left); // to Tuesday
    QCOMPARE(focused(), QLocale().toString(QDate(2026, 11, 24), QLocale::LongFormat));
    QTest::keyClick(view, Qt::Key_Down); // its first appointment
    QCOMPARE(focused(), QStringLiteral("Tuesday, 24 November 10:00 to 10:50, Beratung A, video, planned"));
    QVERIFY(viewInterface()->focusChild()->state().selected);

    // Moved with the keyboard, it stays selected and is read with its new time.
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(focused(),
                 QStringLiteral("Tuesday, 24 November 10:15 to 11:05, Beratung A, video, planned"));
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    QTRY_COMPARE(focused(),
                 QStringLiteral("Tuesday, 24 November 10:15 to 11:20, Beratung A, video, planned"));
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(focused(),
                 QStringLiteral("Wednesday, 25 November 10:15 to 11:20, Beratung A, video, planned"));
    m_shown->undo.undo();
    QTRY_COMPARE(focused(),
                 QStringLiteral("Tuesday, 24 November 10:15 to 11:20, Beratung A, video, planned"));

    m_shown->calendar.setMode(CalendarWidget::Mode::Month);
    m_shown->calendar.currentView()->selectRow(-1);
    QTest::keyClick(m_shown->calendar.currentView(), Qt::Key_Down); // a week later
    QCOMPARE(focused(), QLocale().toString(QDate(2026, 12, 1), QLocale::LongFormat));
}

void TestCalendarViewAccessible::appointmentsInAnotherZoneSayWhenTheyWerePlanned()
{
    add(QStringLiteral("Beratung NY"), QDate(2026, 11, 24), 10, SessionKind::Jitsi,
        AppointmentStatus::Planned, QStringLiteral("America/New_York"));
    QAccessibleInterface* appointment = viewInterface()->tableInterface()->cellAt(17, 1)->child(0);
    QVERIFY(appointment);
    QCOMPARE(appointment->text(QAccessible::Name),
             QStringLiteral("Tuesday, 24 November 16:00 to 16:50, Beratung NY, video, planned"));
    QCOMPARE(appointment->text(QAccessible::Description),
             QStringLiteral("planned for 10:00 in America/New_York"));
}

QTEST_MAIN(TestCalendarViewAccessible)
#include "tst_CalendarViewAccessible.moc"

// A screen reader lists what is on the screen: not the cells of the views not shown, nor the hours
// scrolled away (the AT-SPI test counted the day and work-week cells for 10:00 in the week view).
void TestCalendarViewAccessible::onlyWhatIsShownIsOnScreen()
{
    add(QStringLiteral("Beratung A"), QDate(2026, 11, 24), 10, SessionKind::Jitsi);
    QAccessibleTableInterface* week = viewInterface()->tableInterface();
    QAccessibleInterface* tuesdayAtTen = week->cellAt(11, 1);
    QVERIFY(!tuesdayAtTen->state().invisible);
    QVERIFY(!tuesdayAtTen->state().offscreen);
    QVERIFY(!tuesdayAtTen->child(0)->state().offscreen);
    QVERIFY2(week->cellAt(2, 1)->state().offscreen, "01:00 is scrolled away: the grid opens at 07:00");

    CalendarView* day = nullptr;
    for (CalendarView* view : m_shown->calendar.findChildren<CalendarView*>()) {
        if (view->cellColumnCount() == 1)
            day = view;
    }
    QVERIFY(day && !day->isVisible());
    QAccessibleInterface* dayAtTen
        = QAccessible::queryAccessibleInterface(day)->tableInterface()->cellAt(11, 0);
    QVERIFY(dayAtTen->state().invisible);
    QVERIFY(dayAtTen->state().offscreen);
}

// The grid opens at 07:00: "▲ 1 more earlier" tells a sighted user of an appointment above the hours
// in view. A screen reader read only the cells, and its user never learned of it.
void TestCalendarViewAccessible::appointmentsBeforeAndAfterTheHoursShownAreSaid()
{
    add(QStringLiteral("Früh A"), QDate(2026, 11, 24), 5, SessionKind::Jitsi);
    add(QStringLiteral("Früh B"), QDate(2026, 11, 25), 6, SessionKind::Jitsi);
    add(QStringLiteral("Spät A"), QDate(2026, 11, 25), 22, SessionKind::Jitsi);
    add(QStringLiteral("Spät B"), QDate(2026, 11, 26), 22, SessionKind::Phone);
    QAccessibleInterface* week = viewInterface();
    QStringList hints;
    QAccessibleInterface* earlier = nullptr;
    for (int index = 0; index < week->childCount(); ++index) {
        QAccessibleInterface* part = week->child(index);
        if (part->role() != QAccessible::Button || part->state().invisible)
            continue;
        hints.append(part->text(QAccessible::Name));
        QCOMPARE(part->parent(), week);
        QCOMPARE(week->indexOfChild(part), index);
        QCOMPARE(week->childAt(part->rect().center().x(), part->rect().center().y()), part);
        if (!earlier)
            earlier = part;
    }
    QCOMPARE(hints,
             (QStringList { QStringLiteral("2 more appointments earlier, before the hours shown"),
                            QStringLiteral("2 more appointments later, after the hours shown") }));

    // Pressed, it scrolls to the early appointments, and the hint goes.
    QAccessibleInterface* tuesdayAtFive = week->tableInterface()->cellAt(6, 1);
    QVERIFY(tuesdayAtFive->state().offscreen);
    QVERIFY(earlier->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
    earlier->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(!tuesdayAtFive->state().offscreen);
    QTRY_VERIFY(earlier->state().invisible);
}
