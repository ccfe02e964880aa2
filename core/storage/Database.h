#pragma once

#include "core/storage/Migration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <future>
#include <limits>
#include <memory>
#include <thread>

// Owns one named SQLite connection: opens it safely, checks integrity, applies migrations
// and makes consistent copies. Everything that touches the calendar file goes through here.
class QSqlError;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Error
    {
        None,
        DriverMissing,
        CannotOpen,
        ReadOnly,
        DiskFull,
        Corrupt,
        TooNew,
        MigrationFailed,
        Busy,
    };

    // How long a write waits for another writer on the same file (vieraugen-cli, a second window,
    // the sync engine) before it gives up. Long enough for the largest write we do (an import of
    // 10,000 appointments takes about 3 s), short enough that a stuck writer is reported.
    static constexpr int busyTimeoutMs = 10000;

    Database(const QString& connectionName, MigrationList migrations);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // When open() runs PRAGMA quick_check on an existing file: at once, or later, off the calling
    // thread (checkIntegrityInBackground), so that a window can show first. A file that needs a
    // migration is always checked at once.
    enum class IntegrityCheck
    {
        AtOpen,
        Later,
    };

    // Opens (creating if needed) the file, verifies it and brings the schema up to date.
    // Before a migration touches existing data, a copy is written to backupDirectory.
    // Never overwrites or deletes a file it cannot read.
    bool open(const QString& filePath, const QString& backupDirectory,
              IntegrityCheck integrityCheck = IntegrityCheck::AtOpen);
    // Opens the file for reading only, where nothing can be written (a full disk): the calendar can be
    // shown, and every write fails with reason.
    bool openReadOnly(const QString& filePath, const QString& reason);
    void close();

    // Why nothing can be saved, for a calendar opened read-only; empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // The check open() left for later runs on a thread and connection of its own; then done(passed)
    // runs on this thread. Failed, error() and errorString() say what is wrong (Corrupt: restore a
    // backup) and every write fails. Nothing left to check: done(true), just as well later.
    void checkIntegrityInBackground(std::function<void(bool passed)> done);
    // Every write waits here for a check still running; false (and the error a write reports) when
    // the file failed it. beginWrite() does this.
    bool awaitIntegrity(QSqlError* error) const;

    bool isOpen() const;
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;
    int latestSchemaVersion() const;

    // NULL in a row of forEachIntegerRow.
    static constexpr qint64 nullInteger = std::numeric_limits<qint64>::min();
    // Runs a read-only statement whose result columns are all integers and calls row with each
    // row's values. This is the calendar's hot path: where Qt's driver runs on the very SQLite
    // library this program links (checked at open), rows are stepped through SQLite's C API,
    // without a QVariant per value; otherwise through QSqlQuery. False if the statement failed.
    bool forEachIntegerRow(const QString& statement, const QList<qint64>& values,
                           const std::function<void(const qint64* columns)>& row) const;

    // Starts a write transaction that takes the file's write lock at once (BEGIN IMMEDIATE), so a
    // concurrent writer waits up to busyTimeoutMs. A deferred BEGIN would fail at once instead,
    // when its read snapshot cannot be turned into a write because another process wrote meanwhile.
    bool beginWrite(QSqlError* error) const;

    // A consistent snapshot of the open database, safe while the app keeps writing (WAL).
    bool copyTo(const QString& targetFile, QString* errorMessage) const;
    // The same snapshot of a calendar file through a read-only connection of its own, so that it can
    // run on a worker thread while the program keeps writing through its connection: the copy reads
    // one state of the file (WAL) and waits for no writer.
    static bool copyFile(const QString& sourceFile, const QString& targetFile, QString* errorMessage);

    // Sorts a failed SQLite statement into the errors the user can act on.
    static Error classify(const QString& nativeErrorCode);
    // What a failed write means for the user, and what to do.
    static QString describeWriteError(const QSqlError& error);

private:
    bool fail(Error error, const QString& message);
    static bool vacuumInto(const QSqlDatabase& source, const QString& targetFile, QString* errorMessage);
    // Adds the connection for databaseName (a path, or an SQLite URI with extraOptions saying so).
    bool openConnection(const QString& filePath, const QString& databaseName, const QString& extraOptions);
    bool configureConnection();
    bool checkIntegrity();
    bool failIntegrity(Error error, const QString& driverText);
    bool migrate(const QString& backupDirectory);
    bool applyMigration(const Migration& migration);
    // Whether the driver's SQLite is the one linked here, so its handle may be used directly.
    bool driverSharesLinkedSqlite() const;

    QString m_connectionName;
    MigrationList m_migrations;
    QString m_filePath;
    Error m_error = Error::None;
    bool m_nativeReads = false;
    QString m_errorString;
    QString m_readOnlyReason;
    bool m_integrityUnchecked = false;
    // The deferred check: its result (SQLite's result code and message; SQLITE_OK when sound), and
    // an object on the opening thread to hand it back on.
    struct IntegrityFinding
    {
        int resultCode = 0;
        QString detail;
    };
    std::shared_future<IntegrityFinding> m_integrity;
    std::thread m_integrityCheck;
    std::unique_ptr<QObject> m_integrityReceiver;
    // Lets close() stop the check where it is: quitting soon after the start (or a --screenshot run)
    // need not wait for a read of the whole file. The next start checks again.
    struct IntegrityStop;
    std::shared_ptr<IntegrityStop> m_integrityStop;
    static int quickCheck(const QString& filePath, IntegrityStop& stop, QString* detail);
};
