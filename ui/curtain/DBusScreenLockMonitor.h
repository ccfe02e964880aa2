#pragma once

#include "ui/curtain/ScreenLockMonitor.h"

#include <QDBusObjectPath>

// Linux and other D-Bus desktops: the screensavers' ActiveChanged signal on the session bus
// (org.freedesktop.ScreenSaver for KDE, Xfce and others, org.gnome.ScreenSaver for GNOME and its
// relatives) and logind's Lock/Unlock of this login session on the system bus. A missing bus or
// service is not an error: that source then stays silent.
class DBusScreenLockMonitor : public ScreenLockMonitor
{
    Q_OBJECT

public:
    explicit DBusScreenLockMonitor(QObject* parent = nullptr);

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void sessionLocked();
    void sessionUnlocked();

private:
    void followLoginSession(const QDBusObjectPath& session);
};
