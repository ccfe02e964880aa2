#include "core/calendar/SeriesIndex.h"

#include "core/calendar/Recurrence.h"
#include "core/storage/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000;

qint64 midnightUtcMs(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

QDateTime SeriesIndex::horizon(const QDateTime& now)
{
    return QDateTime(now.toUTC().date().addYears(2), QTime(0, 0), Qt::UTC);
}

QList<OccurrenceSlot> SeriesIndex::expand(const Appointment& series, const QDateTime& from,
                                          const QDateTime& until, const QSet<qint64>& replaced,
                                          bool* truncated)
{
    QList<OccurrenceSlot> slots;
    qsizetype expanded = 0;
    const auto add = [&](qint64 recurrenceIdMs, qint64 startMs, qint64 endMs) {
        if (!replaced.contains(recurrenceIdMs))
            slots.append({ series.id, startMs, endMs, recurrenceIdMs });
    };
    // Without a rule the series is its first date and its extra dates (RDATE).
    const bool ruled = !series.rrule.isEmpty();
    if (series.allDay) {
        const qint64 spanMs = series.startDate.daysTo(series.endDate) * dayMs;
        const QDate fromDate = from.toUTC().date();
        QDate untilDate = until.toUTC().date();
        QList<QDate> dates
            = ruled ? Recurrence::dates(series.rrule, series.startDate, fromDate, untilDate) : QList<QDate>();
        expanded = dates.size();
        // Cut short: the extra dates up to where the rule's dates stopped.
        if (expanded >= Recurrence::maxOccurrencesPerQuery)
            untilDate = dates.constLast().addDays(1);
        const auto inWindow = [&](const QDate& date) { return date >= fromDate && date < untilDate; };
        if (!ruled && inWindow(series.startDate))
            dates.append(series.startDate);
        for (const RecurrenceDate& extra : series.recurrenceDates) {
            if (inWindow(extra.start.date()) && !dates.contains(extra.start.date()))
                dates.append(extra.start.date());
        }
        std::sort(dates.begin(), dates.end());
        for (const QDate& date : std::as_const(dates)) {
            const qint64 midnight = midnightUtcMs(date);
            if (!series.exceptionDates.contains(QDateTime(date, QTime(0, 0), Qt::UTC)))
                // The widest span any viewer could see, as for all-day appointments.
                add(midnight, midnight - 14 * 3600 * 1000, midnight + spanMs + 12 * 3600 * 1000);
        }
    } else {
        QList<QDateTime> starts = ruled
            ? Recurrence::starts(series.rrule, series.start, QTimeZone(series.timeZone.toUtf8()), from, until)
            : QList<QDateTime>();
        expanded = starts.size();
        const QDateTime limit
            = expanded >= Recurrence::maxOccurrencesPerQuery ? starts.constLast().addMSecs(1) : until;
        const auto inWindow = [&](const QDateTime& start) { return start >= from && start < limit; };
        if (!ruled && inWindow(series.start))
            starts.append(series.start);
        for (const RecurrenceDate& extra : series.recurrenceDates) {
            if (inWindow(extra.start) && !starts.contains(extra.start))
                starts.append(extra.start);
        }
        std::sort(starts.begin(), starts.end());
        for (const QDateTime& start : std::as_const(starts)) {
            if (!series.exceptionDates.contains(start))
                add(start.toMSecsSinceEpoch(), start.toMSecsSinceEpoch(),
                    start.toMSecsSinceEpoch() + series.durationMs(start));
        }
    }
    if (truncated)
        *truncated = expanded >= Recurrence::maxOccurrencesPerQuery;
    return slots;
}

bool SeriesIndex::replacedDates(const QSqlDatabase& database, const QStringList& uids,
                                QHash<QString, QSet<qint64>>* replaced, QSqlError* error)
{
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("SELECT uid, recurrence_id_utc FROM appointments WHERE recurrence_id_utc IS NOT "
                       "NULL AND uid IN (%1)")
            .arg(QStringList(uids.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString& uid : uids)
        query.addBindValue(uid);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        (*replaced)[query.value(0).toString()].insert(query.value(1).toLongLong());
    return true;
}

bool SeriesIndex::write(StatementCache& statements, const Appointment& appointment, const QDateTime& horizon,
                        QSqlError* error)
{
    const auto run = [&](const QString& statement, const QVariantList& values) {
        QSqlQuery& query = statements.prepared(statement);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        *error = query.lastError();
        return false;
    };
    if (appointment.recurrenceId) {
        return run(QStringLiteral("DELETE FROM series_occurrences WHERE recurrence_id_utc = ? AND "
                                  "appointment_id IN (SELECT id FROM "
                                  "appointments WHERE uid = ? AND recurrence_id_utc IS NULL)"),
                   { appointment.recurrenceId->toMSecsSinceEpoch(), appointment.uid });
    }
    if (!run(QStringLiteral("DELETE FROM series_occurrences WHERE appointment_id = ?"), { appointment.id }))
        return false;
    if (!appointment.isRecurring())
        return true;

    QDateTime first
        = appointment.allDay ? QDateTime(appointment.startDate, QTime(0, 0), Qt::UTC) : appointment.start;
    for (const RecurrenceDate& extra : appointment.recurrenceDates)
        first = std::min(first, extra.start);
    // A series repeating hourly has 17,520 dates in two years, rows to write on every save and to
    // rewrite whenever the index is extended, while a week of it is expanded in moments: its dates
    // are not stored, only expanded for the window shown.
    if (!appointment.allDay && Recurrence::isSubDaily(appointment.rrule))
        return run(QStringLiteral("UPDATE appointments SET indexed_until_utc = ? WHERE id = ?"),
                   { first.toMSecsSinceEpoch(), appointment.id });

    QHash<QString, QSet<qint64>> replaced;
    if (!replacedDates(statements.database(), { appointment.uid }, &replaced, error))
        return false;
    bool truncated = false;
    const QList<OccurrenceSlot> slots
        = expand(appointment, first, horizon, replaced.value(appointment.uid), &truncated);
    for (const OccurrenceSlot& slot : slots) {
        if (!run(QStringLiteral("INSERT INTO series_occurrences (appointment_id, recurrence_id_utc, "
                                "start_utc, end_utc) VALUES (?, ?, ?, ?)"),
                 { appointment.id, *slot.recurrenceIdMs, slot.startMs, slot.endMs }))
            return false;
    }
    // A rule that yields more dates than one expansion allows is indexed as far as it got.
    qint64 indexedUntil = horizon.toMSecsSinceEpoch();
    if (truncated && !slots.isEmpty())
        indexedUntil = *slots.constLast().recurrenceIdMs + (appointment.allDay ? dayMs : 1);
    return run(QStringLiteral("UPDATE appointments SET indexed_until_utc = ? WHERE id = ?"),
               { indexedUntil, appointment.id });
}
