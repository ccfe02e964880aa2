#include "core/storage/Database.h"

#include "core/base/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <mutex>
#include <sqlite3.h>

namespace {

// SQLite primary result codes that need their own message.
constexpr int sqliteReadOnly = SQLITE_READONLY;
constexpr int sqliteCorrupt = SQLITE_CORRUPT;
constexpr int sqliteFull = SQLITE_FULL;
constexpr int sqliteCantOpen = SQLITE_CANTOPEN;
constexpr int sqliteNotADatabase = SQLITE_NOTADB;
constexpr int sqliteBusy = SQLITE_BUSY;
constexpr int sqliteLocked = SQLITE_LOCKED;

// PRAGMA quick_check on a read-only connection of its own, safe on any thread.
QString sqlLiteral(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

struct Database::IntegrityStop
{
    std::mutex mutex;
    sqlite3* handle = nullptr; // while the check runs
    bool requested = false;
};

int Database::quickCheck(const QString& filePath, IntegrityStop& stop, QString* detail)
{
    sqlite3* handle = nullptr;
    int result = sqlite3_open_v2(filePath.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr);
    if (result == SQLITE_OK) {
        const std::lock_guard<std::mutex> lock(stop.mutex);
        if (stop.requested)
            result = SQLITE_INTERRUPT;
        else
            stop.handle = handle;
    }
    sqlite3_stmt* statement = nullptr;
    if (result == SQLITE_OK) {
        sqlite3_busy_timeout(handle, busyTimeoutMs);
        result = sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &statement, nullptr);
    }
    if (result == SQLITE_OK) {
        result = sqlite3_step(statement);
        if (result == SQLITE_ROW)
            result = qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)), "ok") == 0
                ? SQLITE_OK
                : SQLITE_CORRUPT;
        else
            *detail = QString::fromUtf8(sqlite3_errmsg(handle));
    } else if (handle && result != SQLITE_INTERRUPT) {
        *detail = QString::fromUtf8(sqlite3_errmsg(handle));
    }
    {
        const std::lock_guard<std::mutex> lock(stop.mutex);
        stop.handle = nullptr;
    }
    sqlite3_finalize(statement);
    sqlite3_close(handle);
    return result;
}

Database::Database(const QString& connectionName, MigrationList migrations)
    : m_connectionName(connectionName)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

Database::~Database()
{
    close();
}

Database::Error Database::classify(const QString& nativeErrorCode)
{
    bool isNumber = false;
    const int code
        = nativeErrorCode.toInt(&isNumber) & 0xff; // extended codes keep the primary in the low byte
    if (!isNumber)
        return Error::CannotOpen;
    switch (code) {
    case sqliteReadOnly:
        return Error::ReadOnly;
    case sqliteFull:
        return Error::DiskFull;
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return Error::Corrupt;
    case sqliteCantOpen:
        return Error::CannotOpen;
    case sqliteBusy:
    case sqliteLocked:
        return Error::Busy;
    default:
        return Error::CannotOpen;
    }
}

bool Database::fail(Error error, const QString& message)
{
    m_error = error;
    m_errorString = message;
    qCWarning(lcStorage) << "database error" << static_cast<int>(error);
    return false;
}

bool Database::open(const QString& filePath, const QString& backupDirectory, IntegrityCheck integrityCheck)
{
    const bool existed = QFileInfo::exists(filePath);
    if (!openConnection(filePath, filePath, {}))
        return false;
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // A file about to be migrated is checked first: a migration rewrites what it reads.
    const bool checkNow
        = integrityCheck == IntegrityCheck::AtOpen || !existed || schemaVersion() != latestSchemaVersion();
    if ((checkNow && !checkIntegrity()) || !configureConnection() || !migrate(backupDirectory)) {
        QSqlDatabase::database(m_connectionName, false).close();
        return false;
    }
    m_integrityUnchecked = !checkNow;
    m_nativeReads = driverSharesLinkedSqlite();
    qCInfo(lcStorage) << "calendar open, schema version" << schemaVersion() << (existed ? "" : "(new)");
    return true;
}

