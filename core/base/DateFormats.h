#pragma once

#include <QLocale>
#include <QString>

// Date formats for headings and labels, derived from the locale instead of written out in one
// language: the German UI shows "23. Nov. 2026" and "23.11.", the English one "Nov 23, 2026"
// and "11/23".
class DateFormats
{
public:
    // The locale's long date without the weekday, its month abbreviated: "d. MMM yyyy", "MMM d, yyyy".
    static QString dayMonthYear(const QLocale& locale);
    // The same without the year: "d. MMM", "MMM d".
    static QString dayMonth(const QLocale& locale);
    // The locale's long date with the weekday, without the year: "dddd, d. MMMM", "dddd, MMMM d".
    static QString weekdayDayMonth(const QLocale& locale);
    // The locale's short date without the year: "dd.MM.", "M/d".
    static QString numericDayMonth(const QLocale& locale);
};
