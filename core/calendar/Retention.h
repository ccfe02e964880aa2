#pragma once

#include <QCoreApplication>
#include <QString>

class AppointmentStore;
class Clock;
class Database;

// Clients' names, contacts and notes leave every copy once the retention period is over: the
// calendar with its invitation log and outbox, its write-ahead log, and each backup.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    // Purges the open calendar, writes today's backup, removes daily backups older than the
    // period, and scrubs each other backup that still holds expired data the same way (or
    // removes it when it cannot be scrubbed, as a backup made before a schema update).
    // Returns how many appointments of the calendar were purged, or -1 (then *errorMessage says
    // what failed; whatever could be done is done).
    static int apply(Database& database, AppointmentStore& store, const Clock& clock,
                     const QString& backupDirectory, int retentionDays, QString* errorMessage);

    // The two halves of apply(). purge() writes through the store (its thread, its views follow);
    // maintainBackups() works on files through connections of its own, so it may run on a worker
    // thread while the calendar stays in use.
    static int purge(AppointmentStore& store, const Clock& clock, int retentionDays, QString* errorMessage);
    // purge() through a connection of its own to the calendar file, so that it may run on a worker
    // thread too: the program's connection waits for it to write, and its store learns of it through
    // AppointmentStore::reloadWrittenElsewhere(). The file's integrity is the program's to check.
    static int purgeFile(const QString& calendarFile, const QString& backupDirectory, const Clock& clock,
                         int retentionDays, QString* errorMessage);
    static bool maintainBackups(const QString& calendarFile, const QString& backupDirectory,
                                const Clock& clock, int retentionDays, QString* errorMessage);

private:
    static bool scrubBackup(const QString& backupFile, const QString& backupDirectory, const Clock& clock,
                            const QDateTime& cutoff);
};
