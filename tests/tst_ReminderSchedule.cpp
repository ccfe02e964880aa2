#include "core/calendar/AppointmentStore.h"
#include "core/calendar/ReminderSchedule.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>
#include <QTimeZone>

class TestReminderSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_workspace = std::make_unique<TestWorkspace>(); }
    void remindsTheChosenMinutesBefore();
    void eachOccurrenceOfASeriesReminds();
    void missedRemindersAreFoundOnce();
    void cancelledAndPastAppointmentsStayQuiet();
    void appointmentsAlreadyBegunOrHeldStayQuiet();

private:
    static QDateTime berlin(int d, int h, int mi = 0)
    {
        return QDateTime(QDate(2026, 12, d), QTime(h, mi), QTimeZone("Europe/Berlin")).toUTC();
    }
    void add(const QString& title, const QDateTime& start, const QList<int>& reminders,
             const QString& rule = {}, AppointmentStatus status = AppointmentStatus::Planned);

    std::unique_ptr<TestWorkspace> m_workspace;
};

void TestReminderSchedule::add(const QString& title, const QDateTime& start, const QList<int>& reminders,
                               const QString& rule, AppointmentStatus status)
{
    Appointment appointment;
    appointment.title = title;
    appointment.kind = SessionKind::Phone;
    appointment.start = start;
    appointment.end = start.addSecs(50 * 60);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.reminderMinutes = reminders;
    appointment.rrule = rule;
    appointment.status = status;
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
}

void TestReminderSchedule::remindsTheChosenMinutesBefore()
{
    add(QStringLiteral("Zehn"), berlin(1, 9), { 10, 60 });
    const QList<ReminderSchedule::Reminder> hourBefore
        = ReminderSchedule::due(m_workspace->appointments(), berlin(1, 7, 59), berlin(1, 8, 0));
    QCOMPARE(hourBefore.size(), 1);
    QCOMPARE(hourBefore.first().minutesBefore, 60);
    QCOMPARE(hourBefore.first().due, berlin(1, 8));
    const QList<ReminderSchedule::Reminder> tenBefore
        = ReminderSchedule::due(m_workspace->appointments(), berlin(1, 8, 30), berlin(1, 8, 50));
    QCOMPARE(tenBefore.size(), 1);
    QCOMPARE(tenBefore.first().minutesBefore, 10);
    QCOMPARE(ReminderSchedule::due(m_workspace->appointments(), berlin(1, 8, 50), berlin(1, 8, 55)).size(),
             0);
}

void TestReminderSchedule::eachOccurrenceOfASeriesReminds()
{
    add(QStringLiteral("Woche"), berlin(1, 9), { 1440 }, QStringLiteral("FREQ=WEEKLY;COUNT=3"));
    const QList<ReminderSchedule::Reminder> reminders
        = ReminderSchedule::due(m_workspace->appointments(), berlin(1, 0), berlin(31, 0));
    QCOMPARE(reminders.size(), 2); // the day before the 8th and the 15th; the 1st's was before the span
    QCOMPARE(reminders.at(0).start, berlin(8, 9));
    QCOMPARE(reminders.at(0).recurrenceId, berlin(8, 9));
    QCOMPARE(reminders.at(1).due, berlin(14, 9));
}

void TestReminderSchedule::missedRemindersAreFoundOnce()
{
    add(QStringLiteral("Verpasst"), berlin(2, 9), { 10 });
    // The app was closed from 8:00 to 12:00: the check at start finds it, the next one does not.
    QCOMPARE(ReminderSchedule::due(m_workspace->appointments(), berlin(2, 8), berlin(2, 12)).size(), 1);
    QCOMPARE(ReminderSchedule::due(m_workspace->appointments(), berlin(2, 12), berlin(2, 12, 1)).size(), 0);
}

void TestReminderSchedule::cancelledAndPastAppointmentsStayQuiet()
{
    add(QStringLiteral("Abgesagt"), berlin(3, 9), { 10 }, {}, AppointmentStatus::CancelledByClient);
    add(QStringLiteral("Ohne"), berlin(3, 10), {});
    QCOMPARE(ReminderSchedule::due(m_workspace->appointments(), berlin(3, 0), berlin(3, 23)).size(), 0);
}

void TestReminderSchedule::appointmentsAlreadyBegunOrHeldStayQuiet()
{
    // The test user was reminded "Missed: Mon 11:30" of a session she had started early and of one
    // already held, each with a Start button that reopened it.
    add(QStringLiteral("Früh begonnen"), berlin(4, 11, 30), { 10 }, {}, AppointmentStatus::Started);
    add(QStringLiteral("Schon gehalten"), berlin(4, 12), { 10 }, {}, AppointmentStatus::Done);
    add(QStringLiteral("Nicht erschienen"), berlin(4, 13), { 10 }, {}, AppointmentStatus::NoShow);
    add(QStringLiteral("Geplant"), berlin(4, 14), { 10 });
    const QList<ReminderSchedule::Reminder> due
        = ReminderSchedule::due(m_workspace->appointments(), berlin(4, 0), berlin(4, 23));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().title, QStringLiteral("Geplant"));
}

QTEST_GUILESS_MAIN(TestReminderSchedule)
#include "tst_ReminderSchedule.moc"
