#pragma once

#include "core/calendar/Appointment.h"
#include "core/sync/TeamCalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

// One appointment as a CalDAV calendar object: a series travels with its exceptions under one UID.
// Written with IcsCodec in the calendar's details mode; read back so that what this computer keeps
// to itself stays.
class CalendarObject
{
    Q_DECLARE_TR_FUNCTIONS(CalendarObject)

public:
    // The object the server gets. The room password is never in it (it is derived, not stored);
    // the room's name is, so every member opens the same room.
    static QByteArray write(const QList<Appointment>& appointments, TeamCalendar::Details details);

    // The server's version of one object, put together with this computer's copy (local, empty if
    // new): what the calendar's details mode keeps here (notes; in busy mode the title and the
    // client) and what only this computer knows (reminders, what happened in the session) stay.
    // When another program rewrote the object without Vieraugen's properties, the kind, room and
    // counselor stay too, and the new time and title are taken. Events other programs created
    // are in-person appointments. Nothing (with a reason) when the object cannot be read.
    static std::optional<QList<Appointment>> read(const QByteArray& ics, const QList<Appointment>& local,
                                                  const TeamCalendar& calendar, QString* errorMessage);

    // This computer's whole copy of a UID (everything it knows, whatever the details mode), kept
    // beside the server's object: the version both last agreed on, or a change set aside.
    static QByteArray writeWhole(const QList<Appointment>& appointments);
    // Empty for an empty copy.
    static QList<Appointment> readWhole(const QByteArray& ics, const QString& calendarId);
};