bool Database::openReadOnly(const QString& filePath, const QString& reason)
{
    // Changes in a write-ahead log are read through SQLite's shared memory beside the file, which
    // needs space on the disk. Without such changes the file is the whole calendar and is read as
    // immutable: no lock, no shared memory, nothing written (read-only mode alone still writes).
    QUrl uri = QUrl::fromLocalFile(filePath);
    uri.setQuery(QFileInfo(filePath + QStringLiteral("-wal")).size() > 0 ? QStringLiteral("mode=ro")
                                                                         : QStringLiteral("immutable=1"));
    if (!openConnection(filePath, uri.toString(QUrl::FullyEncoded),
                        QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")))
        return false;
    if (!checkIntegrity()) {
        QSqlDatabase::database(m_connectionName, false).close();
        return false;
    }
    if (schemaVersion() != latestSchemaVersion()) {
        QSqlDatabase::database(m_connectionName, false).close();
        return fail(Error::ReadOnly,
                    tr("The calendar file %1 needs an update, which cannot be saved now. %2")
                        .arg(QDir::toNativeSeparators(filePath), reason));
    }
    m_readOnlyReason = reason;
    m_nativeReads = driverSharesLinkedSqlite();
    qCInfo(lcStorage) << "calendar open read-only, schema version" << schemaVersion();
    return true;
}

bool Database::openConnection(const QString& filePath, const QString& databaseName,
                              const QString& extraOptions)
{
    close();
    m_filePath = filePath;
    m_error = Error::None;
    m_errorString.clear();
    m_readOnlyReason.clear();

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Error::DriverMissing,
                    tr("The SQLite driver for Qt is not installed. Reinstall Vieraugen "
                       "or install the package that provides the QSQLITE plugin."));

    const QFileInfo info(filePath);
    if (info.exists() && !info.isFile())
        return fail(
            Error::CannotOpen,
            tr("The calendar file %1 is not a regular file.").arg(QDir::toNativeSeparators(filePath)));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs) + extraOptions);
    if (!db.open()) {
        const Error kind = classify(db.lastError().nativeErrorCode());
        return fail(kind == Error::Corrupt ? kind : Error::CannotOpen,
                    tr("The calendar file %1 could not be opened: %2")
                        .arg(QDir::toNativeSeparators(filePath), db.lastError().driverText()));
    }
    return true;
}

bool Database::driverSharesLinkedSqlite() const
{
    // Qt builds that embed their own SQLite copy in the driver (the official installers) must not
    // have their handle driven by another copy; distribution and vcpkg builds use the system one.
    QSqlQuery query(connection());
    return qstrcmp(connection().driver()->handle().typeName(), "sqlite3*") == 0
        && query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()
        && query.value(0).toString() == QLatin1String(sqlite3_sourceid());
}

bool Database::forEachIntegerRow(const QString& statement, const QList<qint64>& values,
                                 const std::function<void(const qint64*)>& row) const
{
    QVarLengthArray<qint64, 8> columns;
    if (!m_nativeReads) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        query.prepare(statement);
        for (qint64 value : values)
            query.addBindValue(value);
        if (!query.exec())
            return false;
        while (query.next()) {
            columns.resize(query.record().count());
            for (int column = 0; column < columns.size(); ++column)
                columns[column] = query.isNull(column) ? nullInteger : query.value(column).toLongLong();
            row(columns.constData());
        }
        return true;
    }
    sqlite3* handle = *static_cast<sqlite3* const*>(connection().driver()->handle().constData());
    sqlite3_stmt* prepared = nullptr;
    const QByteArray sql = statement.toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK)
        return false;
    for (int index = 0; index < values.size(); ++index)
        sqlite3_bind_int64(prepared, index + 1, values.at(index));
    columns.resize(sqlite3_column_count(prepared));
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(prepared)) == SQLITE_ROW) {
        for (int column = 0; column < columns.size(); ++column) {
            // NULL reads as 0; only then is the type worth asking for.
            columns[column] = sqlite3_column_int64(prepared, column);
            if (columns[column] == 0 && sqlite3_column_type(prepared, column) == SQLITE_NULL)
                columns[column] = nullInteger;
        }
        row(columns.constData());
    }
    sqlite3_finalize(prepared);
    return result == SQLITE_DONE;
}

bool Database::checkIntegrity()
{
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")))
        return failIntegrity(classify(check.lastError().nativeErrorCode()), check.lastError().driverText());
    if (!check.next() || check.value(0).toString() != QLatin1String("ok"))
        return failIntegrity(Error::Corrupt, {});
    return true;
}

bool Database::failIntegrity(Error error, const QString& driverText)
{
    if (error == Error::Corrupt && driverText.isEmpty())
        return fail(error,
                    tr("The calendar file %1 failed its integrity check. It has been left "
                       "untouched; restore a backup or move the file aside.")
                        .arg(QDir::toNativeSeparators(m_filePath)));
    if (error == Error::Corrupt)
        return fail(error,
                    tr("The calendar file %1 is damaged or is not a Vieraugen calendar. It has been "
                       "left untouched; restore a backup or move the file aside.")
                        .arg(QDir::toNativeSeparators(m_filePath)));
    return fail(error,
                tr("The calendar file %1 could not be read: %2")
                    .arg(QDir::toNativeSeparators(m_filePath), driverText));
}

