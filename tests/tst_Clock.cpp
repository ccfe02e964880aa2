#include "core/base/Clock.h"
#include "tests/support/MockClock.h"

#include <QTest>
#include <QTimeZone>

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockFollowsRealTime();
    void mockClockStandsStillUntilMoved();
};

void TestClock::systemClockFollowsRealTime()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = SystemClock::instance().currentMSecsSinceEpoch();
    QVERIFY(now >= before);
    QVERIFY(now - before < 5000);
    QCOMPARE(SystemClock::instance().nowUtc().timeSpec(), Qt::UTC);
}

void TestClock::mockClockStandsStillUntilMoved()
{
    const QDateTime start(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC);
    MockClock clock(start);
    QCOMPARE(clock.nowUtc(), start);
    QTest::qWait(20);
    QCOMPARE(clock.nowUtc(), start);
    clock.advance(90 * 60 * 1000);
    QCOMPARE(clock.nowUtc(), start.addSecs(90 * 60));
    // 02:00 UTC on the spring-forward day is already summer time in Berlin.
    QCOMPARE(clock.nowUtc().toTimeZone(QTimeZone("Europe/Berlin")).time(), QTime(4, 0));
    clock.setTime(start.addDays(-1));
    QCOMPARE(clock.nowUtc(), start.addDays(-1));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_Clock.moc"
