#pragma once

#include "ui/curtain/CurtainCover.h"

#include <QPointer>

class Clock;
class QDialog;
class QMainWindow;
class QTimer;
class ScreenLockMonitor;
class Settings;

// Hides clients' names, contacts and notes when nobody is at the computer: after the idle time set
// in Settings (no key press, click or mouse movement in Vieraugen) and as soon as the operating
// system's session locks. The curtain covers the whole main window, including menu and status bar,
// and every dialog open or opening while it is down (an appointment, an invitation with its room
// password, a reminder), each keeping what was typed in it; only "Show" lifts it. Session windows
// are left alone, with the questions they ask: a session in progress must stay visible (they hide
// clients' names themselves). A window marked as showing clients' data (an invitation) is covered
// wherever it opened, over a session too, and so are the dialogs it opened.
class PrivacyCurtain : public CurtainCover
{
    Q_OBJECT

public:
    PrivacyCurtain(QMainWindow& window, Settings& settings, const Clock& clock,
                   ScreenLockMonitor* lockMonitor);

    bool isDown() const { return m_down; }

    // Lowers the curtain when the idle time has passed; a timer calls it, tests call it with their clock.
    void checkIdle();
    void lower(const QString& reason);
    void lift();

    static constexpr int checkIntervalMs = 15000;

    // Marks a window that shows clients' data: the curtain covers it also where a session window
    // opened it (an invitation sent from the session, with its room password).
    static void markClientData(QWidget& window);

Q_SIGNALS:
    void loweredChanged(bool down);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void coverDialog(QDialog& dialog);
    // Opened from another window than the main one or its dialogs (a session or its knock window),
    // and not from a window marked as showing clients' data.
    bool askedInASession(const QDialog& dialog) const;

    QMainWindow& m_window;
    Settings& m_settings;
    const Clock& m_clock;
    QTimer* m_timer;
    QList<QPointer<CurtainCover>> m_dialogCovers;
    QString m_reason;
    qint64 m_lastActivityMs;
    bool m_down = false;
};
