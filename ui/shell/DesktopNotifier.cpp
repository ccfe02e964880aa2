#include "ui/shell/DesktopNotifier.h"

#include "core/base/Logging.h"

#include <QSystemTrayIcon>

#ifdef VIERAUGEN_DBUS_NOTIFICATIONS
#include "ui/shell/FreedesktopNotifier.h"
#endif

DesktopNotifier* DesktopNotifier::createForPlatform(QObject* parent)
{
#ifdef VIERAUGEN_DBUS_NOTIFICATIONS
    return new FreedesktopNotifier(parent);
#else
    // Windows and macOS show the tray icon's messages as their own notifications.
    return new DesktopNotifier(parent);
#endif
}

void DesktopNotifier::notify(const QString& title, const QString& message)
{
    notifyInTray(title, message);
}

void DesktopNotifier::notifyInTray(const QString& title, const QString& message)
{
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    else
        qCInfo(lcUi) << "no desktop notification possible: no notification service and no tray";
}