void Database::checkIntegrityInBackground(std::function<void(bool passed)> done)
{
    if (!m_integrityReceiver)
        m_integrityReceiver = std::make_unique<QObject>();
    QObject* receiver = m_integrityReceiver.get();
    if (!m_integrityUnchecked || m_integrityCheck.joinable()) {
        QMetaObject::invokeMethod(
            receiver, [this, done] { done(m_error == Error::None); }, Qt::QueuedConnection);
        return;
    }
    m_integrityUnchecked = false;
    auto finding = std::make_shared<std::promise<IntegrityFinding>>();
    m_integrity = finding->get_future().share();
    m_integrityStop = std::make_shared<IntegrityStop>();
    m_integrityCheck
        = std::thread([this, finding, receiver, done, file = m_filePath, stop = m_integrityStop] {
              IntegrityFinding found;
              found.resultCode = quickCheck(file, *stop, &found.detail);
              finding->set_value(found);
              // Runs unless this database is gone (close() waits for this thread, then the receiver goes).
              QMetaObject::invokeMethod(
                  receiver,
                  [this, found, done] {
                      if (found.resultCode != SQLITE_OK)
                          failIntegrity(classify(QString::number(found.resultCode)), found.detail);
                      else
                          qCInfo(lcStorage) << "calendar passed its integrity check";
                      done(found.resultCode == SQLITE_OK);
                  },
                  Qt::QueuedConnection);
          });
}

bool Database::awaitIntegrity(QSqlError* error) const
{
    if (!m_integrity.valid() || m_integrity.get().resultCode == SQLITE_OK)
        return true;
    *error = QSqlError(QString::fromUtf8(sqlite3_errstr(m_integrity.get().resultCode)), {},
                       QSqlError::TransactionError, QString::number(m_integrity.get().resultCode));
    return false;
}

bool Database::configureConnection()
{
    QSqlQuery pragma(connection());
    // journal_mode is stored in the file; the others hold per connection, so they are set on every open.
    // WAL is not available everywhere (network shares, FAT); SQLite then keeps its rollback journal.
    // A 16 MiB page cache (default 2 MiB) keeps a busy year's indexes in memory between views.
    // secure_delete zeroes what is deleted, so clients' data does not linger in free space.
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA cache_size=-16384"),
        QStringLiteral("PRAGMA secure_delete=ON"),
    };
    for (const QString& statement : statements) {
        if (!pragma.exec(statement)) {
            const Error kind = classify(pragma.lastError().nativeErrorCode());
            return fail(
                kind,
                kind == Error::ReadOnly
                    ? tr("The calendar file %1 is read-only. Check the file's permissions or "
                         "free the disk; nothing was changed.")
                          .arg(QDir::toNativeSeparators(m_filePath))
                    : tr("The calendar file %1 could not be prepared: %2")
                          .arg(QDir::toNativeSeparators(m_filePath), pragma.lastError().driverText()));
        }
    }
    return true;
}

bool Database::migrate(const QString& backupDirectory)
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        return fail(Error::TooNew,
                    tr("The calendar file %1 was written by a newer version of Vieraugen (schema %2, "
                       "this version knows %3). Update Vieraugen to open it.")
                        .arg(QDir::toNativeSeparators(m_filePath))
                        .arg(current)
                        .arg(latest));
    if (current == latest)
        return true;

    if (current > 0) {
        const QString backupFile = backupDirectory
            + QStringLiteral("/before-schema-%1-%2.sqlite")
                  .arg(latest)
                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QString copyError;
        if (!QDir().mkpath(backupDirectory) || !copyTo(backupFile, &copyError))
            return fail(
                Error::MigrationFailed,
                tr("Before updating the calendar file, Vieraugen makes a backup, and that failed: %1. "
                   "Nothing was changed.")
                    .arg(copyError.isEmpty() ? QDir::toNativeSeparators(backupDirectory) : copyError));
        qCInfo(lcStorage) << "backup before migration written";
    }

    for (const Migration& migration : std::as_const(m_migrations)) {
        if (migration.version > current && !applyMigration(migration))
            return false;
    }
    return true;
}

bool Database::beginWrite(QSqlError* error) const
{
    // Nothing is written into a file not known to be sound.
    if (!awaitIntegrity(error))
        return false;
    QSqlQuery begin(connection());
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *error = begin.lastError();
    return false;
}

