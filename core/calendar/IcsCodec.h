#pragma once

#include "core/calendar/Appointment.h"
#include "core/calendar/IcsImportReport.h"
#include "core/settings/CounselorIdentity.h"

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
        Full, // everything: for the counselor's own exports and backups, and team calendars that get it all
        Invitation, // what a client may see: no notes, no other participants' contacts
        Team, // a team calendar: everything but the counselor's notes
        Busy, // a team calendar that sees when, who counsels and how: nothing about the client
        Times, // a file for anyone: when the counselor is busy, nothing else (no room, link or kind)
    };

    // What can be read, in file order; what was left out and why goes to report (see IcsReader).
    // Floating times are read in localZone; the counselor is no participant of her own appointments.
    static QList<Appointment> read(const QByteArray& ics, const QTimeZone& localZone, IcsImportReport* report,
                                   const CounselorIdentity& counselor = {});

    // The same from a file; one larger than IcsReader::maxFileBytes is refused before it is read.
    static QList<Appointment> readFile(const QString& path, const QTimeZone& localZone,
                                       IcsImportReport* report, const CounselorIdentity& counselor = {});

    // A message to a participant (RFC 5546): what it asks of the calendar it reaches, which revision
    // of the appointment it carries, and from whom to whom. Method PUBLISH needs no organizer.
    struct Scheduling
    {
        QString method;
        int sequence = 0;
        QString organizerName;
        QString organizerEmail;
        QString attendeeName;
        QString attendeeEmail;
    };

    // method is empty for files, "PUBLISH" for invitations.
    static QByteArray write(const QList<Appointment>& appointments, Detail detail = Detail::Full,
                            const QString& method = {});
    static QByteArray write(const QList<Appointment>& appointments, Detail detail,
                            const Scheduling& scheduling);

    // The same as a file, written completely or not at all. With clients' data it is readable by
    // its owner only, as the calendar is: on a shared computer another account could read names,
    // contacts and notes. False with *error when it cannot be written.
    static bool writeFile(const QString& path, const QList<Appointment>& appointments, Detail detail,
                          QString* error);
};
