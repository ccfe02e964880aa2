#include "ui/curtain/ScreenLockMonitor.h"

#if defined(VIERAUGEN_DBUS_SCREEN_LOCK)
#include "ui/curtain/DBusScreenLockMonitor.h"
#elif defined(VIERAUGEN_WTS_SCREEN_LOCK)
#include "ui/curtain/WindowsScreenLockMonitor.h"
#elif defined(VIERAUGEN_MAC_SCREEN_LOCK)
#include "ui/curtain/MacScreenLockMonitor.h"
#endif

ScreenLockMonitor* ScreenLockMonitor::createForPlatform(QObject* parent)
{
#if defined(VIERAUGEN_DBUS_SCREEN_LOCK)
    return new DBusScreenLockMonitor(parent);
#elif defined(VIERAUGEN_WTS_SCREEN_LOCK)
    return new WindowsScreenLockMonitor(parent);
#elif defined(VIERAUGEN_MAC_SCREEN_LOCK)
    return new MacScreenLockMonitor(parent);
#else
    // No known source: the curtain falls after the idle time only.
    return new ScreenLockMonitor(parent);
#endif
}
