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
