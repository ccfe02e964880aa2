#pragma once

#include "core/calendar/ReminderSchedule.h"

#include <QDialog>
#include <QKeySequence>

class Announcer;
class AppointmentStore;
class Clock;
class QListWidget;
class QSystemTrayIcon;
class QTimer;
class Settings;

// Shows reminders when they are due, in a small window that stays until dealt with, and asks for
// a desktop notification (attentionRequested). Reminders missed while Vieraugen was closed are
// shown once at the next start, marked as missed. The window comes without taking the keyboard
// (the counselor may be typing elsewhere); a screen reader hears it, and bringForwardKey() goes to it.
class ReminderNotifier : public QDialog
{
    Q_OBJECT

public:
    static constexpr int snoozeMinutes = 5;

    ReminderNotifier(const AppointmentStore& store, Settings& settings, const Clock& clock,
                     QWidget* parent = nullptr);

    // Looks for reminders due since the last check; runs by itself when the next one is due (and at
    // least once a minute).
    void check();
    // How long until the next check runs by itself.
    int millisecondsToNextCheck() const;
    int pendingCount() const;

    void openSelected();
    void startSelected();
    void snoozeSelected();
    // Where the system has a tray: a click on its message brings the reminders back.
    void setTray(QSystemTrayIcon* tray);
    // While the privacy curtain is down, what is said, notified and read from the list names no
    // appointment (its title may name the client).
    void setNamesHidden(bool hidden);
    void dismissAll();
    // The window with the keyboard on its list; false when no reminder is due (nothing to show).
    bool bringForward();
    // The key the main window offers for bringForward(), named in what a screen reader hears.
    static QKeySequence bringForwardKey() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void openRequested(const QString& uid, const QDateTime& recurrenceId);
    void startRequested(const QString& uid, const QDateTime& recurrenceId);
    // A reminder is due: for the desktop's notifications, which reach a counselor in another
    // program, and without a tray too.
    void attentionRequested(const QString& title, const QString& message);

private:
    // A list item's line without the appointment's title, read under the privacy curtain.
    static constexpr int NamelessRole = Qt::UserRole + 1;

    // Lists the reminder and shows the window; returns what to say to a screen reader.
    QString show(const ReminderSchedule::Reminder& reminder, bool missed);
    void scheduleNextCheck();
    // Brings the window over Vieraugen's others, unless one of them asks something of her (modal).
    void raiseUnlessAsking();
    // Takes away the reminders of dates no longer planned: begun or held (a session started from
    // elsewhere than its Start button), or cancelled.
    void forgetDatesNoLongerPlanned();
    std::optional<ReminderSchedule::Reminder> takeSelected();

    const AppointmentStore& m_store;
    Settings& m_settings;
    const Clock& m_clock;
    QListWidget* m_list;
    QTimer* m_timer;
    Announcer* m_announcer;
    QList<ReminderSchedule::Reminder> m_snoozed;
    bool m_namesHidden = false;
};
