#pragma once

#include <QWidget>

class Clock;
class QLabel;
class QMainWindow;
class QPushButton;
class QTimer;
class ScreenLockMonitor;
class Settings;

// Hides clients' names, contacts and notes in the main window when nobody is at the computer:
// after the idle time set in Settings (no key press, click or mouse movement in Vieraugen) and as
// soon as the operating system's session locks. The curtain covers the whole window, including
// menu and status bar, and hides the window's content from screen readers as well; only "Show"
// lifts it. Session windows are left alone: a session in progress must stay visible.
class PrivacyCurtain : public QWidget
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

Q_SIGNALS:
    void loweredChanged(bool down);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow& m_window;
    Settings& m_settings;
    const Clock& m_clock;
    QTimer* m_timer;
    QLabel* m_reason;
    QPushButton* m_show;
    qint64 m_lastActivityMs;
    bool m_down = false;
};
