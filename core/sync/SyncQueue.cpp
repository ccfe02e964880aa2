#include "core/sync/SyncQueue.h"

#include "core/base/Logging.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

SyncQueue::SyncQueue(Database& database)
    : m_database(database)
{ }

QList<PendingChange> SyncQueue::pending() const
{
    QList<PendingChange> changes;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT seq, uid, queued_utc FROM sync_queue ORDER BY seq"))) {
        qCWarning(lcSync) << "sync queue not read:" << query.lastError().nativeErrorCode();
        return changes;
    }
    while (query.next())
        changes.append({ query.value(0).toLongLong(), query.value(1).toString(),
                         QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC) });
    return changes;
}

int SyncQueue::count() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_queue")) && query.next()
        ? query.value(0).toInt()
        : 0;
}

bool SyncQueue::contains(const QString& uid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sync_queue WHERE uid = ?"));
    query.addBindValue(uid);
    return query.exec() && query.next();
}

bool SyncQueue::done(const PendingChange& change, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sync_queue WHERE seq = ?"));
    query.addBindValue(change.seq);
    if (query.exec())
        return true;
    qCWarning(lcSync) << "sync queue entry not removed:" << query.lastError().nativeErrorCode();
    if (errorMessage)
        *errorMessage = Database::describeWriteError(query.lastError());
    return false;
}
