#include "core/calendar/Recurrence.h"

#include "core/calendar/WallClock.h"

#include <libical/ical.h>
#include <limits>

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

// A rule parsed by libical, owning what the parser allocated. An UNTIL given in UTC is moved into
// the zone's wall-clock time, in which the iteration runs (libical iterates floating times here).
//
// libical 3.0 flaw (upstream, all 3.0.x; 4.0 reference-counts the rule instead):
// icalrecurrencetype_from_string() strdup()s the value of an RSCALE part (input shape
// "FREQ=YEARLY;RSCALE=GREGORIAN", any RSCALE=<name>) into the struct it returns by value, and 3.0 has
// no function that frees it, so every such rule leaked its rscale string. The owner frees it once,
// after every copy of the struct made from it (iterators, split rules) is gone.
class ParsedRule
{
public:
    ParsedRule(const QString& rule, const QTimeZone& zone)
    {
        icalerror_clear_errno();
        m_rule = icalrecurrencetype_from_string(rule.toUtf8().constData());
        m_valid = m_rule.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR
            && Recurrence::libicalCanIterate(m_rule);
        icalerror_clear_errno();
        if (m_valid && !icaltime_is_null_time(m_rule.until) && !m_rule.until.is_date && zone.isValid()) {
            const bool isUtc = icaltime_is_utc(m_rule.until);
            const QDateTime until = isUtc ? instantOf(m_rule.until, QTimeZone::utc()).toTimeZone(zone)
                                          : instantOf(m_rule.until, zone).toTimeZone(zone);
            m_rule.until = toIcal(until);
        }
    }
    ~ParsedRule() { icalmemory_free_buffer(m_rule.rscale); }
    ParsedRule(const ParsedRule&) = delete;
    ParsedRule& operator=(const ParsedRule&) = delete;

    bool isValid() const { return m_valid; }
    const icalrecurrencetype& operator*() const { return m_rule; }
    const icalrecurrencetype* operator->() const { return &m_rule; }

private:
    icalrecurrencetype m_rule;
    bool m_valid = false;
};

// Calls visit(time) for each occurrence from the first on, until visit returns false. False when
// it stopped at its work bound instead (the caller then knows too little to name a last date).
template <typename Visitor>
bool iterate(const icalrecurrencetype& recurrence, const icaltimetype& first, const icaltimetype* jumpTo,
             Visitor visit)
{
    icalrecur_iterator* iterator = icalrecur_iterator_new(recurrence, first);
    if (!iterator)
        return true;
    // Jumping ahead is only allowed without COUNT, which has to be counted from the start.
    if (jumpTo && recurrence.count == 0 && icaltime_compare(*jumpTo, first) > 0)
        icalrecur_iterator_set_start(iterator, *jumpTo);
    int visited = 0;
    bool complete = true;
    for (icaltimetype next = icalrecur_iterator_next(iterator); !icaltime_is_null_time(next);
         next = icalrecur_iterator_next(iterator)) {
        if (++visited > 100 * Recurrence::maxOccurrencesPerQuery) {
            complete = false;
            break;
        }
        if (!visit(next))
            break;
    }
    icalrecur_iterator_free(iterator);
    return complete;
}

bool hasByParts(const icalrecurrencetype& recurrence)
{
    for (const short* part : { recurrence.by_second, recurrence.by_minute, recurrence.by_hour,
                               recurrence.by_day, recurrence.by_month_day, recurrence.by_year_day,
                               recurrence.by_week_no, recurrence.by_month, recurrence.by_set_pos }) {
        if (part[0] != ICAL_RECURRENCE_ARRAY_MAX)
            return true;
    }
    return false;
}

