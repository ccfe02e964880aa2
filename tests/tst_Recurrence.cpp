#include "core/calendar/Recurrence.h"

#include <QTest>

class TestRecurrence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weeklySessionKeepsItsLocalTimeAcrossDst_data();
    void weeklySessionKeepsItsLocalTimeAcrossDst();
    void occurrenceInTheSpringGapMovesForward();
    void untilInUtcIsHonoured();
    void countEndsTheSeries();
    void endlessSeriesHasNoLastStart();
    void windowIsHalfOpen();
    void everyOtherWeekAndMonthlyPresets();
    void allDaySeriesUsesDates();
    void rulesAreValidated_data();
    void rulesAreValidated();
    void rscaleRuleIsExpandedWithoutLeaking();
    void ruleThatNeverMatchesCostsOnlyItsWindow();

private:
    static QDateTime utc(int y, int mo, int d, int h, int mi = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
    }
    static QDateTime local(const char* zone, int y, int mo, int d, int h, int mi = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone));
    }
};

void TestRecurrence::weeklySessionKeepsItsLocalTimeAcrossDst_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("afterChange");
    QTest::addColumn<int>("offsetBeforeHours");
    QTest::addColumn<int>("offsetAfterHours");
    QTest::newRow("Berlin, spring forward")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 23) << QDate(2026, 3, 30) << 1 << 2;
    QTest::newRow("Berlin, fall back")
        << QByteArray("Europe/Berlin") << QDate(2026, 10, 19) << QDate(2026, 10, 26) << 2 << 1;
    QTest::newRow("New York, spring forward")
        << QByteArray("America/New_York") << QDate(2026, 3, 2) << QDate(2026, 3, 9) << -5 << -4;
    QTest::newRow("New York, fall back")
        << QByteArray("America/New_York") << QDate(2026, 10, 26) << QDate(2026, 11, 2) << -4 << -5;
}

void TestRecurrence::weeklySessionKeepsItsLocalTimeAcrossDst()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, first);
    QFETCH(QDate, afterChange);
    QFETCH(int, offsetBeforeHours);
    QFETCH(int, offsetAfterHours);
    const QTimeZone timeZone(zone);
    const QDateTime firstStart = QDateTime(first, QTime(9, 0), timeZone).toUTC();
    const QList<QDateTime> starts = Recurrence::starts(QStringLiteral("FREQ=WEEKLY"), firstStart, timeZone,
                                                       firstStart, firstStart.addDays(13));
    QCOMPARE(starts.size(), 2);
    QCOMPARE(starts.at(0), QDateTime(first, QTime(9 - offsetBeforeHours, 0), Qt::UTC));
    QCOMPARE(starts.at(1), QDateTime(afterChange, QTime(9 - offsetAfterHours, 0), Qt::UTC));
    for (const QDateTime& start : starts)
        QCOMPARE(start.toTimeZone(timeZone).time(), QTime(9, 0));
}

void TestRecurrence::occurrenceInTheSpringGapMovesForward()
{
    // RFC 5545: a local time that does not exist is read with the offset before the gap, so
    // 02:30 on 29 March 2026 in Berlin is 01:30 UTC (03:30 summer time).
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime first = utc(2026, 3, 28, 1, 30); // 02:30 winter time
    const QList<QDateTime> starts
        = Recurrence::starts(QStringLiteral("FREQ=DAILY;COUNT=3"), first, berlin, first, first.addDays(5));
    QCOMPARE(starts.size(), 3);
    QCOMPARE(starts.at(0), utc(2026, 3, 28, 1, 30));
    QCOMPARE(starts.at(1), utc(2026, 3, 29, 1, 30));
    QCOMPARE(starts.at(2), utc(2026, 3, 30, 0, 30));
}

void TestRecurrence::untilInUtcIsHonoured()
{
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime first = local("Europe/Berlin", 2026, 1, 1, 9).toUTC();
    const QString rule = QStringLiteral("FREQ=DAILY;UNTIL=20260105T080000Z");
    const QList<QDateTime> starts = Recurrence::starts(rule, first, berlin, first, first.addDays(30));
    QCOMPARE(starts.size(), 5);
    QCOMPARE(starts.last(), utc(2026, 1, 5, 8));
    QCOMPARE(Recurrence::lastStart(rule, first, berlin), std::optional<QDateTime>(utc(2026, 1, 5, 8)));
}

