#pragma once

#include "core/storage/Migration.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QList>
#include <QString>

#include <optional>

// Copies of the calendar: one per day in the backup folder (the newest seven are kept), and
// putting a copy back in place.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int keptDailyBackups = 7;

    // Writes today's copy of the calendar file unless it exists, then removes daily copies beyond the
    // newest seven. Through connections of its own: it may run on any thread while the calendar is in use.
    static bool ensureDailyBackup(const QString& calendarFile, const QString& directory, const QDate& today,
                                  QString* errorMessage);

    // Every backup in the folder (daily and before schema updates), newest first.
    static QList<QFileInfo> list(const QString& directory);
    // The day of a daily backup; nullopt for other backups.
    static std::optional<QDate> dailyDate(const QFileInfo& backup);
    // Removes a backup with its write-ahead log, if any.
    static bool remove(const QString& backupFile);

    // Replaces the calendar file with the backup, after checking that the backup is a readable
    // Vieraugen calendar and saving the current file (even a damaged one) into the backup folder
    // as *savedAs. The calendar must not be open anywhere.
    static bool restore(const QString& backupFile, const QString& calendarFile,
                        const QString& backupDirectory, const MigrationList& migrations, QString* savedAs,
                        QString* errorMessage);
};