// first moved on by steps of a frequency, in wall-clock time (libical iterates wall-clock time, so a
// DST change moves no occurrence off its step); invalid where QDateTime cannot follow.
QDateTime stepped(const icaltimetype& first, icalrecurrencetype_frequency frequency, qint64 steps)
{
    const QDateTime wallClock(dateOf(first), QTime(first.hour, first.minute, first.second), Qt::UTC);
    const bool fitsInt = steps <= std::numeric_limits<int>::max();
    switch (frequency) {
    case ICAL_SECONDLY_RECURRENCE:
        return wallClock.addSecs(steps);
    case ICAL_MINUTELY_RECURRENCE:
        return wallClock.addSecs(steps * 60);
    case ICAL_HOURLY_RECURRENCE:
        return wallClock.addSecs(steps * 3600);
    case ICAL_DAILY_RECURRENCE:
        return wallClock.addDays(steps);
    case ICAL_WEEKLY_RECURRENCE:
        return wallClock.addDays(steps * 7);
    case ICAL_MONTHLY_RECURRENCE:
        return fitsInt ? wallClock.addMonths(int(steps)) : QDateTime();
    case ICAL_YEARLY_RECURRENCE:
        return fitsInt ? wallClock.addYears(int(steps)) : QDateTime();
    default:
        return {};
    }
}

icaltimetype toIcalLike(const icaltimetype& first, const QDateTime& wallClock)
{
    return first.is_date ? toIcal(wallClock.date()) : toIcal(wallClock);
}

// The last occurrence of a counted rule without walking it, where each occurrence is the one before
// plus a fixed step of wall-clock time: FREQ, INTERVAL and COUNT alone. Walking an hourly
// COUNT=1000000 took half a second per series. Months from a 29th on and years from 29 February
// skip the months and years without that day: those are walked.
std::optional<icaltimetype> countedLast(const icalrecurrencetype& recurrence, const icaltimetype& first)
{
    if (recurrence.count <= 0 || !icaltime_is_null_time(recurrence.until) || recurrence.rscale
        || hasByParts(recurrence))
        return std::nullopt;
    if ((recurrence.freq == ICAL_MONTHLY_RECURRENCE && first.day > 28)
        || (recurrence.freq == ICAL_YEARLY_RECURRENCE && first.month == 2 && first.day == 29))
        return std::nullopt;
    const QDateTime last = stepped(first, recurrence.freq,
                                   qint64(recurrence.count - 1) * qMax<qint64>(1, recurrence.interval));
    if (!last.isValid())
        return std::nullopt;
    return toIcalLike(first, last);
}

// The rule, ending by end at the latest. Without an end within reach, libical searches for a next
// occurrence up to its year 2582: for a rule that never matches (FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30)
// that took 8 s on every save and every view.
icalrecurrencetype endingBy(icalrecurrencetype recurrence, const icaltimetype& end)
{
    if (icaltime_is_null_time(recurrence.until) || icaltime_compare(end, recurrence.until) < 0)
        recurrence.until = end;
    return recurrence;
}

// How far a series' last occurrence is searched for when it cannot be computed: so many steps of
// the rule's frequency (an hourly rule: 23 years, a daily one beyond libical's year 2582), about a
// third of a second. A series whose end lies further is stored as endless, never with a wrong end.
constexpr qint64 maximumStepsToLast = 200000;

icaltimetype searchEnd(const icalrecurrencetype& recurrence, const icaltimetype& first)
{
    const QDateTime end
        = stepped(first, recurrence.freq, maximumStepsToLast * qMax<qint64>(1, recurrence.interval));
    // Beyond what QDateTime can follow, libical's own last year (2582) ends the search.
    return end.isValid() ? toIcalLike(first, end) : toIcal(QDate(9999, 12, 31));
}

// The same rule, its COUNT replaced by the UNTIL of its last occurrence where that is arithmetic,
// so that a window far into the series jumps there instead of counting from the start.
icalrecurrencetype jumpable(const icalrecurrencetype& recurrence, const icaltimetype& first)
{
    icalrecurrencetype result = recurrence;
    if (const std::optional<icaltimetype> last = countedLast(recurrence, first)) {
        result.count = 0;
        result.until = *last;
    }
    return result;
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
    const ParsedRule recurrence(rule, QTimeZone());
    icalrecurrencetype preceding = *recurrence;
    icalrecurrencetype following = *recurrence;
    if (recurrence->count > 0) {
        preceding.count = countBefore;
        following.count = qMax(1, recurrence->count - countBefore);
    } else {
        preceding.until = untilBefore;
    }
    return { ruleText(preceding), ruleText(following), countBefore };
}

