#include "core/calendar/Recurrence.h"

#include "core/calendar/WallClock.h"

#include <libical/ical.h>

namespace {

icaltimetype toIcal(const QDateTime& local)
{
    icaltimetype time = icaltime_null_time();
    time.year = local.date().year();
    time.month = local.date().month();
    time.day = local.date().day();
    time.hour = local.time().hour();
    time.minute = local.time().minute();
    time.second = local.time().second();
    return time;
}

icaltimetype toIcal(const QDate& date)
{
    // Not icaltime_null_date(): it sets the time fields to -1, which sends the iterator astray.
    icaltimetype time = icaltime_null_time();
    time.is_date = 1;
    time.year = date.year();
    time.month = date.month();
    time.day = date.day();
    return time;
}

QDate dateOf(const icaltimetype& time)
{
    return QDate(time.year, time.month, time.day);
}

QDateTime instantOf(const icaltimetype& time, const QTimeZone& zone)
{
    return WallClock::toUtc(dateOf(time), QTime(time.hour, time.minute, time.second), zone);
}

// Parses the rule; an UNTIL given in UTC is moved into the zone's wall-clock time, in which the
// iteration runs (libical iterates floating times here).
std::optional<icalrecurrencetype> parseRule(const QString& rule, const QTimeZone& zone)
{
    icalerror_clear_errno();
    icalrecurrencetype recurrence = icalrecurrencetype_from_string(rule.toUtf8().constData());
    if (recurrence.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        return std::nullopt;
    }
    if (!icaltime_is_null_time(recurrence.until) && !recurrence.until.is_date && zone.isValid()) {
        const bool isUtc = icaltime_is_utc(recurrence.until);
        const QDateTime until = isUtc ? instantOf(recurrence.until, QTimeZone::utc()).toTimeZone(zone)
                                      : instantOf(recurrence.until, zone).toTimeZone(zone);
        recurrence.until = toIcal(until);
    }
    return recurrence;
}

// Calls visit(time) for each occurrence from the first on, until visit returns false.
template <typename Visitor>
void iterate(const icalrecurrencetype& recurrence, const icaltimetype& first, const icaltimetype* jumpTo,
             Visitor visit)
{
    icalrecur_iterator* iterator = icalrecur_iterator_new(recurrence, first);
    if (!iterator)
        return;
    // Jumping ahead is only allowed without COUNT, which has to be counted from the start.
    if (jumpTo && recurrence.count == 0 && icaltime_compare(*jumpTo, first) > 0)
        icalrecur_iterator_set_start(iterator, *jumpTo);
    int visited = 0;
    for (icaltimetype next = icalrecur_iterator_next(iterator); !icaltime_is_null_time(next);
         next = icalrecur_iterator_next(iterator)) {
        if (++visited > 100 * Recurrence::maxOccurrencesPerQuery || !visit(next))
            break;
    }
    icalrecur_iterator_free(iterator);
}

QString ruleText(icalrecurrencetype recurrence)
{
    char* text = icalrecurrencetype_as_string_r(&recurrence);
    const QString result = QString::fromUtf8(text);
    icalmemory_free_buffer(text);
    return result;
}

// The rule before the split ends with the occurrence before it: by COUNT if it counts, otherwise
// by an UNTIL just before the split.
Recurrence::Split split(const QString& rule, int countBefore, const icaltimetype& untilBefore)
{
    icalrecurrencetype recurrence = icalrecurrencetype_from_string(rule.toUtf8().constData());
    icalrecurrencetype preceding = recurrence;
    icalrecurrencetype following = recurrence;
    if (recurrence.count > 0) {
        preceding.count = countBefore;
        following.count = qMax(1, recurrence.count - countBefore);
    } else {
        preceding.until = untilBefore;
    }
    return { ruleText(preceding), ruleText(following), countBefore };
}

} // namespace

