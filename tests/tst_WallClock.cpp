#include "core/calendar/WallClock.h"

#include <QTest>

class TestWallClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readings_data();
    void readings();
    void zoneOffsetsGiveTheSameDatesAsQTimeZone_data();
    void zoneOffsetsGiveTheSameDatesAsQTimeZone();
};

void TestWallClock::readings_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QDateTime>("utc");
    const auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
    };
    QTest::newRow("Berlin winter") << QByteArray("Europe/Berlin") << QDate(2026, 1, 15) << QTime(9, 0) << true
                                   << utc(2026, 1, 15, 8, 0);
    QTest::newRow("Berlin summer") << QByteArray("Europe/Berlin") << QDate(2026, 7, 15) << QTime(9, 0) << true
                                   << utc(2026, 7, 15, 7, 0);
    QTest::newRow("Berlin gap") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << QTime(2, 30) << false
                                << utc(2026, 3, 29, 1, 30);
    QTest::newRow("Berlin just after gap")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << QTime(3, 0) << true << utc(2026, 3, 29, 1, 0);
    QTest::newRow("Berlin fold: first") << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << QTime(2, 30)
                                        << true << utc(2026, 10, 25, 0, 30);
    QTest::newRow("New York gap") << QByteArray("America/New_York") << QDate(2026, 3, 8) << QTime(2, 15)
                                  << false << utc(2026, 3, 8, 7, 15);
    QTest::newRow("New York fold: first") << QByteArray("America/New_York") << QDate(2026, 11, 1)
                                          << QTime(1, 30) << true << utc(2026, 11, 1, 5, 30);
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 3, 29) << QTime(2, 30) << true
                         << utc(2026, 3, 29, 2, 30);
}

void TestWallClock::readings()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(bool, exists);
    QFETCH(QDateTime, utc);
    const QTimeZone timeZone(zone);
    QCOMPARE(WallClock::exists(date, time, timeZone), exists);
    QCOMPARE(WallClock::toUtc(date, time, timeZone), utc);
}

QTEST_GUILESS_MAIN(TestWallClock)
#include "tst_WallClock.moc"

void TestWallClock::zoneOffsetsGiveTheSameDatesAsQTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
    QTest::newRow("New York") << QByteArray("America/New_York");
    QTest::newRow("Kolkata (half hours)") << QByteArray("Asia/Kolkata");
    QTest::newRow("UTC") << QByteArray("UTC");
}

void TestWallClock::zoneOffsetsGiveTheSameDatesAsQTimeZone()
{
    QFETCH(QByteArray, zone);
    const QTimeZone timeZone(zone);
    // Six weeks around each of the year's clock changes, and instants outside the span.
    for (const QDate& first : { QDate(2026, 3, 1), QDate(2026, 10, 5) }) {
        const QDateTime from(first, QTime(0, 0), timeZone);
        const QDateTime to = from.addDays(42);
        const ZoneOffsets offsets(timeZone, from, to);
        for (QDateTime instant = from.addDays(-3); instant < to.addDays(3);
             instant = instant.addSecs(15 * 60))
            QCOMPARE(offsets.localDate(instant.toMSecsSinceEpoch()), instant.toTimeZone(timeZone).date());
    }
}
