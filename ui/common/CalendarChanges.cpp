#include "ui/common/CalendarChanges.h"

#include "core/calendar/AppointmentStore.h"
#include "ui/common/ChangeAppointmentCommand.h"
#include "ui/common/MessageBox.h"

#include <QKeySequence>
#include <QUndoStack>
#include <QWidget>

#include <memory>

CalendarChanges::CalendarChanges(AppointmentStore& store, QUndoStack& undoStack, QWidget* window)
    : m_store(store)
    , m_undoStack(undoStack)
    , m_window(window)
{ }

bool CalendarChanges::change(const QString& text, const QList<Appointment>& before,
                             const QList<Appointment>& after)
{
    return change(text, before, after, {}, {});
}

bool CalendarChanges::change(const QString& text, const QList<Appointment>& before,
                             const QList<Appointment>& after, const QString& mergeKey,
                             const QString& mergedText)
{
    // Refused or not, the stack's index says nothing: a step merged into the last one adds none.
    auto refused = std::make_shared<bool>(false);
    auto* command = new ChangeAppointmentCommand(m_store, text, before, after,
                                                 [window = m_window, refused](const QString& error) {
                                                     *refused = true;
                                                     MessageBox::warning(window, tr("Not saved"), error);
                                                 });
    command->setMergeKey(mergeKey, mergedText);
    m_undoStack.push(command);
    return !*refused;
}

bool CalendarChanges::changeDate(const Occurrence& occurrence, const QString& text,
                                 const std::function<void(Appointment&)>& change)
{
    return changeDate(occurrence, text, change, {}, {});
}

bool CalendarChanges::recordSession(const Occurrence& occurrence, const QString& text,
                                    const std::function<void(Appointment&)>& change)
{
    return changeDate(occurrence, text, change, QStringLiteral("session ") + occurrence.key(),
                      tr("Record the session of \"%1\"").arg(occurrence.appointment->title));
}

bool CalendarChanges::changeDate(const Occurrence& occurrence, const QString& text,
                                 const std::function<void(Appointment&)>& change, const QString& mergeKey,
                                 const QString& mergedText)
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
    return this->change(text, before, withDate(before, changed), mergeKey, mergedText);
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
