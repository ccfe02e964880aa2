#pragma once

#include "core/calendar/Appointment.h"
#include "core/calendar/Occurrence.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <memory>

class Clock;
struct OccurrenceSlot;
class Database;
class QSqlError;
class QSqlQuery;
class StatementCache;

// The calendar in SQLite. Every change is one transaction: it happens completely or not at all.
class AppointmentStore : public QObject
{
    Q_OBJECT

public:
    // Who changes the calendar: someone on this computer, whose changes to a team calendar wait in
    // the sync queue (in the same transaction) until they reach the server; or the sync engine
    // bringing the server's version, which goes back to nobody.
    enum class Origin
    {
        ThisComputer,
        Server
    };

    AppointmentStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Inserts (id 0) or updates the appointment; a new one gets a UID. On failure nothing changes.
    bool save(Appointment& appointment, QString* errorMessage);
    // Saves many at once in one transaction; appointments whose UID exists are updated, not doubled.
    bool saveAll(QList<Appointment>& appointments, int* created, int* updated, QString* errorMessage);
    // Removes the appointment or whole series (with its exceptions).
    bool remove(const QString& uid, QString* errorMessage);
    // In one transaction, replaces everything stored under these UIDs (series and exceptions)
    // with appointments (which may be empty). This is what undo and redo are made of.
    bool replaceAll(const QStringList& uids, QList<Appointment> appointments, QString* errorMessage,
                    Origin origin = Origin::ThisComputer);

    // Changes one date only: a single appointment, or this date of a series (which becomes or
    // stays an exception of its own). Used for what happened on that date, such as a session.
    // A date deleted meanwhile (here, or by a colleague in the team calendar) is not brought back:
    // the change is refused with a message saying so.
    bool updateOccurrence(const Occurrence& occurrence, const std::function<void(Appointment&)>& change,
                          QString* errorMessage);
    // The date as it is stored now, to be changed alone: the appointment, the date's exception, or
    // the date as its series has it (to become an exception). Nothing, and a message saying so,
    // when the date was deleted meanwhile.
    std::optional<Appointment> storedDate(const Occurrence& occurrence, QString* errorMessage) const;

    std::optional<Appointment> find(const QString& uid) const;
    // One date of an appointment: the appointment itself (invalid recurrenceId), or the date of a
    // series that recurrenceId names, as an exception if one is stored.
    std::optional<Occurrence> occurrenceOf(const QString& uid, const QDateTime& recurrenceId) const;
    std::optional<Appointment> findException(const QString& uid, const QDateTime& recurrenceId) const;
    QList<Appointment> exceptionsOf(const QString& uid) const;
    // The appointment and its exceptions (dates of a series moved or changed); empty when unknown.
    QList<Appointment> series(const QString& uid) const;
    // Every appointment, series and exception, in order of start.
    QList<Appointment> all() const;
    int count() const;

    // What shows in [from, to): series expanded in their own zone, all-day items by the viewer's dates.
    QList<Occurrence> occurrences(const QDateTime& from, const QDateTime& to,
                                  const QTimeZone& viewerZone = QTimeZone::systemTimeZone()) const;

    // Appointments whose title, participants' names or notes contain all words (prefixes count),
    // newest first: the best-ranked ones, or with more than maxRankedMatches the latest booked.
    static constexpr int maxRankedMatches = 1000;
    QList<Appointment> search(const QString& text, int limit = 50) const;

    // Removes names, contacts and notes of appointments that ended before cutoff; their time and
    // status stay. Returns how many were purged, or -1 on failure.
    int purgePersonalData(const QDateTime& cutoff, QString* errorMessage);
    // Another connection to the file (a worker thread's, the command-line tool's) has written to it:
    // what this store keeps from before is dropped, and changed() tells the views to read again.
    void reloadWrittenElsewhere();
    // The ids of appointments whose personal data has expired; binds the cutoff (UTC ms).
    static QString expiredPersonalDataQuery();

Q_SIGNALS:
    void changed();

private:
    // The row, its participants and its search entry; inside the caller's transaction, whose
    // statements are prepared once for all rows.
    bool writeComplete(Appointment& appointment, bool* inserted, StatementCache& statements, Origin origin,
                       QString* errorMessage);
    // Notes the UID in the sync queue if it is, or was, in a team calendar.
    bool queueForServer(const QString& uid, StatementCache& statements, QString* errorMessage);
    bool writeAppointment(Appointment& appointment, bool* inserted, StatementCache& statements,
                          QString* errorMessage);
    bool writeParticipants(const Appointment& appointment, StatementCache& statements, QString* errorMessage);
    bool writeSearchEntry(const Appointment& appointment, StatementCache& statements, QString* errorMessage);
    bool writeSeriesIndex(const Appointment& appointment, StatementCache& statements, QString* errorMessage);
    bool fail(const QSqlQuery& query, QString* errorMessage) const;
    bool fail(const QSqlError& error, QString* errorMessage) const;
    // Commits the connection's transaction, or rolls it back and explains why.
    bool commit(QString* errorMessage);
    bool execute(StatementCache& statements, const QString& statement, const QVariantList& values,
                 QString* errorMessage);
    // Removes what a purge deleted from the search index's old segments and the write-ahead log.
    void eraseRemovedText();
    QList<Appointment> load(QSqlQuery& query) const;
    std::optional<Appointment> findOne(const QString& where, const QVariantList& values) const;
    QList<Appointment> findAll(const QString& where, const QVariantList& values) const;
    void loadParticipants(QList<Appointment>& appointments) const;
    // Puts the appointments of these slots and ids into the cache, which it first drops if stale.
    void cacheAppointments(const QList<OccurrenceSlot>& slots, const QList<qint64>& moreIds) const;
    // Dates of series past their indexed_until_utc (id → that instant, series cached) that reach
    // into [from, to).
    QList<OccurrenceSlot> expandBeyondIndex(const QHash<qint64, qint64>& indexedUntil, const QDateTime& from,
                                            const QDateTime& to) const;
    // Series whose index ends too soon (new, migrated, or a year older) get their dates stored.
    void extendSeriesIndex();
    void refreshLongestDuration();
    // The window query looks back as far as the longest appointment lasts; cached rows are stale.
    void noteWritten(const QList<Appointment>& appointments);

    static constexpr qsizetype maxCachedAppointments = 20000;

    Database& m_database;
    const Clock& m_clock;
    qint64 m_longestMs = 0;
    // Appointments as the window query last read them, shared with the occurrences handed out.
    mutable QHash<qint64, std::shared_ptr<const Appointment>> m_cache;
    mutable qint64 m_cacheDataVersion = -1;
};
