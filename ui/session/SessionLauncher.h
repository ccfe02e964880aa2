#pragma once

#include "core/calendar/Occurrence.h"
#include "ui/common/CalendarChanges.h"
#include "ui/session/AbstractSessionWindow.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>

class AppointmentStore;
class QDialog;
struct ServerProfile;
class Clock;
class SecretStore;
class SessionHost;
struct SessionPlan;
class SessionPlanner;
class Settings;
class QTimer;
class QUndoStack;
class QWidget;

// What "Start" does for each kind of appointment, from the calendar, the "Next appointment"
// panel and reminders alike: a Jitsi session opens in a session window (one per appointment),
// an external link opens in the system's handler, a phone appointment dials. When it started
// and ended, and whether it took place, is recorded with the appointment; nothing of its content.
class SessionLauncher : public QObject
{
    Q_OBJECT

public:
    // What a session records (begun, ended, held…) is a step on undoStack, as the calendar's changes are.
    SessionLauncher(Settings& settings, SecretStore& secrets, AppointmentStore& store, QUndoStack& undoStack,
                    const Clock& clock, QWidget* window);
    ~SessionLauncher() override;

    void start(const Occurrence& occurrence);
    // An appointment in another tool (Zoom, Teams, …) has no invitation in Vieraugen: says what to
    // do instead, and offers its link to copy.
    void inviteElsewhere(const Occurrence& occurrence);
    // Ahead of a Jitsi appointment: start the engine, load its server's IFrame API, and check the
    // server once, with a notice if it does not pass.
    void warmUpFor(const Occurrence& occurrence);

    // The pre-session check for the appointment's server, or for this server; one at a time.
    void check(const Occurrence& occurrence);
    void check(const ServerProfile& server);
    // Camera, microphone and speaker only, before any server is set up.
    void checkDevices();
    // The check for this server (or the devices only) over parent, e.g. the setup assistant.
    void openCheck(const std::optional<ServerProfile>& server, QWidget* parent = nullptr);

    // Sessions whose time is over but that still count as started (a link or a call Vieraugen
    // cannot follow, an in-person session, a video session whose end was left open): the counselor
    // is asked once whether it took place. Runs every minute by itself.
    void askAboutEndedSessions();

    // While the privacy curtain is down, session windows show no client's name (see SessionWindow).
    void setNamesHidden(bool hidden);

    // Before the app quits: with a session still open, asks whether to end it for everyone in it,
    // and if so, ends it.
    bool mayQuit();

    // Whether the browser engine has a page ready for the next session.
    bool isWarm() const;
    AbstractSessionWindow* windowFor(const Occurrence& occurrence) const;
    // The dates whose session window is open (Occurrence::key()).
    QStringList openSessions() const;

protected:
    // The main window activated again after a phone program took a number: the counselor is back.
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void statusMessage(const QString& message);
    void sessionWindowOpened(AbstractSessionWindow* window);
    void openSessionsChanged(const QStringList& occurrenceKeys);
    void attentionRequested(const QString& title, const QString& message);
    void inviteRequested(const Occurrence& occurrence);
    void helpRequested(const QString& topic);
    // A video session was started before any server is set up; explanation says what is missing.
    void serverSetupRequested(const QString& explanation);

private:
    // Says text and offers url to copy; a link with the meeting's password in it is copied so that
    // the clipboard forgets it again.
    void offerLinkToCopy(const QString& title, const QString& text, const QUrl& url);
    // Whether to open a session far from its planned time (tomorrow's, last week's): asked, so that
    // the wrong appointment's room is not opened and recorded as started by mistake. Asked once
    // nothing else stands in the way (no server yet, no link), and not for a session already open.
    bool confirmStartAt(const Occurrence& occurrence);
    // Whether the server lets the session start now (one that signs its rooms' tokens opens them
    // only some minutes before the appointment); otherwise *problem says from when.
    bool opensAtThisTime(const ServerProfile& server, const Occurrence& occurrence, QString* problem) const;
    void startJitsi(const Occurrence& occurrence);
    // The session module's engine, loaded on first need; nullptr (and *error) without the module.
    SessionHost* host(QString* error);
    AbstractSessionWindow* openWindow(const SessionPlan& plan);
    // The server fails: the appointment gets a room on the backup server and the session moves there.
    void switchToBackup(AbstractSessionWindow* window);
    void startElsewhere(const Occurrence& occurrence, const QUrl& url);
    // Whom to call: the client's name and number, or only the number while names are hidden.
    QString callee(const Occurrence& occurrence) const;
    // Shows the number to dial, since a desk phone is as likely as a phone program; the call is
    // recorded as begun only when the counselor says so, for a phone program once she is back.
    void startCall(const Occurrence& occurrence);
    // "Has the call begun?" for each number a phone program took while the counselor was away.
    void askAboutDialledCalls();
    // Started, or held still when it was held before. False when it could not be saved (and said so).
    bool recordStart(const Occurrence& occurrence);
    void sessionEnded(const Occurrence& occurrence, AbstractSessionWindow::Attendance attendance);
    // After a session: how it was recorded, in one line with its times, and how to take it back.
    void sayRecorded(const Occurrence& occurrence);
    // "Nobody joined: held or not?" for each session that ended so, once in sight.
    void askAboutUnansweredEnds();
    // A dialog is open or a text field has the keyboard: no question should take it unasked.
    static bool counselorIsTyping();
    // Held or no-show (if offered), as the counselor chooses; nothing for "Decide later" (which
    // Enter presses, too).
    std::optional<AppointmentStatus> askWhetherHeld(const QString& title, const QString& question,
                                                    bool offerNoShow = true);
    // Saves the change as an undo step named text, or says why it could not be saved and returns false.
    bool record(const Occurrence& occurrence, const QString& text,
                const std::function<void(Appointment&)>& change);

    Settings& m_settings;
    AppointmentStore& m_store;
    CalendarChanges m_changes;
    const Clock& m_clock;
    QWidget* m_window;
    SessionHost* m_host = nullptr;
    SessionPlanner* m_planner;
    QList<QPointer<AbstractSessionWindow>> m_windows;
    QStringList m_planning;
    QSet<QString> m_checked;
    QSet<QString> m_askedWhetherHeld;
    struct UnansweredEnd
    {
        Occurrence occurrence;
        AbstractSessionWindow::Attendance attendance;
    };
    QList<UnansweredEnd> m_unansweredEnds;
    struct DialledCall
    {
        Occurrence occurrence;
        // The main window lost the activation since (to the phone program, most likely).
        bool away;
    };
    QList<DialledCall> m_dialled;
    QTimer* m_endedSessions;
    QPointer<QDialog> m_check;
    QString m_checkedServer;
    QNetworkAccessManager m_network;
    bool m_namesHidden = false;
};
