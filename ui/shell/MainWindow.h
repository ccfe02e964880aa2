#pragma once

#include "ui/setup/SetupAssistant.h"

#include <QMainWindow>
#include <QPointer>

class AppointmentStore;
class HelpWindow;
class InvitationLog;
class InviteService;
class QAction;
class QSystemTrayIcon;
struct Occurrence;
class CalendarWidget;
class Clock;
class QUndoStack;
class ReminderNotifier;
class SecretStore;
class SessionLauncher;
class SyncEngine;
class SyncStore;
class QLabel;
class QMessageBox;
class QToolButton;
class Settings;

// The application's home: menus, status bar and the calendar. Remembers its geometry.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings& settings, SecretStore& secrets, AppointmentStore& appointments, const Clock& clock,
               QWidget* parent = nullptr);

    QUndoStack* undoStack() const { return m_undoStack; }
    CalendarWidget* calendar() const { return m_calendar; }
    SessionLauncher* sessions() const { return m_sessions; }

    // Start for the appointment's kind (video session, external link, call), e.g. from a reminder.
    void startSession(const QString& uid, const QDateTime& recurrenceId);
    void startNextSession();
    void startSelectedSession();

    // Team calendars (app provides them): Settings → Calendars, their state in the status bar, and
    // Start only for the appointment's own counselor.
    void setTeamCalendars(SyncStore* sync);
    // Starts the occurrence's session unless another counselor holds it (then says who).
    void startIfHeldHere(const Occurrence& occurrence);
    // The calendars as they are now (shown, colour, access) to the views, and their state.
    void showCalendars();
    // Both versions of what was changed here and on the server, to choose one (status bar, Edit menu).
    void decideConflicts();
    // The engine keeping the team calendars in step (app provides it): the status bar says when it
    // runs and what it left.
    void setSyncEngine(SyncEngine* engine);

    // Invitations need the outbox, which app provides; without it "Invite" stays disabled.
    void setInvitations(InviteService* service, InvitationLog* log);
    void invite(const Occurrence& occurrence);
    void inviteSelected();

    // Files handed over at start or by a later launch ("vieraugen file.ics", --open UID).
    void openFiles(const QStringList& paths);
    void showAppointment(const QString& uid);

    void importCalendar();
    void exportCalendar();

    // Brings the window to the front, e.g. when another launch handed over its arguments.
    void bringToFront();

    // With a tray icon, closing the window keeps Vieraugen running there, so reminders still
    // come; the first time this is explained. Without one, closing quits.
    void setTray(QSystemTrayIcon* tray);
    // The reminders, which View → Reminders brings forward with the keyboard (they come without it).
    void setReminders(ReminderNotifier* reminders);
    // Quits, also while a tray icon keeps Vieraugen running.
    void quit();

    void showAbout();
    void showHelp(const QString& topic = {});
    void checkBeforeSession();
    void showSettings();
    // The setup assistant (Help → Set Up Vieraugen…); at start only for a new user.
    void showSetup();
    void offerSetupOnFirstStart();
    // Opens the assistant at the server step, saying what is missing.
    void showServerSetup(const QString& explanation);
    SetupAssistant* setupAssistant() const { return m_setup; }

Q_SIGNALS:
    // Something the counselor must not miss, for the desktop's notifications.
    void attentionRequested(const QString& title, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Asks before ending what quitting would end or hold back: a running session, messages waiting
    // in the outbox. False when the counselor chose to stay.
    bool mayQuit();
    bool mayQuitWithWaitingMessages();
    void createMenus();
    // Last sync, changes waiting for the server, conflicts and errors, in the status bar (after a
    // run of the engine given to setSyncEngine, and after each change).
    void showSyncState();
    void fitSyncState();
    // A change made here was set aside as a conflict: the calendar now shows the server's version,
    // which the counselor would take for her change undone without a word.
    void noticeNewConflicts(int conflicts);
    // After a sync run: changes made here that were combined with a colleague's, in words.
    void noticeMergedChanges();
    // Where the calendar is kept, in the status bar until something else is said.
    // What the status bar says while nothing else is to say, without and with team calendars.
    static QStringList readyMessages();
    void showReadyMessage();
    void openSetup(SetupAssistant::Step step, const QString& notice);

    Settings& m_settings;
    SecretStore& m_secrets;
    AppointmentStore& m_appointments;
    SessionLauncher* m_sessions = nullptr;
    InviteService* m_invitations = nullptr;
    SyncStore* m_sync = nullptr;
    SyncEngine* m_syncEngine = nullptr;
    QLabel* m_syncState = nullptr;
    QToolButton* m_conflictsButton = nullptr;
    // Says when a sync sets changes made here aside; the conflicts known when it last looked.
    QMessageBox* m_conflictNotice = nullptr;
    int m_conflictsSeen = 0;
    QAction* m_conflictsAction = nullptr;
    QAction* m_syncNowAction = nullptr;
    InvitationLog* m_invitationLog = nullptr;
    QAction* m_inviteAction = nullptr;
    HelpWindow* m_help = nullptr;
    QPointer<SetupAssistant> m_setup;
    QUndoStack* m_undoStack = nullptr;
    CalendarWidget* m_calendar = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QPointer<ReminderNotifier> m_reminders;
    bool m_quitting = false;
};
