#include "core/invite/InvitationChanges.h"

#include "core/base/Clock.h"
#include "core/base/Logging.h"
#include "core/calendar/AppointmentStore.h"

#include <QCryptographicHash>

#include <algorithm>

namespace {
// A date the counselor cancelled is no date for the client; one the client cancelled is no news.
bool cancelledByUs(const Appointment& appointment)
{
    return appointment.status == AppointmentStatus::CancelledByUs;
}

bool isChange(InvitationLog::Purpose purpose)
{
    return purpose == InvitationLog::Purpose::Update || purpose == InvitationLog::Purpose::Cancellation;
}
} // namespace

InvitationChanges::InvitationChanges(AppointmentStore& store, InvitationLog& log, const Clock& clock,
                                     QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_log(log)
    , m_clock(clock)
{
    stampUnchanged();
    remember();
    connect(&store, &AppointmentStore::changed, this, &InvitationChanges::changed);
    connect(&log, &InvitationLog::changed, this, &InvitationChanges::changed);
    connect(this, &InvitationChanges::changed, this, &InvitationChanges::remember);
}

QString InvitationChanges::scheduleOf(const QString& uid, const QDateTime& from) const
{
    QStringList dates;
    const auto span = [&dates](const Appointment& appointment, const QDateTime& start, const QDateTime& end,
                               const QDate& day, const QDate& endDay) {
        if (cancelledByUs(appointment))
            return;
        dates << (appointment.allDay
                      ? day.toString(Qt::ISODate) + QLatin1Char('/') + endDay.toString(Qt::ISODate)
                      : QString::number(start.toMSecsSinceEpoch()) + QLatin1Char('/')
                          + QString::number(end.toMSecsSinceEpoch()));
    };
    const std::optional<Appointment> master = m_store.find(uid);
    if (master && !master->isRecurring()) {
        span(*master, master->start, master->end, master->startDate, master->endDate);
    } else if (master) {
        for (const Occurrence& date : m_store.occurrences(from, from.addYears(1))) {
            if (date.appointment->uid == uid)
                span(*date.appointment, date.start, date.end, date.date, date.endDate);
        }
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(dates.join(QLatin1Char(';')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<QDateTime> InvitationChanges::cancelledDatesOf(const QString& uid, const QDateTime& from) const
{
    QList<QDateTime> cancelled;
    const QList<Appointment> series = m_store.series(uid);
    if (series.isEmpty() || !series.first().isRecurring())
        return cancelled;
    const QDateTime until = from.addYears(1);
    const auto within = [&from, &until](const QDateTime& start) { return start >= from && start < until; };
    std::copy_if(series.first().exceptionDates.cbegin(), series.first().exceptionDates.cend(),
                 std::back_inserter(cancelled), within);
    for (const Appointment& date : series) {
        if (date.recurrenceId && cancelledByUs(date) && within(*date.recurrenceId))
            cancelled.append(*date.recurrenceId);
    }
    std::sort(cancelled.begin(), cancelled.end());
    return cancelled;
}

void InvitationChanges::stamp(InvitationLog::Entry& entry, const QDateTime& forStart) const
{
    entry.forStart = forStart;
    entry.schedule = scheduleOf(entry.appointmentUid, forStart);
    entry.cancelledDates = cancelledDatesOf(entry.appointmentUid, forStart);
}

bool InvitationChanges::changedSince(const InvitationLog::Entry& entry) const
{
    const QList<Appointment> series = m_store.series(entry.appointmentUid);
    return series.isEmpty() || std::any_of(series.cbegin(), series.cend(), [&entry](const Appointment& date) {
               return date.modified > entry.created;
           });
}

void InvitationChanges::stampUnchanged()
{
    for (InvitationLog::Entry entry : m_log.unstampedLinks()) {
        const std::optional<Occurrence> occurrence
            = m_store.occurrenceOf(entry.appointmentUid, entry.recurrenceId);
        if (!occurrence || changedSince(entry))
            continue;
        stamp(entry, occurrence->start);
        if (QString error; !m_log.setStamp(entry, &error))
            qCWarning(lcInvite) << "could not note which date an earlier invitation named";
    }
}

bool InvitationChanges::mayBeOutdated(const InvitationLog::Entry& entry) const
{
    return entry.kind == InviteMessage::Kind::Link && entry.purpose == InvitationLog::Purpose::Invitation
        && (entry.status == InvitationLog::Status::Sent || entry.status == InvitationLog::Status::HandedOver)
        && entry.schedule.isNull() && changedSince(entry);
}

bool InvitationChanges::isOutdated(const InvitationLog::Entry& entry) const
{
    return entry.kind == InviteMessage::Kind::Link && entry.purpose != InvitationLog::Purpose::Reminder
        && !entry.schedule.isNull() && entry.forStart.isValid()
        && (entry.status == InvitationLog::Status::Sent || entry.status == InvitationLog::Status::HandedOver)
        && scheduleOf(entry.appointmentUid, entry.forStart) != entry.schedule;
}

int InvitationChanges::sequenceOf(const QString& uid) const
{
    const QList<InvitationLog::Entry> entries = m_log.forAppointment(uid);
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const InvitationLog::Entry& entry) {
        return isChange(entry.purpose) && entry.status != InvitationLog::Status::Cancelled;
    }));
}

QList<InvitationChanges::Outdated> InvitationChanges::outdated() const
{
    // Per participant of an appointment, the newest message about its dates; one still on its way
    // (in the outbox) answers the question already.
    QMap<std::pair<QString, int>, InvitationLog::Entry> newest;
    QSet<QString> uids;
    for (const InvitationLog::Entry& entry : m_log.deliveredLinks())
        uids.insert(entry.appointmentUid);
    for (const QString& uid : std::as_const(uids)) {
        for (const InvitationLog::Entry& entry : m_log.forAppointment(uid)) {
            const bool counts = entry.status == InvitationLog::Status::Pending
                || entry.status == InvitationLog::Status::Sent
                || entry.status == InvitationLog::Status::HandedOver;
            if (entry.kind == InviteMessage::Kind::Link && entry.purpose != InvitationLog::Purpose::Reminder
                && counts)
                newest.insert({ uid, entry.participant }, entry);
        }
    }
    QList<Outdated> result;
    for (const InvitationLog::Entry& entry : std::as_const(newest)) {
        if (entry.status == InvitationLog::Status::Pending || !entry.forStart.isValid()
            || entry.schedule.isNull() || entry.forStart <= m_clock.nowUtc())
            continue;
        if (std::optional<Outdated> change = describe(entry);
            change && entry.untoldSchedule != change->schedule)
            result.append(*change);
    }
    return result;
}

bool InvitationChanges::leaveUntold(const Outdated& outdated, QString* errorMessage)
{
    // The log's changed() is ours too.
    return m_log.setUntold(outdated.entry.id, outdated.schedule, errorMessage);
}

std::optional<InvitationChanges::Outdated>
InvitationChanges::describe(const InvitationLog::Entry& newest) const
{
    const QString uid = newest.appointmentUid;
    Outdated outdated;
    outdated.entry = newest;
    outdated.schedule = scheduleOf(uid, newest.forStart);
    if (outdated.schedule == newest.schedule)
        return std::nullopt;
    const QList<Appointment> stored = m_store.series(uid);
    outdated.series = stored.isEmpty() ? m_lastKnown.value(uid) : stored;
    // Deleted before this run began: whom to tell is no longer known.
    if (outdated.series.isEmpty())
        return std::nullopt;
    const auto master = std::make_shared<const Appointment>(outdated.series.first());
    if (newest.participant >= master->participants.size())
        return std::nullopt;
    const QDateTime previousEnd = newest.forStart.addMSecs(master->durationMs(newest.recurrenceId));
    const Occurrence asItWas { master, newest.forStart, previousEnd, {}, {}, newest.recurrenceId };
    using Change = InviteComposer::Change;
    if (stored.isEmpty() || cancelledByUs(*master)) {
        outdated.change = master->isRecurring() ? Change::SeriesCancelled : Change::Cancelled;
        outdated.occurrence = asItWas;
        return outdated;
    }
    // Told it is cancelled, the participant is to hear that it takes place after all (undo brought
    // it back), not that it "moved" from its time to the same time.
    const bool toldCancelled = newest.purpose == InvitationLog::Purpose::Cancellation;
    if (!master->isRecurring()) {
        outdated.change = toldCancelled ? Change::Reinstated : Change::Moved;
        outdated.occurrence = { master, master->start, master->end, master->startDate, master->endDate, {} };
        return outdated;
    }
    // The invited date of the series: moved, cancelled, or gone with the series' rule.
    const QDateTime now = m_clock.nowUtc();
    outdated.cancelledDates = cancelledDatesOf(uid, newest.forStart);
    // Which were cancelled since is known only when the message noted what was cancelled then.
    if (newest.cancelledDates) {
        std::copy_if(outdated.cancelledDates.cbegin(), outdated.cancelledDates.cend(),
                     std::back_inserter(outdated.newlyCancelled), [&newest, &now](const QDateTime& date) {
                         return date > now && !newest.cancelledDates->contains(date);
                     });
    }
    const QDateTime from = qMin(now, qMin(newest.forStart, newest.recurrenceId)).addDays(-31);
    std::optional<Occurrence> invitedDate;
    std::optional<Occurrence> nextDate;
    for (const Occurrence& date : m_store.occurrences(from, newest.forStart.addYears(1))) {
        if (date.appointment->uid != uid)
            continue;
        // A moved date (an exception) names the date it replaces itself.
        const QDateTime original = date.appointment->recurrenceId.value_or(date.recurrenceId);
        if (original == newest.recurrenceId) {
            invitedDate = date;
            invitedDate->recurrenceId = original;
        }
        if (!nextDate && date.start >= now && !cancelledByUs(*date.appointment)) {
            nextDate = date;
            nextDate->recurrenceId = original;
        }
    }
    const bool invitedDateCancelled = master->exceptionDates.contains(newest.recurrenceId)
        || (invitedDate && cancelledByUs(*invitedDate->appointment));
    // That the invited date is cancelled is news once: told so, the series changes around it. (The
    // first date deleted and told, every later deletion told the client of it again, never of the
    // date deleted.)
    const bool toldInvitedDateCancelled = invitedDateCancelled && newest.cancelledDates
        && newest.cancelledDates->contains(newest.recurrenceId);
    if (invitedDateCancelled && !toldInvitedDateCancelled) {
        outdated.change = Change::Cancelled;
        outdated.occurrence = asItWas;
    } else if (invitedDate && !invitedDateCancelled) {
        outdated.change = toldCancelled             ? Change::Reinstated
            : invitedDate->start != newest.forStart ? Change::Moved
                                                    : Change::SeriesChanged;
        outdated.occurrence = *invitedDate;
    } else if (nextDate) {
        // Not the date told cancelled (that one is no date of the series any more): the series
        // changed around it, and nothing "takes place after all".
        outdated.change = Change::SeriesChanged;
        outdated.occurrence = *nextDate;
    } else {
        outdated.change = Change::SeriesCancelled;
        outdated.occurrence = asItWas;
    }
    return outdated;
}

void InvitationChanges::remember()
{
    QSet<QString> invited;
    for (const InvitationLog::Entry& entry : m_log.deliveredLinks()) {
        if (entry.forStart > m_clock.nowUtc())
            invited.insert(entry.appointmentUid);
    }
    // One that is gone keeps its last state.
    for (const QString& uid : std::as_const(invited)) {
        if (const QList<Appointment> stored = m_store.series(uid); !stored.isEmpty())
            m_lastKnown.insert(uid, stored);
    }
}
