#include "ui/common/ChangeAppointmentCommand.h"

#include "core/calendar/AppointmentStore.h"

ChangeAppointmentCommand::ChangeAppointmentCommand(AppointmentStore& store, const QString& text,
                                                   const QList<Appointment>& before,
                                                   const QList<Appointment>& after, ErrorHandler onError)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError))
{
    for (const QList<Appointment>* side : { &before, &after }) {
        for (const Appointment& appointment : *side) {
            if (!m_uids.contains(appointment.uid))
                m_uids.append(appointment.uid);
        }
    }
}

void ChangeAppointmentCommand::setMergeKey(const QString& key, const QString& mergedText)
{
    m_mergeKey = key;
    m_mergedText = mergedText;
}

int ChangeAppointmentCommand::id() const
{
    // One id for all that may merge; mergeWith() compares their keys.
    constexpr int mergeable = 1;
    return m_mergeKey.isEmpty() ? -1 : mergeable;
}

bool ChangeAppointmentCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeAppointmentCommand*>(other); // the same id()
    if (next->m_mergeKey != m_mergeKey || next->m_uids != m_uids)
        return false;
    m_after = next->m_after;
    setText(m_mergedText);
    return true;
}

void ChangeAppointmentCommand::apply(const QList<Appointment>& appointments)
{
    QString error;
    if (!m_store.replaceAll(m_uids, appointments, &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }
}

void ChangeAppointmentCommand::redo()
{
    apply(m_after);
}

void ChangeAppointmentCommand::undo()
{
    apply(m_before);
}
