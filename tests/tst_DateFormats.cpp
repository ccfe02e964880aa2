#include "core/base/DateFormats.h"

#include <QTest>

// Headings show dates the way the UI's language writes them.
class TestDateFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheLocale_data();
    void followsTheLocale();
};

void TestDateFormats::followsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("dayMonthYear");
    QTest::addColumn<QString>("dayMonth");
    QTest::addColumn<QString>("numericDayMonth");
    QTest::addColumn<QString>("weekdayDayMonth");

    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("23. Nov. 2026")
                            << QStringLiteral("23. Nov.") << QStringLiteral("23.11.")
                            << QStringLiteral("Montag, 23. November");
    QTest::newRow("English (US)") << QStringLiteral("en_US") << QStringLiteral("Nov 23, 2026")
                                  << QStringLiteral("Nov 23") << QStringLiteral("11/23")
                                  << QStringLiteral("Monday, November 23");
    QTest::newRow("English (UK)") << QStringLiteral("en_GB") << QStringLiteral("23 Nov 2026")
                                  << QStringLiteral("23 Nov") << QStringLiteral("23/11")
                                  << QStringLiteral("Monday, 23 November");
}

void TestDateFormats::followsTheLocale()
{
    QFETCH(QString, locale);
    const QLocale language(locale);
    const QDate date(2026, 11, 23);
    QTEST(language.toString(date, DateFormats::dayMonthYear(language)), "dayMonthYear");
    QTEST(language.toString(date, DateFormats::dayMonth(language)), "dayMonth");
    QTEST(language.toString(date, DateFormats::numericDayMonth(language)), "numericDayMonth");
    QTEST(language.toString(date, DateFormats::weekdayDayMonth(language)), "weekdayDayMonth");
}

QTEST_GUILESS_MAIN(TestDateFormats)
#include "tst_DateFormats.moc"
