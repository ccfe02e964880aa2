#pragma once

#include "core/calendar/Occurrence.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>

class AppointmentStore;
class PreSessionCheckDialog;
struct ServerProfile;
class Clock;
class SecretStore;
class SessionEngine;
struct SessionPlan;
class SessionPlanner;
class SessionWindow;
class Settings;
class QTimer;
class QWidget;

// What "Start" does for each kind of appointment, from the calendar, the "Next appointment"
// panel and reminders alike: a Jitsi session opens in a session window (one per appointment),
// an external link opens in the system's handler, a phone appointment dials. When it started
// and ended, and whether it took place, is recorded with the appointment; nothing of its content.
class SessionLauncher : public QObject
{
    Q_OBJECT

public:
    SessionLauncher(Settings& settings, SecretStore& secrets, AppointmentStore& store, const Clock& clock,
                    QWidget* window);
    ~SessionLauncher() override;

    void start(const Occurrence& occurrence);
    // Ahead of a Jitsi appointment: start the engine, load its server's IFrame API, and check the
    // server once, with a notice if it does not pass.
    void warmUpFor(const Occurrence& occurrence);

    // The pre-session check for the appointment's server, or for this server; one at a time.
    void check(const Occurrence& occurrence);
    void check(const ServerProfile& server);
    // Camera, microphone and speaker only, before any server is set up.
    void checkDevices();

    // Sessions whose time is over but that still count as started (a link or a call Vieraugen
    // cannot follow, an in-person session, a video session whose end was left open): the counselor
    // is asked once whether it took place. Runs every minute by itself.
    void askAboutEndedSessions();

    SessionEngine& engine() const { return *m_engine; }
    SessionWindow* windowFor(const Occurrence& occurrence) const;

Q_SIGNALS:
    void statusMessage(const QString& message);
    void sessionWindowOpened(SessionWindow* window);
    void attentionRequested(const QString& title, const QString& message);
    void inviteRequested(const Occurrence& occurrence);
    void helpRequested(const QString& topic);
    // A video session was started before any server is set up; explanation says what is missing.
    void serverSetupRequested(const QString& explanation);

private:
    void startJitsi(const Occurrence& occurrence);
    void openCheck(const std::optional<ServerProfile>& server);
    SessionWindow* openWindow(const SessionPlan& plan);
    // The server fails: the appointment gets a room on the backup server and the session moves there.
    void switchToBackup(SessionWindow* window);
    void startElsewhere(const Occurrence& occurrence, const QUrl& url);
    void sessionEnded(const Occurrence& occurrence, bool hadParticipants);
    // Held or no-show, as the counselor chooses; nothing for Cancel (which Enter presses, too).
    std::optional<AppointmentStatus> askWhetherHeld(const QString& title, const QString& question);
    void record(const Occurrence& occurrence, const std::function<void(Appointment&)>& change);

    Settings& m_settings;
    AppointmentStore& m_store;
    const Clock& m_clock;
    QWidget* m_window;
    SessionEngine* m_engine;
    SessionPlanner* m_planner;
    QList<QPointer<SessionWindow>> m_windows;
    QStringList m_planning;
    QSet<QString> m_checked;
    QSet<QString> m_askedWhetherHeld;
    QTimer* m_endedSessions;
    QPointer<PreSessionCheckDialog> m_check;
    QString m_checkedServer;
    QNetworkAccessManager m_network;
};
