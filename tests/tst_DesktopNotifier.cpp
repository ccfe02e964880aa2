#include "ui/shell/DesktopNotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QTest>
#include <QVariantMap>

// Stands in for the desktop's notification service (Desktop Notifications Specification), which
// GNOME, KDE and Xfce run whether or not they show a tray.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString& /*application*/, uint /*replaces*/, const QString& /*icon*/,
                const QString& summary, const QString& body, const QStringList& /*actions*/,
                const QVariantMap& hints, int /*timeout*/)
    {
        shown.append({ summary, body, hints });
        return uint(shown.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notifiesThroughTheDesktopsServiceWithoutATray();
};

void TestDesktopNotifier::notifiesThroughTheDesktopsServiceWithoutATray()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "the test needs a session bus (run it through run_with_keyring.sh)");
    FakeNotificationService service;
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

    // No tray at all (offscreen has none): the notice still reaches the desktop.
    std::unique_ptr<DesktopNotifier> notifier(DesktopNotifier::createForPlatform(nullptr));
    notifier->notify(QStringLiteral("Someone is waiting"),
                     QStringLiteral("Someone is waiting in the lobby of your session."));
    QTRY_COMPARE(service.shown.size(), 1);
    QCOMPARE(service.shown.first().summary, QStringLiteral("Someone is waiting"));
    QCOMPARE(service.shown.first().body, QStringLiteral("Someone is waiting in the lobby of your session."));
    // Critical: it stays until the counselor dismisses it.
    QCOMPARE(service.shown.first().hints.value(QStringLiteral("urgency")).toInt(), 2);
    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_DesktopNotifier.moc"
