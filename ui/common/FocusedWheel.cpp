#include "ui/common/FocusedWheel.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace {

bool takesTheWheelForItsValue(const QObject* object)
{
    return qobject_cast<const QComboBox*>(object) || qobject_cast<const QAbstractSpinBox*>(object);
}

QAbstractScrollArea* enclosingScrollArea(QWidget* widget)
{
    for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(parent))
            return area;
        if (parent->isWindow())
            break;
    }
    return nullptr;
}

} // namespace

FocusedWheel::FocusedWheel(QObject* parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool FocusedWheel::eventFilter(QObject* watched, QEvent* event)
{
    if (!takesTheWheelForItsValue(watched))
        return QObject::eventFilter(watched, event);
    auto* widget = static_cast<QWidget*>(watched);
    // Qt gives the wheel focus before any filter sees the wheel: the focus policy has to say no.
    if (event->type() == QEvent::Polish && widget->focusPolicy() == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
    if (event->type() != QEvent::Wheel || widget->hasFocus())
        return QObject::eventFilter(watched, event);
    if (QAbstractScrollArea* area = enclosingScrollArea(widget)) {
        const auto* wheel = static_cast<QWheelEvent*>(event);
        QWheelEvent scroll(area->viewport()->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                           wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                           wheel->phase(), wheel->inverted(), wheel->source(), wheel->pointingDevice());
        QCoreApplication::sendEvent(area->viewport(), &scroll);
    }
    return true;
}
