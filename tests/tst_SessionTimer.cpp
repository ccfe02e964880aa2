#include "core/meeting/SessionTimer.h"
#include "tests/support/MockClock.h"

#include <QSignalSpy>
#include <QTest>

// The session timer reads the app's clock: elapsed against planned, and one quiet cue five
// minutes before the planned end.
class TestSessionTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsElapsedOfPlanned();
    void cuesOnceFiveMinutesBeforeThePlannedEnd();
    void sessionBegunInItsLastMinutesIsNotCued();
    void rejoiningKeepsTheFirstStart();
};

namespace {
const QDateTime planned = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
}

void TestSessionTimer::showsElapsedOfPlanned()
{
    MockClock clock(planned.addSecs(-120));
    SessionTimer timer(clock, planned, planned.addSecs(50 * 60));
    QCOMPARE(timer.text(), QStringLiteral("0:00 of 50 min"));
    timer.start();
    clock.advance((12 * 60 + 5) * 1000);
    QCOMPARE(timer.text(), QStringLiteral("12:05 of 50 min"));
    clock.advance(60 * 60 * 1000);
    QCOMPARE(timer.text(), QStringLiteral("1:12:05 of 50 min"));
    SessionTimer minute(clock, planned, planned.addSecs(60));
    QCOMPARE(minute.text(), QStringLiteral("0:00 of 1 min"));
}

void TestSessionTimer::cuesOnceFiveMinutesBeforeThePlannedEnd()
{
    MockClock clock(planned);
    SessionTimer timer(clock, planned, planned.addSecs(50 * 60));
    QSignalSpy cue(&timer, &SessionTimer::nearEnd);
    timer.update();
    QCOMPARE(cue.size(), 0); // not started
    timer.start();
    clock.setTime(planned.addSecs(45 * 60 - 1));
    timer.update();
    QCOMPARE(cue.size(), 0);
    clock.setTime(planned.addSecs(45 * 60));
    timer.update();
    QCOMPARE(cue.size(), 1);
    clock.setTime(planned.addSecs(55 * 60));
    timer.update();
    QCOMPARE(cue.size(), 1);
}

void TestSessionTimer::sessionBegunInItsLastMinutesIsNotCued()
{
    MockClock clock(planned.addSecs(47 * 60));
    SessionTimer timer(clock, planned, planned.addSecs(50 * 60));
    QSignalSpy cue(&timer, &SessionTimer::nearEnd);
    timer.start();
    clock.advance(60 * 1000);
    timer.update();
    QCOMPARE(cue.size(), 0);
}

void TestSessionTimer::rejoiningKeepsTheFirstStart()
{
    MockClock clock(planned);
    SessionTimer timer(clock, planned, planned.addSecs(50 * 60));
    timer.start();
    clock.advance(10 * 60 * 1000);
    timer.start();
    QCOMPARE(timer.elapsedMs(), qint64(10 * 60 * 1000));
}

QTEST_GUILESS_MAIN(TestSessionTimer)
#include "tst_SessionTimer.moc"
