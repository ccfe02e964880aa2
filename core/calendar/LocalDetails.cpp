#include "core/calendar/LocalDetails.h"

#include "core/calendar/AppointmentMerge.h"

LocalDetails::LocalDetails(const QList<Appointment>& local)
{
    m_byUid.reserve(local.size());
    for (const Appointment& appointment : local)
        m_byUid.insert(appointment.uid, &appointment);
}

const Appointment* LocalDetails::counterpart(const Appointment& incoming) const
{
    // A series' master and its moved or cancelled dates share the UID: a handful to compare.
    const auto [first, last] = m_byUid.equal_range(incoming.uid);
    for (auto it = first; it != last; ++it) {
        if ((*it)->recurrenceId == incoming.recurrenceId)
            return *it;
    }
    return nullptr;
}

void LocalDetails::keep(Appointment& incoming, const Appointment& mine, bool writtenByVieraugen)
{
    using Part = AppointmentMerge::Part;
    for (Part part : { Part::Reminders, Part::SessionRecord })
        AppointmentMerge::copyPart(part, mine, incoming);
    incoming.created = mine.created;
    if (writtenByVieraugen)
        return;
    for (Part part : { Part::Session, Part::Counselor, Part::Notes })
        AppointmentMerge::copyPart(part, mine, incoming);
    if (!incoming.isCancelled())
        incoming.status = mine.status;
    if (incoming.participants.isEmpty())
        incoming.participants = mine.participants;
}
