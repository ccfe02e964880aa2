#include "ui/common/WindowModalDialogs.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QWindow>

WindowModalDialogs::WindowModalDialogs(QObject* parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool WindowModalDialogs::eventFilter(QObject* watched, QEvent* event)
{
    // The show event comes before the window is mapped, so the window manager and Qt's blocking
    // see the narrower modality from the start. QDialog::exec() makes a dialog application-modal
    // unless a modality was set, and keeps the one set here from then on. The widget is modal
    // already, so its window does not hear of the change by itself.
    if (event->type() == QEvent::Show) {
        if (auto* dialog = qobject_cast<QDialog*>(watched); dialog && dialog->isWindow()
            && dialog->parentWidget() && dialog->windowModality() == Qt::ApplicationModal) {
            dialog->setWindowModality(Qt::WindowModal);
            if (QWindow* window = dialog->windowHandle())
                window->setModality(Qt::WindowModal);
        }
    }
    return QObject::eventFilter(watched, event);
}