void TestRecurrence::countEndsTheSeries()
{
    const QTimeZone zone("America/New_York");
    const QDateTime first = local("America/New_York", 2026, 10, 20, 18).toUTC();
    QCOMPARE(Recurrence::lastStart(QStringLiteral("FREQ=WEEKLY;COUNT=3"), first, zone),
             std::optional<QDateTime>(local("America/New_York", 2026, 11, 3, 18).toUTC()));
    // COUNT is counted from the first occurrence even when the window starts later.
    const QList<QDateTime> late = Recurrence::starts(QStringLiteral("FREQ=WEEKLY;COUNT=3"), first, zone,
                                                     first.addDays(10), first.addDays(100));
    QCOMPARE(late.size(), 1);
    // Counted past the walk's bound: the millionth hour is found, not the 500,000th.
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime hourlyFirst = local("Europe/Berlin", 2026, 1, 5, 9, 30).toUTC();
    const QString million = QStringLiteral("FREQ=HOURLY;COUNT=1000000");
    const QDateTime millionth = local("Europe/Berlin", 2140, 2, 4, 0, 30).toUTC();
    QCOMPARE(Recurrence::lastStart(million, hourlyFirst, berlin), std::optional<QDateTime>(millionth));
    QCOMPARE(Recurrence::starts(million, hourlyFirst, berlin, millionth.addSecs(-3600), millionth.addDays(1)),
             QList<QDateTime>({ millionth.addSecs(-3600), millionth }));
}

void TestRecurrence::endlessSeriesHasNoLastStart()
{
    QVERIFY(!Recurrence::lastStart(QStringLiteral("FREQ=WEEKLY"), utc(2026, 1, 1, 9),
                                   QTimeZone("Europe/Berlin")));
    QVERIFY(!Recurrence::lastDate(QStringLiteral("FREQ=YEARLY"), QDate(2026, 1, 1)));
}

void TestRecurrence::windowIsHalfOpen()
{
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime first = local("Europe/Berlin", 2026, 6, 1, 14).toUTC();
    // Ten years in: the window jump must not change the result.
    const QDateTime from = local("Europe/Berlin", 2036, 6, 2, 0).toUTC();
    const QDateTime to = local("Europe/Berlin", 2036, 6, 5, 14).toUTC();
    const QList<QDateTime> starts = Recurrence::starts(QStringLiteral("FREQ=DAILY"), first, berlin, from, to);
    QCOMPARE(starts.size(), 3); // 2nd, 3rd, 4th; the 5th at 14:00 is the window's end, excluded
    QCOMPARE(starts.first(), local("Europe/Berlin", 2036, 6, 2, 14).toUTC());
    QCOMPARE(starts.last(), local("Europe/Berlin", 2036, 6, 4, 14).toUTC());
}

void TestRecurrence::everyOtherWeekAndMonthlyPresets()
{
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime first = local("Europe/Berlin", 2026, 1, 31, 10).toUTC();
    const QList<QDateTime> biweekly = Recurrence::starts(QStringLiteral("FREQ=WEEKLY;INTERVAL=2"), first,
                                                         berlin, first, first.addDays(30));
    QCOMPARE(biweekly.size(), 3);
    QCOMPARE(biweekly.at(1), first.addDays(14));
    // On the 31st: months without one are skipped, as RFC 5545 says.
    const QList<QDateTime> monthly
        = Recurrence::starts(QStringLiteral("FREQ=MONTHLY"), first, berlin, first, first.addDays(70));
    QCOMPARE(monthly.size(), 2);
    QCOMPARE(monthly.at(1).toTimeZone(berlin).date(), QDate(2026, 3, 31));
}

void TestRecurrence::allDaySeriesUsesDates()
{
    const QList<QDate> dates = Recurrence::dates(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH"),
                                                 QDate(2026, 3, 26), QDate(2026, 3, 28), QDate(2026, 4, 6));
    QCOMPARE(dates, QList<QDate>({ QDate(2026, 3, 30), QDate(2026, 4, 2) }));
    QCOMPARE(Recurrence::lastDate(QStringLiteral("FREQ=DAILY;COUNT=4"), QDate(2026, 12, 30)),
             std::optional<QDate>(QDate(2027, 1, 2)));
}

