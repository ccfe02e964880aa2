#pragma once

#include <QDate>
#include <QLocale>
#include <QTime>

#include <optional>

// Dates and times as people type them into a field, read the way they mean them: the day and
// month in their locale's order, two-digit years in this century ("01.12.26" is 1 December
// 2026, never 1926 or 2012), and times without separators ("930" is 09:30).
class DateTimeInput
{
public:
    // "1.12.26", "01.12.2026", "1.12." (the next 1 December from today), "2026-12-01"; in an
    // English (US) locale "12/1/26". Nothing for text that is not a date.
    static std::optional<QDate> parseDate(const QString& text, const QLocale& locale, const QDate& today);
    // Whether the text is written as a date but names a day the calendar lacks ("31.02.2027").
    static bool namesDayThatDoesNotExist(const QString& text, const QLocale& locale, const QDate& today);
    // "9", "930", "0930", "9:30", "09.30", "9 30". Nothing for text that is not a time of day.
    static std::optional<QTime> parseTime(const QString& text);

    // The locale's short date format with all four digits of the year ("dd.MM.yyyy", "M/d/yyyy"):
    // what a date field shows once typing is done.
    static QString dateFormat(const QLocale& locale);
    static QString timeFormat() { return QStringLiteral("HH:mm"); }
};
