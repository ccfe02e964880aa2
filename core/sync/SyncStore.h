#pragma once

#include "core/calendar/Appointment.h"
#include "core/sync/CalDavAccount.h"
#include "core/sync/SyncConflicts.h"
#include "core/sync/SyncState.h"
#include "core/sync/TeamCalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class AppointmentStore;
struct CalDavCalendar;
class Clock;
class Database;
class QSqlQuery;

// Where a UID lives on its server, and the ETag of the version this computer has.
struct ServerObject
{
    QString uid;
    QString calendarId;
    QString href;
    QString etag;
    // That version as this computer had it when both agreed (CalendarObject::writeWhole), to merge
    // a change made here with one made on the server meanwhile; empty when not known. Only object()
    // reads it.
    QByteArray agreedVersion;

    friend bool operator==(const ServerObject&, const ServerObject&) = default;
};

// The local half of team calendars, in the calendar file: CalDAV accounts, their calendars (with
// each one's details mode, colour, visibility and sync markers) and where each UID is on the server.
// The sync engine brings the server's versions in through applyServerVersion/applyServerRemoval,
// which write through the AppointmentStore like every change.
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)

public:
    SyncStore(Database& database, AppointmentStore& appointments, const Clock& clock);

    QList<CalDavAccount> accounts() const;
    std::optional<CalDavAccount> account(const QString& id) const;
    // Adds the account (a new id when it has none); false with a reason, e.g. when it exists.
    bool addAccount(CalDavAccount& account, QString* errorMessage);
    // Adds the account or updates the one with its id (from an administrator's setup file).
    bool saveAccount(CalDavAccount& account, QString* errorMessage);
    // The account, its calendars and their appointments on this computer (the server keeps its
    // own); its password is the caller's to remove from the keychain.
    bool removeAccount(const QString& id, QString* errorMessage);

    // This computer's calendar first, then the others by account and name.
    QList<TeamCalendar> calendars() const;
    std::optional<TeamCalendar> calendar(const QString& id) const;
    // Where new appointments go.
    TeamCalendar defaultCalendar() const;
    // Adds a calendar found on a server (a new id when it has none) or updates the one known by id
    // or by account and URL; what the user chose (details, shown, default) is kept on updates.
    bool saveCalendar(TeamCalendar& calendar, QString* errorMessage);
    // Saves what discovery found on the account's server (saveCalendar for each); the calendars as
    // stored, in found's order, in saved.
    bool saveFound(const QString& accountId, const QList<CalDavCalendar>& found, QList<TeamCalendar>* saved,
                   QString* errorMessage);
    bool setDetails(const QString& calendarId, TeamCalendar::Details details, QString* errorMessage);
    bool setShown(const QString& calendarId, bool shown, QString* errorMessage);
    bool setDefault(const QString& calendarId, QString* errorMessage);
    // The colour the views give the calendar on this computer ("#rrggbb", lower case), whatever
    // the server says; empty goes back to the server's colour.
    bool setChosenColor(const QString& calendarId, const QString& color, QString* errorMessage);
    // What the last sync of the calendar left: the server's markers, when, and the error if any.
    bool setSyncState(const QString& calendarId, const QString& ctag, const QString& syncToken,
                      const QString& lastError, QString* errorMessage);

    // The counselor who holds the appointment when that is someone else than this computer's user
    // on its calendar's server: only the holder starts its session. Nothing for this computer's
    // calendar and for appointments without a counselor.
    std::optional<QString> heldBySomeoneElse(const Appointment& appointment) const;
    // The last good sync of any calendar, what waits and the last error.
    SyncState state() const;
    // The conflicts kept in this calendar file.
    SyncConflicts conflicts() const { return SyncConflicts(m_database, m_appointments, m_clock); }

    std::optional<ServerObject> object(const QString& uid) const;
    QList<ServerObject> objects(const QString& calendarId) const;
    bool setObject(const ServerObject& object, QString* errorMessage);
    // In one transaction.
    bool setObjects(const QList<ServerObject>& objects, QString* errorMessage);
    bool forgetObject(const QString& uid, QString* errorMessage);

    // What became of a change waiting here when the server's version of its UID came.
    enum class WaitingChange
    {
        None, // none waited, or the server had it already
        Merged, // what it changed is on the server's version, and it waits to go up onto it
        KeptAsConflict // the server changed the same part: the user decides
    };
    // The server's version of a UID (ETag etag at href): replaces this computer's copy, merged as
    // CalendarObject::read says. If the UID has a change here the server has not got, what that
    // change altered (from the version both last agreed on) goes onto the server's version, and it
    // stays queued; where both changed the same part differently (or the agreed version is not
    // known) it is kept as a conflict instead, so neither side is lost. False (nothing changed) when
    // the object cannot be read or stored. What became of a waiting change goes to waiting.
    bool applyServerVersion(const QString& calendarId, const QString& href, const QString& etag,
                            const QByteArray& ics, QString* errorMessage, WaitingChange* waiting = nullptr);
    // One object as the server sent it.
    struct ServerVersion
    {
        QString href;
        QString etag;
        QByteArray ics;
    };
    // applyServerVersion for many objects of one calendar: their appointments in one transaction,
    // their ETags in a second (interrupted between, the next sync applies them again), as a calendar
    // file syncs to disk once per transaction. An object that cannot be read is left out (for the
    // next sync) and does not hold up the others. How many were applied, how many of those kept a
    // conflict, and how many merged a waiting change, go to applied, conflicts and mergedChanges.
    bool applyServerVersions(const QString& calendarId, const QList<ServerVersion>& versions, int* applied,
                             int* conflicts, QString* errorMessage, int* mergedChanges = nullptr);
    // The server removed the UID: so does this computer, keeping a waiting change as a conflict.
    bool applyServerRemoval(const QString& uid, QString* errorMessage);

private:
    QList<TeamCalendar> readCalendars(const QString& where, const QVariantList& values) const;
    bool run(const QString& statement, const QVariantList& values, QString* errorMessage) const;
    // Whether the server's version of an object is what this computer has (in the details mode).
    static bool isThisComputersVersion(const QList<Appointment>& local, const QList<Appointment>& server,
                                       TeamCalendar::Details details);
    // Keeps this computer's waiting change of uid as a conflict and takes it off the queue.
    bool keepLocalChange(const QString& uid, QString* errorMessage);
    QByteArray agreedVersion(const QString& uid) const;

    Database& m_database;
    AppointmentStore& m_appointments;
    const Clock& m_clock;
};
