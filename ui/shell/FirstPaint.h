#pragma once

#include <QObject>

#include <functional>

class QWidget;
class QWindow;

// Start-up work the calendar does not need to show (the integrity check, backups, the network)
// runs once the window has been painted for the first time, so it never delays that.
class FirstPaint : public QObject
{
    Q_OBJECT

public:
    // Call after window->show(); work runs once, on this thread, after the first paint.
    static void then(QWidget* window, std::function<void()> work);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FirstPaint(QWindow* window, std::function<void()> work);
    void run();

    std::function<void()> m_work;
};
