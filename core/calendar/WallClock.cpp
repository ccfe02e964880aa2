#include "core/calendar/WallClock.h"

#include <QList>

#include <algorithm>

namespace {

constexpr qint64 secondsPerDay = 24 * 3600;

// The instants at which the zone's clocks show this time: none (gap), one, or two (fold).
QList<QDateTime> readings(const QDate& date, const QTime& time, const QTimeZone& zone, int* offsetBefore)
{
    const QDateTime asIfUtc(date, time, Qt::UTC);
    // Offsets change at most once around any one day, so those a day before and after cover both sides.
    *offsetBefore = zone.offsetFromUtc(asIfUtc.addSecs(-secondsPerDay));
    const int offsetAfter = zone.offsetFromUtc(asIfUtc.addSecs(secondsPerDay));
    QList<QDateTime> result;
    for (int offset : { *offsetBefore, offsetAfter }) {
        const QDateTime candidate = asIfUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && !result.contains(candidate))
            result.append(candidate);
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

QDateTime WallClock::toUtc(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    int offsetBefore = 0;
    const QList<QDateTime> instants = readings(date, time, zone, &offsetBefore);
    if (!instants.isEmpty())
        return instants.first();
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetBefore);
}

bool WallClock::exists(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    int offsetBefore = 0;
    return !readings(date, time, zone, &offsetBefore).isEmpty();
}
