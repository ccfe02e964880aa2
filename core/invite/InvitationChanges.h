#pragma once

#include "core/calendar/Occurrence.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteComposer.h"

#include <QHash>
#include <QObject>
#include <QSet>

class AppointmentStore;
class Clock;

// Invitations that went out and no longer match the calendar: the date was moved or deleted, in a
// dialog, by dragging, by keys, by undo or by the team calendar's server. Only what the log says
// reached a participant counts, and only what it recorded about the dates it named; nothing is
// guessed. The last state of each invited appointment is kept in memory, so that after a deletion
// the participant can still be told (and undo brings it back in the store anyway).
class InvitationChanges : public QObject
{
    Q_OBJECT

public:
    // One participant whose newest message names dates that are no longer so.
    struct Outdated
    {
        InvitationLog::Entry entry; // that newest message
        InviteComposer::Change change = InviteComposer::Change::Moved;
        // The date as it is now; as it was, when it is cancelled.
        Occurrence occurrence;
        // The appointment and its exceptions, as they are now (or were, when deleted).
        QList<Appointment> series;
        QString schedule; // the digest of the dates now
        // A series' dates cancelled now (from the date the message named on), and of them those the
        // participant has not been told are cancelled and that are still ahead: original starts.
        QList<QDateTime> cancelledDates;
        QList<QDateTime> newlyCancelled;
    };

    InvitationChanges(AppointmentStore& store, InvitationLog& log, const Clock& clock,
                      QObject* parent = nullptr);

    // A digest of the dates a client was given: the appointment's time, or a series' dates from
    // `from` on for a year. Cancelled dates are no dates; an appointment that is gone has none.
    QString scheduleOf(const QString& uid, const QDateTime& from) const;
    // The original starts of a series' dates the counselor cancelled, from `from` on for a year.
    QList<QDateTime> cancelledDatesOf(const QString& uid, const QDateTime& from) const;
    // Notes in a link message that reached its participant which date it named and the dates it gave.
    void stamp(InvitationLog::Entry& entry, const QDateTime& forStart) const;
    // Whether the dates a sent link message gave have changed since.
    bool isOutdated(const InvitationLog::Entry& entry) const;
    // A link message logged before the log noted what it said, whose appointment has changed since
    // (in any way): what it named is not known, so it may be outdated. Nobody is asked about it.
    bool mayBeOutdated(const InvitationLog::Entry& entry) const;
    // Participants still to be asked about, the date of their message still ahead.
    QList<Outdated> outdated() const;
    // The counselor chose not to tell: not asked again until the dates change once more, also after
    // a restart (the log keeps it).
    bool leaveUntold(const Outdated& outdated, QString* errorMessage);
    // How many changes went (or wait to go) for this UID: the revision its calendar files carry.
    int sequenceOf(const QString& uid) const;

Q_SIGNALS:
    // The calendar or the log changed: outdated() may answer differently.
    void changed();

private:
    std::optional<Outdated> describe(const InvitationLog::Entry& newest) const;
    // Keeps the appointments with sent invitations as they are, for when they are deleted.
    void remember();
    // Link messages logged before schema 11 whose appointment has not changed since they went out
    // gave the dates as they are: noted so in the log, they are judged as every later one.
    void stampUnchanged();
    // Whether anything of the appointment was changed after the entry was logged.
    bool changedSince(const InvitationLog::Entry& entry) const;

    AppointmentStore& m_store;
    InvitationLog& m_log;
    const Clock& m_clock;
    QHash<QString, QList<Appointment>> m_lastKnown;
};
