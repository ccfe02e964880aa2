#include "core/storage/Backups.h"

#include "core/base/Logging.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QDir>

namespace {
const QString dailyPrefix = QStringLiteral("daily-");
} // namespace

bool Backups::ensureDailyBackup(const QString& calendarFile, const QString& directory, const QDate& today,
                                QString* errorMessage)
{
    if (!QDir().mkpath(directory)) {
        if (errorMessage)
            *errorMessage
                = tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const QString todays = directory + QLatin1Char('/') + dailyPrefix + today.toString(Qt::ISODate)
        + QStringLiteral(".sqlite");
    if (!QFileInfo::exists(todays)) {
        // Written under a temporary name first, so a crash never leaves a half copy that looks complete.
        const QString partial = todays + QStringLiteral(".part");
        if (!Database::copyFile(calendarFile, partial, errorMessage) || !QFile::rename(partial, todays)) {
            QFile::remove(partial);
            return false;
        }
        qCInfo(lcStorage) << "daily backup written";
    }
    const QStringList daily = QDir(directory).entryList({ dailyPrefix + QStringLiteral("*.sqlite") },
                                                        QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype index = keptDailyBackups; index < daily.size(); ++index)
        QFile::remove(directory + QLatin1Char('/') + daily.at(index));
    return true;
}

QList<QFileInfo> Backups::list(const QString& directory)
{
    return QDir(directory).entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Time);
}

std::optional<QDate> Backups::dailyDate(const QFileInfo& backup)
{
    const QString name = backup.completeBaseName();
    if (!name.startsWith(dailyPrefix))
        return std::nullopt;
    const QDate day = QDate::fromString(name.mid(dailyPrefix.size()), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

bool Backups::remove(const QString& backupFile)
{
    for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(backupFile + suffix);
    return QFile::remove(backupFile);
}

bool Backups::restore(const QString& backupFile, const QString& calendarFile, const QString& backupDirectory,
                      const MigrationList& migrations, QString* savedAs, QString* errorMessage)
{
    const auto fail = [errorMessage](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    {
        // The backup is checked through a copy, so that even its check cannot change it.
        const QString probe = backupDirectory + QStringLiteral("/restore-check.sqlite");
        QDir().mkpath(backupDirectory);
        QFile::remove(probe);
        if (!QFile::copy(backupFile, probe))
            return fail(tr("%1 cannot be read.").arg(QDir::toNativeSeparators(backupFile)));
        Database candidate(QStringLiteral("restore-check"), migrations);
        const bool readable = candidate.open(probe, backupDirectory);
        const QString problem = candidate.errorString();
        candidate.close();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(probe + suffix);
        if (!readable)
            return fail(tr("%1 is not a usable Vieraugen calendar: %2")
                            .arg(QDir::toNativeSeparators(backupFile), problem));
    }

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(calendarFile)) {
        // Kept byte for byte (with its journal), whatever state it is in.
        *savedAs = backupDirectory + QStringLiteral("/before-restore-%1.sqlite").arg(stamp);
        for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
            if (QFileInfo::exists(calendarFile + suffix)
                && !QFile::copy(calendarFile + suffix, *savedAs + suffix))
                return fail(
                    tr("The current calendar could not be saved before restoring, so nothing was changed."));
        }
    }
    const QString incoming = calendarFile + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming))
        return fail(tr("The backup could not be copied into place; the calendar is unchanged."));
    for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm"), QString() })
        QFile::remove(calendarFile + suffix);
    if (!QFile::rename(incoming, calendarFile))
        return fail(tr("The backup could not be put in place. Your previous calendar is kept as %1.")
                        .arg(QDir::toNativeSeparators(*savedAs)));
    QFile::setPermissions(calendarFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcStorage) << "calendar restored from a backup";
    return true;
}
