#pragma once

#include "ui/curtain/ScreenLockMonitor.h"

#include <QAbstractNativeEventFilter>

#include <memory>

class QWindow;

// Windows: the lock and unlock of this user's session (Win+L, a screen saver that locks, a switch
// of user) arrive as WM_WTSSESSION_CHANGE at a window registered with
// WTSRegisterSessionNotification. A native window of our own that is never shown receives them,
// so the monitor works before and without any visible window.
class WindowsScreenLockMonitor : public ScreenLockMonitor, public QAbstractNativeEventFilter
{
    Q_OBJECT

public:
    explicit WindowsScreenLockMonitor(QObject* parent = nullptr);
    ~WindowsScreenLockMonitor() override;

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override;

private:
    std::unique_ptr<QWindow> m_receiver;
    bool m_registered = false;
};
