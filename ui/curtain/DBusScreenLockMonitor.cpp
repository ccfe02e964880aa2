#include "ui/curtain/DBusScreenLockMonitor.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <unistd.h>

namespace {
const QString login1Service = QStringLiteral("org.freedesktop.login1");
} // namespace

DBusScreenLockMonitor::DBusScreenLockMonitor(QObject* parent)
    : ScreenLockMonitor(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    for (const QString& screenSaver :
         { QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver") })
        session.connect({}, {}, screenSaver, QStringLiteral("ActiveChanged"), this,
                        SLOT(screenSaverActiveChanged(bool)));

    // logind announces Lock and Unlock on the object of the login session that is (un)locked;
    // only ours counts.
    QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        login1Service, QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
    call << quint32(::getpid());
    auto* watcher = new QDBusPendingCallWatcher(system.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isValid())
            followLoginSession(reply.value());
    });
}

void DBusScreenLockMonitor::followLoginSession(const QDBusObjectPath& session)
{
    const QString interface = QStringLiteral("org.freedesktop.login1.Session");
    QDBusConnection system = QDBusConnection::systemBus();
    system.connect(login1Service, session.path(), interface, QStringLiteral("Lock"), this,
                   SLOT(sessionLocked()));
    system.connect(login1Service, session.path(), interface, QStringLiteral("Unlock"), this,
                   SLOT(sessionUnlocked()));
}

void DBusScreenLockMonitor::screenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT locked();
    else
        Q_EMIT unlocked();
}

void DBusScreenLockMonitor::sessionLocked()
{
    Q_EMIT locked();
}

void DBusScreenLockMonitor::sessionUnlocked()
{
    Q_EMIT unlocked();
}
