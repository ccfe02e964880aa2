#pragma once

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class QSystemTrayIcon;

// Desktop notifications for what must not be missed (someone knocking, a recording started), also
// where the desktop shows no tray: on Linux and other D-Bus desktops through the notification
// service, elsewhere through the tray icon. The caller decides what a notice may say; nothing here
// logs its text.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The notifier for the platform Vieraugen runs on.
    static DesktopNotifier* createForPlatform(QObject* parent);

    void setTray(QSystemTrayIcon* tray) { m_tray = tray; }
    virtual void notify(const QString& title, const QString& message);

protected:
    // Through the tray icon, where there is one.
    void notifyInTray(const QString& title, const QString& message);

private:
    QPointer<QSystemTrayIcon> m_tray;
};