void TestRecurrence::rulesAreValidated_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("valid");
    QTest::newRow("weekly") << QStringLiteral("FREQ=WEEKLY") << true;
    QTest::newRow("complex") << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20271231T230000Z") << true;
    QTest::newRow("garbage") << QStringLiteral("every tuesday") << false;
    QTest::newRow("no frequency") << QStringLiteral("INTERVAL=2") << false;
    QTest::newRow("minutely") << QStringLiteral("FREQ=MINUTELY") << false;
    QTest::newRow("empty") << QString() << false;
    // libical searched for seconds for what these name (fuzzing found them).
    QTest::newRow("sixth Friday of a month") << QStringLiteral("FREQ=MONTHLY;BYDAY=6FR") << false;
    QTest::newRow("fifth Friday of a month") << QStringLiteral("FREQ=MONTHLY;BYDAY=5FR") << true;
    QTest::newRow("second of one date a month") << QStringLiteral("FREQ=MONTHLY;BYSETPOS=2") << false;
    QTest::newRow("sixth-last Monday") << QStringLiteral("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-6") << false;
    QTest::newRow("last working day")
        << QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1") << true;
    // libical crashed on these (fuzzing found the first).
    QTest::newRow("week 42 with its minutes")
        << QStringLiteral("FREQ=YEARLY;BYWEEKNO=42;BYMINUTE=5,30") << false;
    QTest::newRow("week 42") << QStringLiteral("FREQ=YEARLY;BYWEEKNO=42") << false;
    QTest::newRow("Monday of week 42") << QStringLiteral("FREQ=YEARLY;BYWEEKNO=42;BYDAY=MO") << true;
}

void TestRecurrence::rulesAreValidated()
{
    QFETCH(QString, rule);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(Recurrence::validateRule(rule, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

// RSCALE (RFC 7529) names the calendar a rule counts in. libical 3.0 allocates the name and leaves
// freeing it to the caller: under ./test --sanitize, LeakSanitizer fails this test if it leaks.
void TestRecurrence::rscaleRuleIsExpandedWithoutLeaking()
{
    const QString rule = QStringLiteral("FREQ=YEARLY;RSCALE=GREGORIAN;COUNT=3");
    const QTimeZone zone("Europe/Berlin");
    const QDateTime first = local("Europe/Berlin", 2026, 3, 2, 10).toUTC();
    QVERIFY(Recurrence::validateRule(rule, nullptr));
    QCOMPARE(Recurrence::starts(rule, first, zone, first, first.addYears(10)).size(), 3);
    QCOMPARE(Recurrence::lastStart(rule, first, zone),
             std::optional<QDateTime>(local("Europe/Berlin", 2028, 3, 2, 10).toUTC()));
    QCOMPARE(Recurrence::lastDate(rule, QDate(2026, 3, 2)), std::optional<QDate>(QDate(2028, 3, 2)));
    const Recurrence::Split split = Recurrence::splitAt(rule, first, zone, first.addYears(1));
    QCOMPARE(split.countBefore, 1);
    QVERIFY(split.followingRule.contains(QStringLiteral("RSCALE=GREGORIAN")));
}

// 30 February never comes: libical searched up to its year 2582 for it, 8 s for every window and
// every save. Each call below did that; together they ran past the test's timeout.
void TestRecurrence::ruleThatNeverMatchesCostsOnlyItsWindow()
{
    const QTimeZone zone("Europe/Berlin");
    const QDateTime first = local("Europe/Berlin", 2026, 1, 5, 9).toUTC();
    const QString never = QStringLiteral("FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30");
    QVERIFY(Recurrence::validateRule(never, nullptr));
    for (int year = 0; year < 10; ++year) {
        const QDateTime from = first.addYears(year);
        QVERIFY(Recurrence::starts(never, first, zone, from, from.addYears(1)).size() <= 1);
        QVERIFY(Recurrence::dates(never, first.date(), from.date(), from.date().addYears(1)).size() <= 1);
    }
    // Counted, its end cannot be found within the search: endless, not a wrong end.
    QCOMPARE(Recurrence::lastStart(never + QStringLiteral(";COUNT=5"), first, zone), std::nullopt);
    // With UNTIL, no occurrence passes it.
    QCOMPARE(Recurrence::lastStart(never + QStringLiteral(";UNTIL=21000101T000000Z"), first, zone),
             std::optional<QDateTime>(utc(2100, 1, 1, 0)));
}

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_Recurrence.moc"
