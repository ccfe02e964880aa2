#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

// Wall-clock times in a zone, read the way RFC 5545 reads them, independent of how a Qt version
// resolves times around DST changes.
class WallClock
{
public:
    // The instant a local time names: in a fall-back fold the first (earlier) one; in a
    // spring-forward gap the time is read with the UTC offset from before the gap.
    static QDateTime toUtc(const QDate& date, const QTime& time, const QTimeZone& zone);

    // False for times skipped when the clocks spring forward.
    static bool exists(const QDate& date, const QTime& time, const QTimeZone& zone);
};

// A zone's UTC offsets over a span, for turning many instants into local dates at once: asking
// QTimeZone costs about a microsecond per instant, a lookup here a few nanoseconds.
class ZoneOffsets
{
public:
    ZoneOffsets(const QTimeZone& zone, const QDateTime& from, const QDateTime& to);

    // The local date of an instant; outside [from, to] QTimeZone is asked.
    QDate localDate(qint64 utcMs) const;

private:
    QTimeZone m_zone;
    qint64 m_fromMs;
    qint64 m_toMs;
    // From each instant on (UTC ms), the offset in seconds; the first entry is at m_fromMs.
    QList<std::pair<qint64, int>> m_offsets;
};
