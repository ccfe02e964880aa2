#include "ui/calendar/OccurrenceAccessible.h"

#include "core/calendar/Appointment.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/CalendarViewAccessible.h"
#include "ui/calendar/OccurrenceModel.h"

#include <QKeySequence>

OccurrenceAccessible::OccurrenceAccessible(CalendarViewAccessible* table, QAccessibleInterface* parent,
                                           int row)
    : m_table(table)
    , m_parent(parent)
    , m_row(row)
{ }

QString OccurrenceAccessible::startAction()
{
    return QStringLiteral("start");
}

QString OccurrenceAccessible::inviteAction()
{
    return QStringLiteral("invite");
}

bool OccurrenceAccessible::isValid() const
{
    return m_table->isValid() && m_row < m_table->view()->model().rowCount();
}

QWindow* OccurrenceAccessible::window() const
{
    return m_table->window();
}

QString OccurrenceAccessible::text(QAccessible::Text t) const
{
    const QModelIndex index = m_table->view()->model().index(m_row);
    switch (t) {
    case QAccessible::Name:
        return index.data(Qt::AccessibleTextRole).toString();
    case QAccessible::Description:
        return index.data(Qt::AccessibleDescriptionRole).toString();
    default:
        return QString();
    }
}

QRect OccurrenceAccessible::rect() const
{
    const CalendarView* view = m_table->view();
    const QRect area = view->occurrenceArea(m_row);
    return QRect(view->mapToGlobal(area.topLeft()), area.size());
}

QAccessible::State OccurrenceAccessible::state() const
{
    QAccessible::State state = m_table->partState(m_table->view()->occurrenceArea(m_row));
    state.selected = m_table->view()->selectedRow() == m_row;
    state.focused = state.selected && m_table->view()->hasFocus();
    return state;
}

void* OccurrenceAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
}

bool OccurrenceAccessible::isSession() const
{
    const auto kind = static_cast<SessionKind>(
        m_table->view()->model().index(m_row).data(OccurrenceModel::KindRole).toInt());
    return kind == SessionKind::Jitsi || kind == SessionKind::ExternalLink;
}

QStringList OccurrenceAccessible::actionNames() const
{
    if (!isSession())
        return { pressAction() };
    return { pressAction(), startAction(), inviteAction() };
}

QString OccurrenceAccessible::localizedActionName(const QString& name) const
{
    if (name == pressAction())
        return tr("Open");
    if (name == startAction())
        return tr("Start session");
    if (name == inviteAction())
        return tr("Invite participants");
    return QAccessibleActionInterface::localizedActionName(name);
}

QString OccurrenceAccessible::localizedActionDescription(const QString& name) const
{
    if (name == pressAction())
        return tr("Opens the appointment to read or change it");
    if (name == startAction())
        return tr("Starts the video session of this appointment");
    if (name == inviteAction())
        return tr("Sends the link and the password to the participants");
    return QAccessibleActionInterface::localizedActionDescription(name);
}

void OccurrenceAccessible::doAction(const QString& name)
{
    CalendarView* view = m_table->view();
    const int row = m_row;
    view->selectRow(row);
    if (name == setFocusAction()) {
        view->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Later, from the event loop: the dialogs these open would block the screen reader's call.
    if (name == pressAction())
        QMetaObject::invokeMethod(
            view, [view, row] { Q_EMIT view->openRequested(row); }, Qt::QueuedConnection);
    else if (name == startAction() && isSession())
        QMetaObject::invokeMethod(
            view, [view, row] { Q_EMIT view->startRequested(row); }, Qt::QueuedConnection);
    else if (name == inviteAction() && isSession())
        QMetaObject::invokeMethod(
            view, [view, row] { Q_EMIT view->inviteRequested(row); }, Qt::QueuedConnection);
}

QStringList OccurrenceAccessible::keyBindingsForAction(const QString& name) const
{
    if (name == pressAction())
        return { QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText) };
    if (name == startAction())
        return { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return).toString(QKeySequence::NativeText) };
    if (name == inviteAction())
        return { QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText) };
    return {};
}
