#include "core/sync/SyncConflicts.h"

#include "core/base/Clock.h"
#include "core/base/Logging.h"
#include "core/calendar/AppointmentStore.h"
#include "core/storage/Database.h"
#include "core/sync/CalendarObject.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

bool failWith(const QSqlError& error, QString* errorMessage)
{
    qCWarning(lcSync) << "conflict not written:" << error.nativeErrorCode();
    if (errorMessage)
        *errorMessage = Database::describeWriteError(error);
    return false;
}

} // namespace

SyncConflicts::SyncConflicts(Database& database, AppointmentStore& appointments, const Clock& clock)
    : m_database(database)
    , m_appointments(appointments)
    , m_clock(clock)
{ }

QList<SyncConflict> SyncConflicts::all() const
{
    QList<SyncConflict> conflicts;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT id, uid, calendar_id, detected_utc, local_version, base_version FROM sync_conflicts "
            "ORDER BY id"))) {
        qCWarning(lcSync) << "conflicts not read:" << query.lastError().nativeErrorCode();
        return conflicts;
    }
    while (query.next()) {
        const QString calendarId = query.value(2).toString();
        conflicts.append({ query.value(0).toLongLong(), query.value(1).toString(), calendarId,
                           QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC),
                           CalendarObject::readWhole(query.value(4).toByteArray(), calendarId),
                           CalendarObject::readWhole(query.value(5).toByteArray(), calendarId) });
    }
    return conflicts;
}

int SyncConflicts::count() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) && query.next()
        ? query.value(0).toInt()
        : 0;
}

bool SyncConflicts::record(const QString& uid, const QString& calendarId, const QByteArray& base,
                           QString* errorMessage)
{
    // Everything of the UID, so that keeping it loses nothing the user typed.
    const QByteArray local = CalendarObject::writeWhole(m_appointments.series(uid));
    QSqlDatabase db = m_database.connection();
    if (QSqlError error; !m_database.beginWrite(&error))
        return failWith(error, errorMessage);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (uid, calendar_id, local_version, base_version, detected_utc) VALUES "
        "(?, ?, ?, ?, ?)"));
    query.addBindValue(uid);
    query.addBindValue(calendarId);
    query.addBindValue(local);
    query.addBindValue(base.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(base));
    query.addBindValue(m_clock.currentMSecsSinceEpoch());
    bool written = query.exec();
    if (written) {
        query.prepare(QStringLiteral("DELETE FROM sync_queue WHERE uid = ?"));
        query.addBindValue(uid);
        written = query.exec();
    }
    if (!written || !db.commit()) {
        const QSqlError error = written ? db.lastError() : query.lastError();
        db.rollback();
        return failWith(error, errorMessage);
    }
    qCInfo(lcSync) << "conflict kept for an appointment of calendar" << calendarId;
    return true;
}

bool SyncConflicts::resolve(qint64 conflictId, Choice choice, QString* errorMessage)
{
    const QList<SyncConflict> kept = all();
    const auto conflict = std::find_if(kept.begin(), kept.end(),
                                       [conflictId](const SyncConflict& c) { return c.id == conflictId; });
    if (conflict == kept.end()) {
        if (errorMessage)
            *errorMessage = tr("There is no conflict %1 (any more).").arg(conflictId);
        return false;
    }
    // Mine goes onto the server's version in the calendar, and so into the queue for the server,
    // before the conflict goes: interrupted in between, the choice can simply be made again.
    if (choice == Choice::KeepMine
        && !m_appointments.replaceAll(
            { conflict->uid }, conflict->mineOnto(m_appointments.series(conflict->uid)).merged, errorMessage))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"));
    query.addBindValue(conflictId);
    if (!query.exec())
        return failWith(query.lastError(), errorMessage);
    qCInfo(lcSync) << "conflict" << conflictId << "resolved";
    return true;
}
