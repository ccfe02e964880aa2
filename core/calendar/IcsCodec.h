#pragma once

#include "core/calendar/Appointment.h"

#include <QCoreApplication>
#include <QTimeZone>

// Reads and writes iCalendar (RFC 5545) with libical: files from Thunderbird, Outlook, Google and
// Apple Calendar in, standard files out.
class IcsCodec
{
    Q_DECLARE_TR_FUNCTIONS(IcsCodec)

public:
    enum class Detail
    {
        Full, // everything: for the counselor's own exports and backups
        Invitation, // what a client may see: no notes, no other participants' contacts
    };

    // All or nothing: on any problem returns false with a message that names the line or the
    // property, and appends nothing. Floating times are read in localZone.
    static bool read(const QByteArray& ics, const QTimeZone& localZone, QList<Appointment>* appointments,
                     QString* errorMessage);

    // method is empty for files, "REQUEST" for invitations.
    static QByteArray write(const QList<Appointment>& appointments, Detail detail = Detail::Full,
                            const QString& method = {});
};
