#pragma once

#include "core/calendar/Appointment.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A UID both this computer and the server changed. The server's version is in the calendar; this
// computer's (nothing, if it was removed here) waits here until the user chooses.
struct SyncConflict
{
    qint64 id = 0;
    QString uid;
    QString calendarId;
    QDateTime detected;
    QList<Appointment> localVersion; // empty: removed on this computer

    // What the user recognises it by: the local title, or the server's when removed here.
    QString title() const;
};
