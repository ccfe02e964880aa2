#pragma once

#include "core/calendar/Appointment.h"

#include <QList>
#include <QMultiHash>

// What only this computer knows of an appointment, kept when another copy of it arrives: the team
// calendar server's version, or the same file imported again. Without it, importing a file a second
// time threw away the client and the notes added here since.
//
// Indexed by UID, so that a file of thousands of events finds each one's copy in one lookup rather
// than by comparing it with every appointment of the calendar.
class LocalDetails
{
public:
    // Indexes local, which must outlive this.
    explicit LocalDetails(const QList<Appointment>& local);

    // The copy in local with the same UID and date, or nullptr.
    const Appointment* counterpart(const Appointment& incoming) const;
    bool containsUid(const QString& uid) const { return m_byUid.contains(uid); }

    // Puts back into incoming what this computer keeps of mine: reminders, what happened in the
    // session, when it was created. When the copy was not written by Vieraugen (another program
    // knows nothing of them), also the kind, room, counselor, status (unless the copy cancels
    // it), notes, and the participants when the copy names none; its time and title are taken.
    static void keep(Appointment& incoming, const Appointment& mine, bool writtenByVieraugen);

private:
    QMultiHash<QString, const Appointment*> m_byUid;
};
