#include "ui/curtain/ScreenLockMonitor.h"

#ifdef VIERAUGEN_DBUS_SCREEN_LOCK
#include "ui/curtain/DBusScreenLockMonitor.h"
#endif

ScreenLockMonitor* ScreenLockMonitor::createForPlatform(QObject* parent)
{
#ifdef VIERAUGEN_DBUS_SCREEN_LOCK
    return new DBusScreenLockMonitor(parent);
#else
    // Windows (WTS session notifications) and macOS (distributed notifications) are not wired yet:
    // there the curtain falls after the idle time only.
    return new ScreenLockMonitor(parent);
#endif
}
