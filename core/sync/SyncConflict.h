#pragma once

#include "core/calendar/Appointment.h"
#include "core/calendar/AppointmentMerge.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A UID both this computer and the server changed, and in the same part (both the title, say). The
// server's version is in the calendar; this computer's (nothing, if it was removed here) waits here
// until the user chooses.
struct SyncConflict
{
    qint64 id = 0;
    QString uid;
    QString calendarId;
    QDateTime detected;
    QList<Appointment> localVersion; // empty: removed on this computer
    // The version both sides changed: what this computer and the server last agreed on. Empty when
    // unknown (kept before this was noted).
    QList<Appointment> baseVersion;

    // What the user recognises it by: the local title, or the server's when removed here.
    QString title() const;
    // What keeping mine gives with the server's version theirs in the calendar: the parts changed
    // here put onto theirs (all of mine without a base, or when theirs is gone).
    AppointmentMerge::Result mineOnto(const QList<Appointment>& theirs) const;
};
