#include "ui/common/Announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace {
QAccessibleInterface* notificationInterface(const QString& className, QObject* object)
{
    if (className != QLatin1String("Announcer") || !object || !object->isWidgetType())
        return nullptr;
    // Its name is what it says (QWidget::accessibleName).
    return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::Notification);
}
} // namespace

Announcer::Announcer(QWidget* parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(notificationInterface);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("announcer"));
    setFixedSize(0, 0);
    hide();
}

void Announcer::announce(const QString& text)
{
    setAccessibleName(text);
    // Orca speaks a notification when it starts showing: Qt's AT-SPI bridge passes on no Alert
    // event. Shown anew each time, so that the same words said twice are heard twice.
    hide();
    show();
    // The bridges of Windows (EVENT_SYSTEM_ALERT) and macOS take the alert itself.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void Announcer::clear()
{
    hide();
    setAccessibleName({});
}
