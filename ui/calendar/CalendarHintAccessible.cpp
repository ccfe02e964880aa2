#include "ui/calendar/CalendarHintAccessible.h"

#include "ui/calendar/CalendarView.h"

#include <QAbstractButton>

CalendarHintAccessible::CalendarHintAccessible(QAbstractButton* hint, CalendarView* view)
    : QAccessibleWidget(hint, QAccessible::Button)
    , m_view(view)
{ }

QAccessibleInterface* CalendarHintAccessible::create(const QString& className, QObject* object)
{
    // Asked once per class of the object, most derived first.
    if (className != QLatin1String("QPushButton"))
        return nullptr;
    auto* hint = qobject_cast<QAbstractButton*>(object);
    for (QObject* ancestor = object->parent(); hint && ancestor; ancestor = ancestor->parent()) {
        if (auto* view = qobject_cast<CalendarView*>(ancestor))
            return view->hints().contains(hint) ? new CalendarHintAccessible(hint, view) : nullptr;
    }
    return nullptr;
}

QAbstractButton* CalendarHintAccessible::hint() const
{
    return static_cast<QAbstractButton*>(widget());
}

QAccessibleInterface* CalendarHintAccessible::parent() const
{
    return QAccessible::queryAccessibleInterface(m_view);
}

QString CalendarHintAccessible::text(QAccessible::Text t) const
{
    const QString name = t == QAccessible::Name ? m_view->hintName(hint()) : QString();
    return name.isEmpty() ? QAccessibleWidget::text(t) : name;
}

QStringList CalendarHintAccessible::actionNames() const
{
    return QStringList { QAccessibleActionInterface::pressAction() } + QAccessibleWidget::actionNames();
}

void CalendarHintAccessible::doAction(const QString& actionName)
{
    if (actionName == QAccessibleActionInterface::pressAction())
        hint()->click();
    else
        QAccessibleWidget::doAction(actionName);
}
