#pragma once

#include "core/sync/SyncConflict.h"

#include <QCoreApplication>

class AppointmentStore;
class Clock;
class Database;

// Conflicts between this computer and a calendar server, kept in the calendar file until the user
// resolves them: keep mine (what was changed here goes onto the server's version and to the server
// again) or keep theirs.
class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)

public:
    enum class Choice
    {
        KeepMine,
        KeepTheirs
    };

    SyncConflicts(Database& database, AppointmentStore& appointments, const Clock& clock);

    // Oldest first.
    QList<SyncConflict> all() const;
    int count() const;
    // In one transaction: keeps this computer's version of uid (all it has under the UID) with the
    // version it was changed from (base, as CalendarObject::writeWhole wrote it; empty if unknown) and
    // takes the UID off the sync queue, before the server's version replaces it.
    bool record(const QString& uid, const QString& calendarId, const QByteArray& base, QString* errorMessage);
    bool resolve(qint64 conflictId, Choice choice, QString* errorMessage);

private:
    Database& m_database;
    AppointmentStore& m_appointments;
    const Clock& m_clock;
};
