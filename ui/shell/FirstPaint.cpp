#include "ui/shell/FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace {
// A window that is not exposed (minimized, on a hidden desktop) gets the work after this long.
constexpr int notShownMs = 1000;
} // namespace

FirstPaint::FirstPaint(QWindow* window, std::function<void()> work)
    : QObject(window)
    , m_work(std::move(work))
{
    window->installEventFilter(this);
    QTimer::singleShot(notShownMs, this, &FirstPaint::run);
}

void FirstPaint::then(QWidget* window, std::function<void()> work)
{
    new FirstPaint(window->windowHandle(), std::move(work));
}

bool FirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    // The widgets paint while the window handles its first expose; the work comes after that.
    if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed()) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, &FirstPaint::run);
    }
    return false;
}

void FirstPaint::run()
{
    if (!m_work)
        return;
    const std::function<void()> work = std::exchange(m_work, nullptr);
    deleteLater();
    work();
}
