#include "core/calendar/Recurrence.h"
#include "core/calendar/RecurrenceRule.h"

#include <QTest>

// The custom repeat editor reads and writes RRULEs through RecurrenceRule: what it writes must
// be what it read, and what libical expands.
class TestRecurrenceRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void leavesRulesItCannotShow_data();
    void leavesRulesItCannotShow();
    void untilIncludesTheLastDay();
};

namespace {
const QTimeZone berlin("Europe/Berlin");
}

void TestRecurrenceRule::roundTrips_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("allDay");
    QTest::newRow("weekly") << QStringLiteral("FREQ=WEEKLY") << false;
    QTest::newRow("every 2 weeks on Tuesday and Thursday, 10 times")
        << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10") << false;
    QTest::newRow("daily until a day (timed, in UTC)")
        << QStringLiteral("FREQ=DAILY;UNTIL=20261231T225959Z") << false;
    QTest::newRow("monthly until a day (all day)") << QStringLiteral("FREQ=MONTHLY;UNTIL=20270630") << true;
    QTest::newRow("every 3 years") << QStringLiteral("FREQ=YEARLY;INTERVAL=3") << true;
}

void TestRecurrenceRule::roundTrips()
{
    QFETCH(QString, rule);
    QFETCH(bool, allDay);
    QString error;
    QVERIFY2(Recurrence::validateRule(rule, &error), qPrintable(error));
    const std::optional<RecurrenceRule> parsed = RecurrenceRule::parse(rule, berlin);
    QVERIFY(parsed);
    QCOMPARE(parsed->toString(berlin, allDay), rule);
}

void TestRecurrenceRule::leavesRulesItCannotShow_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("last Friday of the month") << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR");
    QTest::newRow("day of the month") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15");
    QTest::newRow("week start") << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;WKST=SU");
    QTest::newRow("hourly") << QStringLiteral("FREQ=HOURLY");
    QTest::newRow("no frequency") << QStringLiteral("COUNT=3");
    QTest::newRow("count and until") << QStringLiteral("FREQ=DAILY;COUNT=3;UNTIL=20261231");
}

void TestRecurrenceRule::leavesRulesItCannotShow()
{
    QFETCH(QString, rule);
    QVERIFY(!RecurrenceRule::parse(rule, berlin));
}

// A series "until 4 December" at 19:00 in Berlin has its occurrence on 4 December, also when UTC
// has already moved on to the next day's date at the end of that day.
void TestRecurrenceRule::untilIncludesTheLastDay()
{
    RecurrenceRule rule;
    rule.frequency = RecurrenceRule::Frequency::Daily;
    rule.end = RecurrenceRule::End::OnDate;
    rule.until = QDate(2026, 12, 4);
    const QDateTime first(QDate(2026, 11, 30), QTime(19, 0), berlin);
    const QList<QDateTime> starts = Recurrence::starts(rule.toString(berlin, false), first.toUTC(), berlin,
                                                       first.toUTC(), first.addDays(30).toUTC());
    QCOMPARE(starts.size(), 5);
    QCOMPARE(starts.last().toTimeZone(berlin).date(), QDate(2026, 12, 4));
    QCOMPARE(RecurrenceRule::parse(rule.toString(berlin, false), berlin)->until, QDate(2026, 12, 4));
}

QTEST_GUILESS_MAIN(TestRecurrenceRule)
#include "tst_RecurrenceRule.moc"