Recurrence::Split Recurrence::splitAt(const QString& rule, const QDateTime& firstStartUtc,
                                      const QTimeZone& zone, const QDateTime& splitAtUtc)
{
    const int countBefore = int(starts(rule, firstStartUtc, zone, firstStartUtc, splitAtUtc).size());
    return split(
        rule, countBefore,
        icaltime_from_timet_with_zone(splitAtUtc.toSecsSinceEpoch() - 1, 0, icaltimezone_get_utc_timezone()));
}

Recurrence::Split Recurrence::splitAt(const QString& rule, const QDate& first, const QDate& splitDate)
{
    const int countBefore = int(dates(rule, first, first, splitDate).size());
    return split(rule, countBefore, toIcal(splitDate.addDays(-1)));
}

bool Recurrence::validateRule(const QString& rule, QString* errorMessage)
{
    const std::optional<icalrecurrencetype> recurrence = parseRule(rule, QTimeZone::utc());
    if (!recurrence) {
        if (errorMessage)
            *errorMessage
                = tr("The repetition rule \"%1\" is not valid (RFC 5545 RRULE, e.g. FREQ=WEEKLY;INTERVAL=2).")
                      .arg(rule);
        return false;
    }
    if (recurrence->freq == ICAL_SECONDLY_RECURRENCE || recurrence->freq == ICAL_MINUTELY_RECURRENCE) {
        if (errorMessage)
            *errorMessage = tr("Appointments can repeat at most hourly.");
        return false;
    }
    return true;
}

QList<QDateTime> Recurrence::starts(const QString& rule, const QDateTime& firstStartUtc,
                                    const QTimeZone& zone, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    QList<QDateTime> result;
    const std::optional<icalrecurrencetype> recurrence = parseRule(rule, zone);
    if (!recurrence || firstStartUtc >= toUtc)
        return result;
    const icaltimetype first = toIcal(firstStartUtc.toTimeZone(zone));
    // A day's margin covers the hour a DST change can move wall-clock times against instants.
    const icaltimetype jumpTo = toIcal(fromUtc.toTimeZone(zone).addDays(-1));
    iterate(*recurrence, first, &jumpTo, [&](const icaltimetype& next) {
        const QDateTime start = instantOf(next, zone);
        if (start >= toUtc)
            return false;
        if (start >= fromUtc)
            result.append(start);
        return result.size() < maxOccurrencesPerQuery;
    });
    return result;
}

QList<QDate> Recurrence::dates(const QString& rule, const QDate& first, const QDate& from, const QDate& to)
{
    QList<QDate> result;
    const std::optional<icalrecurrencetype> recurrence = parseRule(rule, QTimeZone());
    if (!recurrence || first >= to)
        return result;
    const icaltimetype jumpTo = toIcal(from.addDays(-1));
    iterate(*recurrence, toIcal(first), &jumpTo, [&](const icaltimetype& next) {
        const QDate date = dateOf(next);
        if (date >= to)
            return false;
        if (date >= from)
            result.append(date);
        return result.size() < maxOccurrencesPerQuery;
    });
    return result;
}

std::optional<QDateTime> Recurrence::lastStart(const QString& rule, const QDateTime& firstStartUtc,
                                               const QTimeZone& zone)
{
    const std::optional<icalrecurrencetype> recurrence = parseRule(rule, zone);
    if (!recurrence || (recurrence->count == 0 && icaltime_is_null_time(recurrence->until)))
        return std::nullopt;
    std::optional<QDateTime> last;
    iterate(*recurrence, toIcal(firstStartUtc.toTimeZone(zone)), nullptr, [&](const icaltimetype& next) {
        last = instantOf(next, zone);
        return true;
    });
    return last ? last : std::optional<QDateTime>(firstStartUtc);
}

std::optional<QDate> Recurrence::lastDate(const QString& rule, const QDate& first)
{
    const std::optional<icalrecurrencetype> recurrence = parseRule(rule, QTimeZone());
    if (!recurrence || (recurrence->count == 0 && icaltime_is_null_time(recurrence->until)))
        return std::nullopt;
    std::optional<QDate> last;
    iterate(*recurrence, toIcal(first), nullptr, [&](const icaltimetype& next) {
        last = dateOf(next);
        return true;
    });
    return last ? last : std::optional<QDate>(first);
}
