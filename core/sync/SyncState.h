#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// How the team calendars stand, for the status bar: the last sync that worked, the changes still
// waiting for a server, the conflicts the user has to decide and the last error.
struct SyncState
{
    Q_DECLARE_TR_FUNCTIONS(SyncState)

public:
    std::optional<QDateTime> lastSync; // UTC
    int pending = 0;
    int conflicts = 0;
    QString error;

    // One line; times in zone.
    QString text(const QTimeZone& zone) const;
};
