#pragma once

#include "ui/curtain/ScreenLockMonitor.h"

// macOS: the login window posts com.apple.screenIsLocked and com.apple.screenIsUnlocked as
// distributed notifications when the screen is locked (Ctrl+Cmd+Q, the screen saver, the lid).
class MacScreenLockMonitor : public ScreenLockMonitor
{
    Q_OBJECT

public:
    explicit MacScreenLockMonitor(QObject* parent = nullptr);
    ~MacScreenLockMonitor() override;

private:
    // The notification centre's observers (id), removed when the monitor goes.
    void* m_lockObserver = nullptr;
    void* m_unlockObserver = nullptr;
};
