#include "core/base/DateFormats.h"

#include <QRegularExpression>

namespace {
QString withoutYear(QString format)
{
    // The year and the separators around it, but not a dot: German writes "23.11." for the day
    // and month.
    static const QRegularExpression year(QStringLiteral("[\\s,/-]*y+[\\s,/-]*"));
    return format.remove(year);
}
} // namespace

QString DateFormats::dayMonthYear(const QLocale& locale)
{
    static const QRegularExpression weekday(QStringLiteral("[\\s,]*dddd[\\s,]*"));
    return locale.dateFormat(QLocale::LongFormat)
        .remove(weekday)
        .replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
}

QString DateFormats::dayMonth(const QLocale& locale)
{
    return withoutYear(dayMonthYear(locale));
}

QString DateFormats::weekdayDayMonth(const QLocale& locale)
{
    return withoutYear(locale.dateFormat(QLocale::LongFormat));
}

QString DateFormats::numericDayMonth(const QLocale& locale)
{
    return withoutYear(locale.dateFormat(QLocale::ShortFormat));
}
