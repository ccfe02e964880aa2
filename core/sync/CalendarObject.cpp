#include "core/sync/CalendarObject.h"

#include "core/calendar/IcsCodec.h"
#include "core/calendar/LocalDetails.h"

#include <QTimeZone>

namespace {

IcsCodec::Detail codecDetail(TeamCalendar::Details details)
{
    switch (details) {
    case TeamCalendar::Details::Everything:
        return IcsCodec::Detail::Full;
    case TeamCalendar::Details::BusyOnly:
        return IcsCodec::Detail::Busy;
    case TeamCalendar::Details::NotesKeptLocal:
        break;
    }
    return IcsCodec::Detail::Team;
}

} // namespace

QByteArray CalendarObject::writeWhole(const QList<Appointment>& appointments)
{
    return appointments.isEmpty() ? QByteArray() : IcsCodec::write(appointments);
}

QList<Appointment> CalendarObject::readWhole(const QByteArray& ics, const QString& calendarId)
{
    if (ics.isEmpty())
        return {};
    IcsImportReport report;
    QList<Appointment> appointments = IcsCodec::read(ics, QTimeZone::systemTimeZone(), &report);
    for (Appointment& appointment : appointments)
        appointment.calendarId = calendarId;
    return appointments;
}

QByteArray CalendarObject::write(const QList<Appointment>& appointments, TeamCalendar::Details details)
{
    return IcsCodec::write(appointments, codecDetail(details));
}

std::optional<QList<Appointment>> CalendarObject::read(const QByteArray& ics, const QList<Appointment>& local,
                                                       const TeamCalendar& calendar, QString* errorMessage)
{
    IcsImportReport report;
    QList<Appointment> incoming = IcsCodec::read(ics, QTimeZone::systemTimeZone(), &report);
    if (!report.fatal.isEmpty() || incoming.isEmpty()) {
        if (errorMessage)
            *errorMessage = report.fatal.isEmpty() ? tr("The server sent a calendar entry without any event.")
                                                   : report.fatal;
        return std::nullopt;
    }
    // Vieraugen writes its kind on every event; an object without it was rewritten elsewhere.
    const bool hasOurProperties = ics.contains("X-VIERAUGEN-KIND");
    const LocalDetails localCopies(local);
    for (Appointment& appointment : incoming) {
        appointment.calendarId = calendar.id;
        const Appointment* mine = localCopies.counterpart(appointment);
        if (!mine)
            continue;
        LocalDetails::keep(appointment, *mine, hasOurProperties);
        if (calendar.details != TeamCalendar::Details::Everything)
            appointment.notes = mine->notes;
        if (calendar.details == TeamCalendar::Details::BusyOnly) {
            appointment.title = mine->title;
            appointment.participants = mine->participants;
        }
    }
    return incoming;
}