// The last occurrence of a series that ends: computed where it can be, otherwise walked within the
// search bounds. A walk stopped by a bound gives the rule's UNTIL, which no occurrence passes, or
// nothing for a COUNT (stored as endless): never an end before the real one.
std::optional<icaltimetype> lastOccurrence(const icalrecurrencetype& recurrence, const icaltimetype& first)
{
    if (const std::optional<icaltimetype> last = countedLast(recurrence, first))
        return last;
    const icaltimetype end = searchEnd(recurrence, first);
    const bool cutShort
        = icaltime_is_null_time(recurrence.until) || icaltime_compare(end, recurrence.until) < 0;
    std::optional<icaltimetype> last;
    int found = 0;
    const bool complete = iterate(endingBy(recurrence, end), first, nullptr, [&](const icaltimetype& next) {
        last = next;
        ++found;
        return true;
    });
    const bool counted = recurrence.count > 0 && found >= recurrence.count;
    if (complete && (!cutShort || counted))
        return last ? last : first;
    if (recurrence.count == 0 && !icaltime_is_null_time(recurrence.until))
        return recurrence.until;
    return std::nullopt;
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
    const ParsedRule recurrence(rule, QTimeZone::utc());
    if (!recurrence.isValid()) {
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

namespace {

int entries(const short* part, int size)
{
    int count = 0;
    while (count < size && part[count] != ICAL_RECURRENCE_ARRAY_MAX)
        ++count;
    return count;
}

// The most dates a monthly rule's BY parts can select in one month: BYSETPOS picks among them.
int largestMonthlySet(const icalrecurrencetype& recurrence)
{
    int days = entries(recurrence.by_month_day, ICAL_BY_MONTHDAY_SIZE);
    for (int index = 0; index < entries(recurrence.by_day, ICAL_BY_DAY_SIZE); ++index)
        days += icalrecurrencetype_day_position(recurrence.by_day[index]) == 0 ? 5 : 1;
    return qMax(1, days) * qMax(1, entries(recurrence.by_hour, ICAL_BY_HOUR_SIZE))
        * qMax(1, entries(recurrence.by_minute, ICAL_BY_MINUTE_SIZE))
        * qMax(1, entries(recurrence.by_second, ICAL_BY_SECOND_SIZE));
}

} // namespace

bool Recurrence::libicalCanIterate(const icalrecurrencetype& recurrence)
{
    // A week of the year without its days: libical 3.0 reads beyond its table of days and crashes
    // (fuzzing found it). With BYDAY it iterates.
    if (recurrence.by_week_no[0] != ICAL_RECURRENCE_ARRAY_MAX
        && recurrence.by_day[0] == ICAL_RECURRENCE_ARRAY_MAX)
        return false;
    if (recurrence.freq == ICAL_MONTHLY_RECURRENCE) {
        const int positions = entries(recurrence.by_set_pos, ICAL_BY_SETPOS_SIZE);
        const int largestSet = largestMonthlySet(recurrence);
        for (int index = 0; index < positions; ++index) {
            if (qAbs(recurrence.by_set_pos[index]) > largestSet)
                return false;
        }
    }
    const bool weeksOfAMonth = recurrence.freq == ICAL_MONTHLY_RECURRENCE
        || (recurrence.freq == ICAL_YEARLY_RECURRENCE && recurrence.by_month[0] != ICAL_RECURRENCE_ARRAY_MAX);
    const int weeks = weeksOfAMonth ? 5 : 53;
    for (int index = 0; index < ICAL_BY_DAY_SIZE && recurrence.by_day[index] != ICAL_RECURRENCE_ARRAY_MAX;
         ++index) {
        if (qAbs(icalrecurrencetype_day_position(recurrence.by_day[index])) > weeks)
            return false;
    }
    return true;
}

bool Recurrence::isSubDaily(const QString& rule)
{
    const ParsedRule recurrence(rule, QTimeZone());
    return recurrence.isValid()
        && (recurrence->freq == ICAL_HOURLY_RECURRENCE || recurrence->freq == ICAL_MINUTELY_RECURRENCE
            || recurrence->freq == ICAL_SECONDLY_RECURRENCE);
}

QList<QDateTime> Recurrence::starts(const QString& rule, const QDateTime& firstStartUtc,
                                    const QTimeZone& zone, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    QList<QDateTime> result;
    const ParsedRule recurrence(rule, zone);
    if (!recurrence.isValid() || firstStartUtc >= toUtc)
        return result;
    const icaltimetype first = toIcal(firstStartUtc.toTimeZone(zone));
    // A day's margin covers the hour a DST change can move wall-clock times against instants.
    const icaltimetype jumpTo = toIcal(fromUtc.toTimeZone(zone).addDays(-1));
    const icaltimetype end = toIcal(toUtc.toTimeZone(zone).addDays(1));
    iterate(endingBy(jumpable(*recurrence, first), end), first, &jumpTo, [&](const icaltimetype& next) {
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
    const ParsedRule recurrence(rule, QTimeZone());
    if (!recurrence.isValid() || first >= to)
        return result;
    const icaltimetype jumpTo = toIcal(from.addDays(-1));
    iterate(endingBy(jumpable(*recurrence, toIcal(first)), toIcal(to)), toIcal(first), &jumpTo,
            [&](const icaltimetype& next) {
                const QDate date = dateOf(next);
                if (date >= to)
                    return false;
                if (date >= from)
                    result.append(date);
                return result.size() < maxOccurrencesPerQuery;
            });
    return result;
}

namespace {

std::optional<icaltimetype> firstOccurrence(const QString& rule, const QTimeZone& zone,
                                            const icaltimetype& first)
{
    const ParsedRule recurrence(rule, zone);
    std::optional<icaltimetype> found;
    if (recurrence.isValid())
        iterate(*recurrence, first, nullptr, [&](const icaltimetype& next) {
            found = next;
            return false;
        });
    return found;
}

} // namespace

std::optional<QDateTime> Recurrence::firstStart(const QString& rule, const QDateTime& firstStartUtc,
                                                const QTimeZone& zone)
{
    const std::optional<icaltimetype> first
        = firstOccurrence(rule, zone, toIcal(firstStartUtc.toTimeZone(zone)));
    return first ? std::optional(instantOf(*first, zone)) : std::nullopt;
}

std::optional<QDate> Recurrence::firstDate(const QString& rule, const QDate& first)
{
    const std::optional<icaltimetype> found = firstOccurrence(rule, QTimeZone(), toIcal(first));
    return found ? std::optional(dateOf(*found)) : std::nullopt;
}

std::optional<QDateTime> Recurrence::lastStart(const QString& rule, const QDateTime& firstStartUtc,
                                               const QTimeZone& zone)
{
    const ParsedRule recurrence(rule, zone);
    if (!recurrence.isValid() || (recurrence->count == 0 && icaltime_is_null_time(recurrence->until)))
        return std::nullopt;
    const std::optional<icaltimetype> last
        = lastOccurrence(*recurrence, toIcal(firstStartUtc.toTimeZone(zone)));
    return last ? std::optional(instantOf(*last, zone)) : std::nullopt;
}

std::optional<QDate> Recurrence::lastDate(const QString& rule, const QDate& first)
{
    const ParsedRule recurrence(rule, QTimeZone());
    if (!recurrence.isValid() || (recurrence->count == 0 && icaltime_is_null_time(recurrence->until)))
        return std::nullopt;
    const std::optional<icaltimetype> last = lastOccurrence(*recurrence, toIcal(first));
    return last ? std::optional(dateOf(*last)) : std::nullopt;
}
