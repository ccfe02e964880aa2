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

ZoneOffsets::ZoneOffsets(const QTimeZone& zone, const QDateTime& from, const QDateTime& to)
    : m_zone(zone)
    , m_fromMs(from.toMSecsSinceEpoch())
    , m_toMs(to.toMSecsSinceEpoch())
{
    m_offsets.append({ m_fromMs, zone.offsetFromUtc(from) });
    for (const QTimeZone::OffsetData& transition : zone.transitions(from, to))
        m_offsets.append({ transition.atUtc.toMSecsSinceEpoch(), transition.offsetFromUtc });
}

QDate ZoneOffsets::localDate(qint64 utcMs) const
{
    constexpr qint64 dayMs = 24 * 3600 * 1000;
    constexpr qint64 julianDayOfEpoch = 2440588;
    if (utcMs < m_fromMs || utcMs > m_toMs)
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toTimeZone(m_zone).date();
    const auto after
        = std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), utcMs,
                           [](qint64 ms, const std::pair<qint64, int>& change) { return ms < change.first; });
    const qint64 localMs = utcMs + qint64(std::prev(after)->second) * 1000;
    // Floor division: instants before 1970 count towards the day before.
    const qint64 days = localMs >= 0 ? localMs / dayMs : -((-localMs + dayMs - 1) / dayMs);
    return QDate::fromJulianDay(days + julianDayOfEpoch);
}
