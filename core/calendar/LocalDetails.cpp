#include "core/calendar/LocalDetails.h"

const Appointment* LocalDetails::counterpart(const QList<Appointment>& local, const Appointment& incoming)
{
    for (const Appointment& candidate : local) {
        if (candidate.uid == incoming.uid && candidate.recurrenceId == incoming.recurrenceId)
            return &candidate;
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
