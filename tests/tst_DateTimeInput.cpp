#include "core/base/DateTimeInput.h"

#include <QTest>

// Dates and times typed the way counselors type them, in German and English.
class TestDateTimeInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTypedDates_data();
    void readsTypedDates();
    void readsTypedTimes_data();
    void readsTypedTimes();
    void showsTheFullYear();
};

namespace {
const QDate today(2026, 11, 29);
}

void TestDateTimeInput::readsTypedDates_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    const QString de = QStringLiteral("de_DE");
    const QString us = QStringLiteral("en_US");
    const QString gb = QStringLiteral("en_GB");
    QTest::newRow("two-digit year is this century") << de << QStringLiteral("01.12.26") << QDate(2026, 12, 1);
    QTest::newRow("four-digit year") << de << QStringLiteral("1.12.2026") << QDate(2026, 12, 1);
    QTest::newRow("as shown") << de << QStringLiteral("01.12.2026") << QDate(2026, 12, 1);
    QTest::newRow("digits only") << de << QStringLiteral("011226") << QDate(2026, 12, 1);
    QTest::newRow("no year: the coming one") << de << QStringLiteral("5.1.") << QDate(2027, 1, 5);
    QTest::newRow("no year: still this year") << de << QStringLiteral("30.12") << QDate(2026, 12, 30);
    QTest::newRow("ISO") << de << QStringLiteral("2026-12-01") << QDate(2026, 12, 1);
    QTest::newRow("US: month first") << us << QStringLiteral("12/1/26") << QDate(2026, 12, 1);
    QTest::newRow("US: as shown") << us << QStringLiteral("12/1/2026") << QDate(2026, 12, 1);
    QTest::newRow("UK: day first") << gb << QStringLiteral("1/12/26") << QDate(2026, 12, 1);
    QTest::newRow("not a day") << de << QStringLiteral("31.11.26") << QDate();
    QTest::newRow("three-digit year") << de << QStringLiteral("1.12.202") << QDate();
    QTest::newRow("words") << de << QStringLiteral("morgen") << QDate();
    QTest::newRow("empty") << de << QString() << QDate();
}

void TestDateTimeInput::readsTypedDates()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(DateTimeInput::parseDate(text, QLocale(locale), today).value_or(QDate()), expected);
}

void TestDateTimeInput::readsTypedTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected");
    QTest::newRow("hhmm") << QStringLiteral("0930") << QTime(9, 30);
    QTest::newRow("hmm") << QStringLiteral("930") << QTime(9, 30);
    QTest::newRow("h:mm") << QStringLiteral("9:30") << QTime(9, 30);
    QTest::newRow("hh:mm") << QStringLiteral("09:30") << QTime(9, 30);
    QTest::newRow("hh.mm") << QStringLiteral("14.15") << QTime(14, 15);
    QTest::newRow("hour") << QStringLiteral("9") << QTime(9, 0);
    QTest::newRow("afternoon hour") << QStringLiteral("17") << QTime(17, 0);
    QTest::newRow("midnight") << QStringLiteral("0:00") << QTime(0, 0);
    QTest::newRow("no such hour") << QStringLiteral("25:00") << QTime();
    QTest::newRow("no such minute") << QStringLiteral("9:75") << QTime();
    QTest::newRow("half typed") << QStringLiteral("93") << QTime();
    QTest::newRow("words") << QStringLiteral("mittags") << QTime();
}

void TestDateTimeInput::readsTypedTimes()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);
    QCOMPARE(DateTimeInput::parseTime(text).value_or(QTime()), expected);
}

void TestDateTimeInput::showsTheFullYear()
{
    QCOMPARE(DateTimeInput::dateFormat(QLocale(QStringLiteral("de_DE"))), QStringLiteral("dd.MM.yyyy"));
    QCOMPARE(DateTimeInput::dateFormat(QLocale(QStringLiteral("en_US"))), QStringLiteral("M/d/yyyy"));
}

QTEST_GUILESS_MAIN(TestDateTimeInput)
#include "tst_DateTimeInput.moc"
