#pragma once

#include "core/calendar/Appointment.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

class QSqlDatabase;
class QSqlError;
class StatementCache;

// Where one appearance of an appointment lies, in UTC epoch milliseconds. Dates of a series
// carry their recurrence id; single appointments and exceptions have none.
struct OccurrenceSlot
{
    qint64 appointmentId = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    std::optional<qint64> recurrenceIdMs;
};

// The dates of every series, expanded ahead of time into series_occurrences (see
// CalendarSchema), so that showing a month is an index range scan, not a libical run per series.
class SeriesIndex
{
public:
    // Dates are stored this far ahead: two years from today, at 00:00 UTC, where timed and
    // all-day dates split alike. Later dates are expanded when a window asks for them.
    static QDateTime horizon(const QDateTime& now);

    // The dates of a series whose recurrence id lies in [from, until), without its EXDATEs and
    // the dates in replaced (recurrence ids of stored exceptions). truncated tells whether the
    // expansion stopped at Recurrence::maxOccurrencesPerQuery before until.
    static QList<OccurrenceSlot> expand(const Appointment& series, const QDateTime& from,
                                        const QDateTime& until, const QSet<qint64>& replaced,
                                        bool* truncated = nullptr);

    // The recurrence ids that stored exceptions replace, per series UID.
    static bool replacedDates(const QSqlDatabase& database, const QStringList& uids,
                              QHash<QString, QSet<qint64>>* replaced, QSqlError* error);

    // Inside the caller's transaction: a series gets its dates up to horizon stored anew (a series
    // repeating more often than daily none: it is expanded per window); an exception takes the date
    // it replaces out of its series.
    static bool write(StatementCache& statements, const Appointment& appointment, const QDateTime& horizon,
                      QSqlError* error);
};
