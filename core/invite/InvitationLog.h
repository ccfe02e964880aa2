#pragma once

#include "core/invite/InviteMessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>

class Clock;
class Database;

// Which invitation message went to which participant of an appointment, how, when, and with what
// result; and the outbox of messages still waiting. Never a body, a password or an address: a
// waiting message is composed afresh when it is sent. Purged with the appointments' personal data.
class InvitationLog : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Pending, // in the outbox
        Sent,
        HandedOver, // to the mail program, read out on the phone, or passed on after copying
        Failed,
        Cancelled,
        Copied // for the counselor to pass on; not known to have reached anyone yet
    };
    Q_ENUM(Status)

    enum class Purpose
    {
        Invitation,
        Reminder,
        Update, // the invited date or series has changed
        Cancellation // the invited date or series was cancelled
    };

    struct Entry
    {
        qint64 id = 0;
        QString appointmentUid;
        QDateTime recurrenceId; // invalid for a single appointment
        int participant = 0;
        InviteMessage::Kind kind = InviteMessage::Kind::Link;
        InviteChannel channel = InviteChannel::Smtp;
        Purpose purpose = Purpose::Invitation;
        Status status = Status::Pending;
        int attempts = 0;
        QDateTime nextAttempt;
        QString lastError;
        QDateTime created;
        QDateTime updated;
        // A link message that went out: the start of the date it named, and the digest of the dates
        // it gave (InvitationChanges::schedule). Null when unknown.
        QDateTime forStart;
        QString schedule;
        // The digest of the dates since, which the counselor chose not to tell. Null if none.
        QString untoldSchedule;
        // A link message that went out: the original starts of the series' dates that were cancelled
        // then (InvitationChanges::cancelledDatesOf), which the participant knows of. Unknown for
        // messages logged before the log noted them.
        std::optional<QList<QDateTime>> cancelledDates;
    };

    InvitationLog(Database& database, const Clock& clock, QObject* parent = nullptr);

    // 0 on failure.
    qint64 add(const Entry& entry, QString* errorMessage);
    bool update(const Entry& entry, QString* errorMessage);
    // Notes that the counselor chose not to tell the participant of entry id about the dates whose
    // digest is schedule; the entry's other fields (and when it was last updated) stay.
    bool setUntold(qint64 id, const QString& schedule, QString* errorMessage);
    // Notes which date a link message logged without it named, the digest of the dates it gave and
    // the dates cancelled then (entry's forStart, schedule and cancelledDates).
    bool setStamp(const Entry& entry, QString* errorMessage);
    std::optional<Entry> find(qint64 id) const;
    QList<Entry> forAppointment(const QString& uid) const;
    // Pending entries whose next attempt is due.
    QList<Entry> due() const;
    QList<Entry> outbox() const;
    // Link messages that reached participants (sent, or passed on by the counselor) and know what
    // they said.
    QList<Entry> deliveredLinks() const;
    // Invitations' link messages that reached participants before the log noted what they said
    // (before schema 11).
    QList<Entry> unstampedLinks() const;

    static QString statusName(Status status);
    // Gone to the participant, or on its way (waiting in the outbox, copied to be passed on).
    static bool isOutOrWaiting(Status status);

Q_SIGNALS:
    void changed();

private:
    QList<Entry> select(const QString& where, const QVariantList& values) const;
    // Sets columns (assignments: "a = ?, b = ?") of entry id only.
    bool set(qint64 id, const QString& assignments, const QVariantList& values, QString* errorMessage);

    Database& m_database;
    const Clock& m_clock;
};
