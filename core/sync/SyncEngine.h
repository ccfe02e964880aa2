#pragma once

#include "core/dav/DavError.h"
#include "core/sync/SyncQueue.h"
#include "core/sync/TeamCalendar.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class AppointmentStore;
struct CalDavAccount;
class DavClient;
class DavReply;
struct DavResource;
class QNetworkAccessManager;
class SecretStore;
class SyncStore;
struct ServerObject;

// The network half of team calendars: brings each team calendar in step with its CalDAV server.
// Push: every change waiting in the SyncQueue goes up with If-Match (If-None-Match: * when new); a
// 412 fetches the server's version and applies it: what the change altered goes onto it and up again,
// or, where the server changed the same part, the change is kept as a conflict.
// An account without calendars yet (added in Settings or by a setup file) gets those its server
// shows it first. Pull: RFC 6578 sync-collection where the server offers it (starting over when the token
// expired), else getctag and ETag comparison; changed events come with calendar-multiget and go
// in through SyncStore. Runs at start(), a moment after a change, every few minutes and when the
// network returns; everything is asynchronous, and a run that cannot reach the server leaves every
// change queued for the next.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int downloaded = 0;
        int uploaded = 0;
        int deleted = 0; // on either side
        int conflicts = 0;
        // Changed here and on the server, in different parts: both changes kept, no question.
        int merged = 0;

        Counts& operator+=(const Counts& other);
    };
    // What a run did in one team calendar; error (for the user) says why it is not, or not
    // completely, in step with its server.
    struct CalendarReport
    {
        Counts counts;
        QString error;
    };
    // Reads an account's password and calls back with it, or with an empty one and the problem in
    // words (no keychain, locked, none stored). The engine holds it only for one run.
    using PasswordReader
        = std::function<void(const CalDavAccount& account,
                             std::function<void(const QString& password, const QString& problem)> done)>;
    // Passwords from the keychain, where "account add" and Settings → Calendars put them.
    static PasswordReader keychainPasswords(SecretStore& secrets);

    // A pause after a change, so typing a title is one upload, not one per key.
    static constexpr int debounceMs = 1500;
    static constexpr int periodMs = 5 * 60 * 1000;
    // After an unreachable server: 15 s, doubling up to the period.
    static constexpr int firstRetryMs = 15 * 1000;
    // Events per calendar-multiget: keeps each answer (and each batch written to the calendar file
    // between two turns of the event loop) small.
    static constexpr int multigetBatch = 100;

    SyncEngine(QNetworkAccessManager& network, SyncStore& store, AppointmentStore& appointments,
               SyncQueue& queue, PasswordReader passwords, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Syncs now and from then on by itself.
    void start();
    // One run now (or right after the running one).
    void syncNow();

    bool isRunning() const { return m_running; }
    // Of the last finished run.
    DavError lastError() const { return m_lastError; }
    // Summed over the calendars.
    Counts lastCounts() const;
    // By calendar id: every team calendar the run tried.
    QHash<QString, CalendarReport> lastReports() const { return m_lastReports; }
    // HTTP requests of the last run; a run with nothing to do makes one per calendar.
    int lastRequestCount() const { return m_lastRequests; }
    // Whether a run with a team calendar's account has set the engine watching for the network's return.
    bool watchesNetworkReturn() const { return bool(m_networkReturn); }

Q_SIGNALS:
    void started();
    void finished();

private:
    struct Run;
    // Syncs when the network returns. Only team calendars need it: the monitor behind it (GLib's or
    // NetworkManager's, with their libraries ~2.5 MiB in memory) is loaded on the first run that has
    // an account, not with every start of the calendar.
    void watchReachability();
    void addToRun(const TeamCalendar& calendar);
    void readPasswords(QList<CalDavAccount> accounts);
    void passwordRead(const CalDavAccount& account, const QString& password, const QString& problem,
                      const QList<CalDavAccount>& remaining);
    void findCalendars(QList<CalDavAccount> accounts);
    void pushNext();
    void push(const PendingChange& change);
    void pushed(const PendingChange& change, DavReply* reply, const TeamCalendar& calendar,
                const QString& href, const QByteArray& agreedVersion,
                const std::optional<ServerObject>& movedFrom);
    void removedOnServer(const PendingChange& change, DavReply* reply, const ServerObject& object);
    void takeServerVersionAfterConflict(const QString& uid, const TeamCalendar& calendar,
                                        const QString& href);
    void pullNext();
    void pullWithSyncCollection(const TeamCalendar& calendar, const QString& token);
    void pullWithCtag(const TeamCalendar& calendar);
    void compare(const TeamCalendar& calendar, const QList<DavResource>& resources, bool complete,
                 const QString& ctag, const QString& syncToken);
    void fetchNext(const TeamCalendar& calendar, QList<QUrl> missing, const QString& ctag,
                   const QString& syncToken);
    void calendarDone(const TeamCalendar& calendar, const QString& ctag, const QString& syncToken);
    // Ends the run when the error means no other request can succeed now; true if it did.
    bool stopsTheRun(const DavError& error);
    void finishRun(const DavError& error);
    // Whether the calendar's pull ends with this answer: the run stopped (stopsTheRun), or the error
    // was recorded for the calendar and the next calendar is pulled.
    bool endsThePull(const TeamCalendar& calendar, const DavError& error);
    void recordCalendarError(const TeamCalendar& calendar, const DavError& error);
    void recordCalendarProblem(const TeamCalendar& calendar, const QString& message);
    Counts& countsOf(const QString& calendarId);
    DavClient* clientFor(const QString& calendarId);
    QUrl urlOf(const TeamCalendar& calendar, const QString& href) const;
    void scheduleAfterChange();

    QNetworkAccessManager& m_network;
    SyncStore& m_store;
    AppointmentStore& m_appointments;
    SyncQueue& m_queue;
    PasswordReader m_passwords;

    std::unique_ptr<Run> m_run;
    bool m_running = false;
    bool m_again = false;
    bool m_askedForReachability = false;
    QMetaObject::Connection m_networkReturn;
    DavError m_lastError;
    QHash<QString, CalendarReport> m_lastReports;
    int m_lastRequests = 0;

    QTimer m_debounce;
    QTimer m_periodic;
    QTimer m_retry;
    int m_retryMs = firstRetryMs;
};