bool Database::applyMigration(const Migration& migration)
{
    QSqlDatabase db = connection();
    QSqlError beginError;
    if (!beginWrite(&beginError))
        return fail(classify(beginError.nativeErrorCode()),
                    tr("The calendar could not be updated: %1").arg(beginError.driverText()));
    // Another Vieraugen (or vieraugen-cli) opening the same file may have migrated it while this
    // one waited for the write lock.
    if (schemaVersion() >= migration.version) {
        db.rollback();
        return true;
    }

    QSqlQuery query(db);
    const auto apply = [&migration, &query] {
        for (const QString& statement : migration.statements) {
            if (!query.exec(statement))
                return false;
        }
        return (!migration.convert || migration.convert(query))
            && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
    };
    if (!apply()) {
        const QSqlError sqlError = query.lastError();
        db.rollback();
        qCWarning(lcStorage) << "migration" << migration.version << "failed:" << sqlError.text();
        const Error kind = classify(sqlError.nativeErrorCode());
        return fail(kind == Error::DiskFull || kind == Error::ReadOnly ? kind : Error::MigrationFailed,
                    tr("Updating the calendar to schema %1 (%2) failed: %3. The calendar was left as it was.")
                        .arg(migration.version)
                        .arg(QCoreApplication::translate("Migration", qUtf8Printable(migration.description)),
                             sqlError.driverText()));
    }
    if (!db.commit()) {
        const QSqlError sqlError = db.lastError();
        db.rollback();
        return fail(
            classify(sqlError.nativeErrorCode()),
            tr("Updating the calendar to schema %1 could not be saved: %2. The calendar was left as it was.")
                .arg(migration.version)
                .arg(sqlError.driverText()));
    }
    qCInfo(lcStorage) << "migrated to schema" << migration.version;
    return true;
}

void Database::close()
{
    if (m_integrityCheck.joinable()) {
        {
            const std::lock_guard<std::mutex> lock(m_integrityStop->mutex);
            m_integrityStop->requested = true;
            if (m_integrityStop->handle)
                sqlite3_interrupt(m_integrityStop->handle);
        }
        m_integrityCheck.join();
        if (m_integrity.get().resultCode == SQLITE_INTERRUPT)
            qCInfo(lcStorage) << "integrity check stopped: the calendar was closed before it ended";
    }
    m_integrityReceiver.reset(); // with the answer it may not have delivered yet
    m_integrity = {};
    m_integrityUnchecked = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

bool Database::copyTo(const QString& targetFile, QString* errorMessage) const
{
    return vacuumInto(connection(), targetFile, errorMessage);
}

bool Database::copyFile(const QString& sourceFile, const QString& targetFile, QString* errorMessage)
{
    // One connection per thread: Qt's connections belong to the thread that made them.
    const QString connectionName = QStringLiteral("copy-%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
    bool copied = false;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        source.setDatabaseName(sourceFile);
        source.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (source.open())
            copied = vacuumInto(source, targetFile, errorMessage);
        else if (errorMessage)
            *errorMessage = tr("%1 cannot be read: %2")
                                .arg(QDir::toNativeSeparators(sourceFile), source.lastError().text());
        source.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return copied;
}

bool Database::vacuumInto(const QSqlDatabase& source, const QString& targetFile, QString* errorMessage)
{
    // VACUUM INTO writes a transactionally consistent copy through SQLite itself. Unlike the C
    // backup API it needs no raw sqlite3 handle, which would not match the SQLite that Qt's
    // plugin bundles on Windows and macOS.
    if (QFileInfo::exists(targetFile) && !QFile::remove(targetFile)) {
        if (errorMessage)
            *errorMessage = tr("%1 exists and cannot be replaced").arg(QDir::toNativeSeparators(targetFile));
        return false;
    }
    QSqlQuery query(source);
    if (!query.exec(QStringLiteral("VACUUM INTO ") + sqlLiteral(targetFile))) {
        if (errorMessage)
            *errorMessage = query.lastError().driverText() + QStringLiteral(" (")
                + query.lastError().databaseText() + QLatin1Char(')');
        QFile::remove(targetFile);
        return false;
    }
    QFile::setPermissions(targetFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString Database::describeWriteError(const QSqlError& error)
{
    switch (classify(error.nativeErrorCode())) {
    case Error::DiskFull:
        return tr("The disk is full, so nothing was saved. Free some space and try again.");
    case Error::Corrupt:
        return tr("The calendar file is damaged, so nothing was saved. Restore the newest backup when "
                  "Vieraugen offers it.");
    case Error::ReadOnly:
        return tr("The calendar file is read-only, so nothing was saved. Check its permissions.");
    case Error::Busy:
        return tr("Another program kept writing to the calendar for more than %n seconds (for example "
                  "vieraugen-cli or a second Vieraugen), so nothing was saved. Try again in a moment.",
                  nullptr, busyTimeoutMs / 1000);
    default:
        return tr("The calendar could not be saved: %1")
            .arg(error.driverText() + QStringLiteral(" (") + error.databaseText() + QLatin1Char(')'));
    }
}
