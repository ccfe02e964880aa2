#pragma once

#include "ui/shell/DesktopNotifier.h"

// Linux and other D-Bus desktops: the notification service of the Desktop Notifications
// Specification (org.freedesktop.Notifications on the session bus), which GNOME, KDE, Xfce and
// others run whether or not they show a tray. Without the service, the tray icon.
class FreedesktopNotifier : public DesktopNotifier
{
    Q_OBJECT

public:
    using DesktopNotifier::DesktopNotifier;

    void notify(const QString& title, const QString& message) override;
};
