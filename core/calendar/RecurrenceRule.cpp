#include "core/calendar/RecurrenceRule.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace {

const QStringList frequencyNames { QStringLiteral("DAILY"), QStringLiteral("WEEKLY"),
                                   QStringLiteral("MONTHLY"), QStringLiteral("YEARLY") };
const QStringList weekdayNames { QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                                 QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                                 QStringLiteral("SU") };

std::optional<QDate> untilDate(const QString& value, const QTimeZone& zone)
{
    if (value.size() == 8)
        return QDate::fromString(value, QStringLiteral("yyyyMMdd"));
    const bool utc = value.endsWith(QLatin1Char('Z'));
    const QDateTime until = QDateTime::fromString(value.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!until.isValid())
        return std::nullopt;
    if (!utc)
        return until.date();
    return QDateTime(until.date(), until.time(), QTimeZone::utc()).toTimeZone(zone).date();
}

} // namespace

std::optional<RecurrenceRule> RecurrenceRule::parse(const QString& rule, const QTimeZone& zone)
{
    RecurrenceRule parsed;
    bool hasFrequency = false;
    for (const QString& part : rule.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).toUpper();
        const QString value = part.section(QLatin1Char('='), 1).toUpper();
        bool number = false;
        if (key == QLatin1String("FREQ") && frequencyNames.contains(value)) {
            parsed.frequency = Frequency(frequencyNames.indexOf(value));
            hasFrequency = true;
        } else if (key == QLatin1String("INTERVAL")) {
            parsed.interval = value.toInt(&number);
            if (!number || parsed.interval < 1)
                return std::nullopt;
        } else if (key == QLatin1String("BYDAY")) {
            for (const QString& day : value.split(QLatin1Char(','))) {
                if (!weekdayNames.contains(day))
                    return std::nullopt; // "1MO", "-1FR": a position in the month
                parsed.weekdays.append(Qt::DayOfWeek(weekdayNames.indexOf(day) + 1));
            }
        } else if (key == QLatin1String("COUNT") && parsed.end == End::Never) {
            parsed.count = value.toInt(&number);
            if (!number || parsed.count < 1)
                return std::nullopt;
            parsed.end = End::AfterCount;
        } else if (key == QLatin1String("UNTIL") && parsed.end == End::Never) {
            const std::optional<QDate> until = untilDate(value, zone);
            if (!until || !until->isValid())
                return std::nullopt;
            parsed.until = *until;
            parsed.end = End::OnDate;
        } else {
            return std::nullopt;
        }
    }
    if (!hasFrequency || (!parsed.weekdays.isEmpty() && parsed.frequency != Frequency::Weekly))
        return std::nullopt;
    return parsed;
}

QString RecurrenceRule::toString(const QTimeZone& zone, bool allDay) const
{
    QStringList parts { QStringLiteral("FREQ=") + frequencyNames.at(int(frequency)) };
    if (interval > 1)
        parts.append(QStringLiteral("INTERVAL=%1").arg(interval));
    if (frequency == Frequency::Weekly && !weekdays.isEmpty()) {
        QList<Qt::DayOfWeek> days = weekdays;
        std::sort(days.begin(), days.end());
        QStringList names;
        for (Qt::DayOfWeek day : days)
            names.append(weekdayNames.at(day - 1));
        parts.append(QStringLiteral("BYDAY=") + names.join(QLatin1Char(',')));
    }
    if (end == End::AfterCount)
        parts.append(QStringLiteral("COUNT=%1").arg(count));
    if (end == End::OnDate) {
        parts.append(QStringLiteral("UNTIL=")
                     + (allDay ? until.toString(QStringLiteral("yyyyMMdd"))
                               : QDateTime(until, QTime(23, 59, 59), zone)
                                     .toUTC()
                                     .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    }
    return parts.join(QLatin1Char(';'));
}
