#include "ui/curtain/WindowsScreenLockMonitor.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QWindow>
#include <qt_windows.h>

#include <wtsapi32.h>

namespace {
Q_LOGGING_CATEGORY(lcScreenLock, "vieraugen.ui.screenlock")

HWND handleOf(const QWindow& window)
{
    return reinterpret_cast<HWND>(window.winId());
}
} // namespace

WindowsScreenLockMonitor::WindowsScreenLockMonitor(QObject* parent)
    : ScreenLockMonitor(parent)
    , m_receiver(std::make_unique<QWindow>())
{
    m_receiver->create();
    m_registered = WTSRegisterSessionNotification(handleOf(*m_receiver), NOTIFY_FOR_THIS_SESSION) != FALSE;
    if (!m_registered) {
        // Without it the curtain still falls after the idle time.
        qCWarning(lcScreenLock) << "the session's lock is not followed, Windows error" << GetLastError();
        return;
    }
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WindowsScreenLockMonitor::~WindowsScreenLockMonitor()
{
    if (!m_registered)
        return;
    QCoreApplication::instance()->removeNativeEventFilter(this);
    WTSUnRegisterSessionNotification(handleOf(*m_receiver));
}

bool WindowsScreenLockMonitor::nativeEventFilter(const QByteArray& eventType, void* message, qintptr*)
{
    if (eventType != "windows_generic_MSG")
        return false;
    const MSG* msg = static_cast<const MSG*>(message);
    if (msg->hwnd != handleOf(*m_receiver) || msg->message != WM_WTSSESSION_CHANGE)
        return false;
    if (msg->wParam == WTS_SESSION_LOCK)
        Q_EMIT locked();
    else if (msg->wParam == WTS_SESSION_UNLOCK)
        Q_EMIT unlocked();
    return false;
}
