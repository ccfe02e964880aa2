#include "ui/common/CalendarChanges.h"

#include "core/calendar/AppointmentStore.h"
#include "ui/common/ChangeAppointmentCommand.h"
#include "ui/common/MessageBox.h"

#include <QKeySequence>
#include <QUndoStack>
#include <QWidget>

CalendarChanges::CalendarChanges(AppointmentStore& store, QUndoStack& undoStack, QWidget* window)
    : m_store(store)
    , m_undoStack(undoStack)
    , m_window(window)
{ }

bool CalendarChanges::change(const QString& text, const QList<Appointment>& before,
                             const QList<Appointment>& after)
{
    // A refused change leaves the stack where it was (the command is dropped). Not the count: after
    // an undo, a new step replaces the undone one and the count stays the same.
    const int stepsBefore = m_undoStack.index();
    m_undoStack.push(
        new ChangeAppointmentCommand(m_store, text, before, after, [window = m_window](const QString& error) {
            MessageBox::warning(window, tr("Not saved"), error);
        }));
    return m_undoStack.index() > stepsBefore;
}

bool CalendarChanges::changeDate(const Occurrence& occurrence, const QString& text,
                                 const std::function<void(Appointment&)>& change)
{
    QString error;
    const std::optional<Appointment> stored = m_store.storedDate(occurrence, &error);
    if (!stored) {
        MessageBox::warning(m_window, tr("Not saved"), error);
        return false;
    }
    Appointment changed = *stored;
    change(changed);
    if (changed == *stored)
        return true;
    const QList<Appointment> before = m_store.series(changed.uid);
    return this->change(text, before, withDate(before, changed));
}

bool CalendarChanges::setStatus(const Occurrence& occurrence, AppointmentStatus status)
{
    return changeDate(
        occurrence,
        tr("Mark \"%1\" as %2").arg(occurrence.appointment->title, Appointment::statusText(status)),
        [status](Appointment& date) { date.status = status; });
}

QList<Appointment> CalendarChanges::withDate(const QList<Appointment>& series, const Appointment& changed)
{
    QList<Appointment> result;
    for (const Appointment& stored : series) {
        if (stored.recurrenceId != changed.recurrenceId)
            result.append(stored);
    }
    result.append(changed);
    return result;
}

QString CalendarChanges::undoKey()
{
    return QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
}
