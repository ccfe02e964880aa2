#pragma once

#include "core/calendar/Appointment.h"

#include <QList>

// What only this computer knows of an appointment, kept when another copy of it arrives: the team
// calendar server's version, or the same file imported again. Without it, importing a file a second
// time threw away the client and the notes added here since.
class LocalDetails
{
public:
    // The copy in local with the same UID and date, or nullptr.
    static const Appointment* counterpart(const QList<Appointment>& local, const Appointment& incoming);

    // Puts back into incoming what this computer keeps of mine: reminders, what happened in the
    // session, when it was created. When the copy was not written by Vieraugen (another program
    // knows nothing of them), also the kind, room, counselor, status (unless the copy cancels
    // it), notes, and the participants when the copy names none; its time and title are taken.
    static void keep(Appointment& incoming, const Appointment& mine, bool writtenByVieraugen);
};
