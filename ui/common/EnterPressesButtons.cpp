#include "ui/common/EnterPressesButtons.h"

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

EnterPressesButtons::EnterPressesButtons(QObject* parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool EnterPressesButtons::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress
        || !(qobject_cast<QPushButton*>(watched) || qobject_cast<QToolButton*>(watched)))
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    auto* button = static_cast<QAbstractButton*>(watched);
    // Ctrl+Enter and the like keep their own meaning; in a dialog Enter is the dialog's.
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier
        || qobject_cast<QDialog*>(button->window()) || !button->isEnabled() || !button->hasFocus())
        return QObject::eventFilter(watched, event);
    button->animateClick();
    return true;
}
