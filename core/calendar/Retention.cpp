#include "core/calendar/Retention.h"

#include "core/base/Clock.h"
#include "core/base/Logging.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace {

struct BackupContents
{
    int schemaVersion = 0;
    bool holdsExpiredData = false;
};

// Looks into a backup without changing it.
std::optional<BackupContents> inspect(const QString& backupFile, const QDateTime& cutoff)
{
    const QString connectionName = QStringLiteral("retention-inspect");
    std::optional<BackupContents> contents;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(backupFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            BackupContents found;
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                found.schemaVersion = query.value(0).toInt();
            query.prepare(
                QStringLiteral("SELECT EXISTS(%1)").arg(AppointmentStore::expiredPersonalDataQuery()));
            query.addBindValue(cutoff.toMSecsSinceEpoch());
            if (query.exec() && query.next()) {
                found.holdsExpiredData = query.value(0).toBool();
                contents = found;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return contents;
}

// Purges a calendar file through a connection of its own, which is gone again when this returns.
int purgeThroughOwnConnection(const QString& connectionName, const QString& file,
                              const QString& backupDirectory, Database::IntegrityCheck integrityCheck,
                              const Clock& clock, const QDateTime& cutoff, QString* errorMessage)
{
    Database database(connectionName, CalendarSchema::migrations());
    if (!database.open(file, backupDirectory, integrityCheck)) {
        if (errorMessage)
            *errorMessage = database.errorString();
        return -1;
    }
    AppointmentStore store(database, clock);
    return store.purgePersonalData(cutoff, errorMessage);
}

} // namespace

int Retention::apply(Database& database, AppointmentStore& store, const Clock& clock,
                     const QString& backupDirectory, int retentionDays, QString* errorMessage)
{
    QStringList errors;
    QString error;
    // Purged first, so that today's backup is already clean.
    const int purged = purge(store, clock, retentionDays, &error);
    if (purged < 0)
        errors.append(error);
    if (!maintainBackups(database.filePath(), backupDirectory, clock, retentionDays, &error))
        errors.append(error);
    if (errors.isEmpty())
        return purged;
    if (errorMessage)
        *errorMessage = errors.join(QLatin1Char('\n'));
    return -1;
}

int Retention::purge(AppointmentStore& store, const Clock& clock, int retentionDays, QString* errorMessage)
{
    return store.purgePersonalData(clock.nowUtc().addDays(-retentionDays), errorMessage);
}

int Retention::purgeFile(const QString& calendarFile, const QString& backupDirectory, const Clock& clock,
                         int retentionDays, QString* errorMessage)
{
    return purgeThroughOwnConnection(QStringLiteral("retention-purge"), calendarFile, backupDirectory,
                                     Database::IntegrityCheck::Later, clock,
                                     clock.nowUtc().addDays(-retentionDays), errorMessage);
}

bool Retention::maintainBackups(const QString& calendarFile, const QString& backupDirectory,
                                const Clock& clock, int retentionDays, QString* errorMessage)
{
    const QDateTime now = clock.nowUtc();
    const QDateTime cutoff = now.addDays(-retentionDays);
    const QDate today = now.toLocalTime().date();
    const bool backedUp = Backups::ensureDailyBackup(calendarFile, backupDirectory, today, errorMessage);

    int removed = 0;
    for (const QFileInfo& backup : Backups::list(backupDirectory)) {
        const std::optional<QDate> day = Backups::dailyDate(backup);
        const bool expired = day && *day < today.addDays(-retentionDays);
        if (expired || !scrubBackup(backup.filePath(), backupDirectory, clock, cutoff)) {
            Backups::remove(backup.filePath());
            ++removed;
        }
    }
    if (removed > 0)
        qCInfo(lcCalendar) << "retention: removed" << removed << "backups";
    return backedUp;
}

bool Retention::scrubBackup(const QString& backupFile, const QString& backupDirectory, const Clock& clock,
                            const QDateTime& cutoff)
{
    const std::optional<BackupContents> contents = inspect(backupFile, cutoff);
    if (!contents)
        return false; // not a readable calendar: it could hold anything
    if (!contents->holdsExpiredData)
        return true;
    // Scrubbing a backup of an older schema would mean updating it, and then it is no longer the
    // copy from before the update.
    const MigrationList migrations = CalendarSchema::migrations();
    if (contents->schemaVersion != migrations.last().version)
        return false;
    return purgeThroughOwnConnection(QStringLiteral("retention-scrub"), backupFile, backupDirectory,
                                     Database::IntegrityCheck::AtOpen, clock, cutoff, nullptr)
        >= 0;
}
