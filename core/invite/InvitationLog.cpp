#include "core/invite/InvitationLog.h"

#include "core/base/Clock.h"
#include "core/base/Logging.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QList<std::pair<InvitationLog::Status, QString>>& statusNames()
{
    static const QList<std::pair<InvitationLog::Status, QString>> names {
        { InvitationLog::Status::Pending, QStringLiteral("pending") },
        { InvitationLog::Status::Sent, QStringLiteral("sent") },
        { InvitationLog::Status::HandedOver, QStringLiteral("handed-over") },
        { InvitationLog::Status::Failed, QStringLiteral("failed") },
        { InvitationLog::Status::Cancelled, QStringLiteral("cancelled") },
        { InvitationLog::Status::Copied, QStringLiteral("copied") },
    };
    return names;
}

QVariant instant(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime instantFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QList<std::pair<InvitationLog::Purpose, QString>>& purposeNames()
{
    static const QList<std::pair<InvitationLog::Purpose, QString>> names {
        { InvitationLog::Purpose::Invitation, QStringLiteral("invitation") },
        { InvitationLog::Purpose::Reminder, QStringLiteral("reminder") },
        { InvitationLog::Purpose::Update, QStringLiteral("update") },
        { InvitationLog::Purpose::Cancellation, QStringLiteral("cancellation") },
    };
    return names;
}

QString purposeName(InvitationLog::Purpose purpose)
{
    for (const auto& [candidate, name] : purposeNames()) {
        if (candidate == purpose)
            return name;
    }
    return {};
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// "1764579600000,1765184400000"; NULL when unknown.
QVariant instants(const std::optional<QList<QDateTime>>& times)
{
    if (!times)
        return QVariant(QMetaType::fromType<QString>());
    QStringList values;
    for (const QDateTime& time : *times)
        values.append(QString::number(time.toMSecsSinceEpoch()));
    // Known to be none is an empty text, not NULL (which a null QString would bind as).
    return QVariant(values.isEmpty() ? QString(QLatin1String("")) : values.join(QLatin1Char(',')));
}

std::optional<QList<QDateTime>> instantsFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    QList<QDateTime> times;
    for (const QString& ms : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        times.append(QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC));
    return times;
}
} // namespace

