#include "ui/shell/FreedesktopNotifier.h"

#include "core/base/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

void FreedesktopNotifier::notify(const QString& title, const QString& message)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // Critical urgency: the notice stays until the counselor dismisses it.
    const QVariantMap hints { { QStringLiteral("desktop-entry"), QStringLiteral(VIERAUGEN_APP_ID) },
                              { QStringLiteral("urgency"), QVariant::fromValue(uchar(2)) } };
    call << QStringLiteral("Vieraugen") << uint(0) << QStringLiteral(VIERAUGEN_APP_ID) << title << message
         << QStringList() << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, message] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (!reply.isError())
            return;
        qCInfo(lcUi) << "no notification service:" << reply.error().name();
        notifyInTray(title, message);
    });
}
