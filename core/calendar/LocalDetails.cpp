#include "core/calendar/LocalDetails.h"

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
    incoming.reminderMinutes = mine.reminderMinutes;
    incoming.sessionStarted = mine.sessionStarted;
    incoming.sessionEnded = mine.sessionEnded;
    incoming.sessionFacts = mine.sessionFacts;
    incoming.personalDataPurged = mine.personalDataPurged;
    incoming.created = mine.created;
    if (writtenByVieraugen)
        return;
    incoming.kind = mine.kind;
    incoming.serverProfileId = mine.serverProfileId;
    incoming.roomName = mine.roomName;
    incoming.externalUrl = mine.externalUrl;
    incoming.counselor = mine.counselor;
    if (!incoming.isCancelled())
        incoming.status = mine.status;
    if (incoming.participants.isEmpty())
        incoming.participants = mine.participants;
    incoming.notes = mine.notes;
}