InvitationLog::InvitationLog(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{ }

QString InvitationLog::statusName(Status status)
{
    for (const auto& [candidate, name] : statusNames()) {
        if (candidate == status)
            return name;
    }
    return {};
}

bool InvitationLog::isOutOrWaiting(Status status)
{
    return status == Status::Sent || status == Status::HandedOver || status == Status::Pending
        || status == Status::Copied;
}

qint64 InvitationLog::add(const Entry& entry, QString* errorMessage)
{
    if (QSqlError error; !m_database.awaitIntegrity(&error)) {
        *errorMessage = Database::describeWriteError(error);
        return 0;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO invitations (appointment_uid, recurrence_id_utc, participant, kind, "
        "channel, status, attempts, next_attempt_utc, last_error, created_utc, updated_utc, purpose, "
        "for_start_utc, schedule, cancelled_dates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = m_clock.currentMSecsSinceEpoch();
    for (const QVariant& value :
         { QVariant(entry.appointmentUid), instant(entry.recurrenceId), QVariant(entry.participant),
           QVariant(InviteMessage::kindName(entry.kind)), QVariant(InviteMessage::channelName(entry.channel)),
           QVariant(statusName(entry.status)), QVariant(entry.attempts), instant(entry.nextAttempt),
           QVariant(entry.lastError.isNull() ? QString(QLatin1String("")) : entry.lastError), QVariant(now),
           QVariant(now), QVariant(purposeName(entry.purpose)), instant(entry.forStart), text(entry.schedule),
           instants(entry.cancelledDates) })
        query.addBindValue(value);
    if (!query.exec()) {
        *errorMessage = Database::describeWriteError(query.lastError());
        return 0;
    }
    Q_EMIT changed();
    return query.lastInsertId().toLongLong();
}

bool InvitationLog::update(const Entry& entry, QString* errorMessage)
{
    if (QSqlError error; !m_database.awaitIntegrity(&error)) {
        *errorMessage = Database::describeWriteError(error);
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE invitations SET status = ?, attempts = ?, next_attempt_utc = ?, "
                                 "last_error = ?, updated_utc = ?, for_start_utc = ?, schedule = ?, "
                                 "cancelled_dates = ? WHERE id = ?"));
    query.addBindValue(statusName(entry.status));
    query.addBindValue(entry.attempts);
    query.addBindValue(instant(entry.nextAttempt));
    query.addBindValue(entry.lastError.isNull() ? QString(QLatin1String("")) : entry.lastError);
    query.addBindValue(m_clock.currentMSecsSinceEpoch());
    query.addBindValue(instant(entry.forStart));
    query.addBindValue(text(entry.schedule));
    query.addBindValue(instants(entry.cancelledDates));
    query.addBindValue(entry.id);
    if (!query.exec()) {
        *errorMessage = Database::describeWriteError(query.lastError());
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool InvitationLog::setUntold(qint64 id, const QString& schedule, QString* errorMessage)
{
    return set(id, QStringLiteral("untold_schedule = ?"), { text(schedule) }, errorMessage);
}

bool InvitationLog::setStamp(const Entry& entry, QString* errorMessage)
{
    return set(entry.id, QStringLiteral("for_start_utc = ?, schedule = ?, cancelled_dates = ?"),
               { instant(entry.forStart), text(entry.schedule), instants(entry.cancelledDates) },
               errorMessage);
}

bool InvitationLog::set(qint64 id, const QString& assignments, const QVariantList& values,
                        QString* errorMessage)
{
    if (QSqlError error; !m_database.awaitIntegrity(&error)) {
        *errorMessage = Database::describeWriteError(error);
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE invitations SET ") + assignments + QStringLiteral(" WHERE id = ?"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(id);
    if (!query.exec()) {
        *errorMessage = Database::describeWriteError(query.lastError());
        return false;
    }
    Q_EMIT changed();
    return true;
}

QList<InvitationLog::Entry> InvitationLog::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral(
            "SELECT id, appointment_uid, recurrence_id_utc, participant, kind, channel, status, "
            "attempts, next_attempt_utc, last_error, created_utc, updated_utc, purpose, for_start_utc, "
            "schedule, untold_schedule, cancelled_dates FROM invitations "
            "WHERE ")
        + where + QStringLiteral(" ORDER BY id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<Entry> entries;
    if (!query.exec()) {
        qCWarning(lcInvite) << "reading the invitation log failed:" << query.lastError().nativeErrorCode();
        return entries;
    }
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.appointmentUid = query.value(1).toString();
        entry.recurrenceId = instantFrom(query.value(2));
        entry.participant = query.value(3).toInt();
        entry.kind = query.value(4).toString() == QLatin1String("password") ? InviteMessage::Kind::Password
                                                                            : InviteMessage::Kind::Link;
        entry.channel
            = InviteMessage::parseChannel(query.value(5).toString()).value_or(InviteChannel::Clipboard);
        for (const auto& [status, name] : statusNames()) {
            if (name == query.value(6).toString())
                entry.status = status;
        }
        entry.attempts = query.value(7).toInt();
        entry.nextAttempt = instantFrom(query.value(8));
        entry.lastError = query.value(9).toString();
        entry.created = instantFrom(query.value(10));
        entry.updated = instantFrom(query.value(11));
        for (const auto& [purpose, name] : purposeNames()) {
            if (name == query.value(12).toString())
                entry.purpose = purpose;
        }
        entry.forStart = instantFrom(query.value(13));
        entry.schedule = query.value(14).isNull() ? QString() : query.value(14).toString();
        entry.untoldSchedule = query.value(15).isNull() ? QString() : query.value(15).toString();
        entry.cancelledDates = instantsFrom(query.value(16));
        entries.append(entry);
    }
    return entries;
}

std::optional<InvitationLog::Entry> InvitationLog::find(qint64 id) const
{
    const QList<Entry> found = select(QStringLiteral("id = ?"), { id });
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<InvitationLog::Entry> InvitationLog::forAppointment(const QString& uid) const
{
    return select(QStringLiteral("appointment_uid = ?"), { uid });
}

QList<InvitationLog::Entry> InvitationLog::due() const
{
    return select(
        QStringLiteral("status = 'pending' AND (next_attempt_utc IS NULL OR next_attempt_utc <= ?)"),
        { m_clock.currentMSecsSinceEpoch() });
}

QList<InvitationLog::Entry> InvitationLog::outbox() const
{
    return select(QStringLiteral("status IN ('pending', 'failed')"), {});
}

QList<InvitationLog::Entry> InvitationLog::unstampedLinks() const
{
    return select(
        QStringLiteral("kind = 'link' AND purpose = 'invitation' AND status IN ('sent', 'handed-over') "
                       "AND schedule IS NULL"),
        {});
}

QList<InvitationLog::Entry> InvitationLog::deliveredLinks() const
{
    return select(
        QStringLiteral("kind = 'link' AND status IN ('sent', 'handed-over') AND schedule IS NOT NULL"), {});
}
