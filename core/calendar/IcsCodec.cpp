#include "core/calendar/IcsCodec.h"

#include "core/calendar/IcsReader.h"

#include <QFile>
#include <QSaveFile>
#include <QUuid>

#include <libical/ical.h>
#include <memory>

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

QByteArray icalLocal(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

QByteArray icalUtc(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

// A compact VTIMEZONE built from the zone's transitions over the years in use, so that every
// client sees the same offsets as Vieraugen without knowing the IANA name.
icalcomponent* vtimezone(const QTimeZone& zone, int firstYear, int lastYear)
{
    icalcomponent* component = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(component, icalproperty_new_tzid(zone.id().constData()));
    const QDateTime from(QDate(firstYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(lastYear + 1, 1, 1), QTime(0, 0), Qt::UTC);
    const auto offset = [](int seconds) {
        const int minutes = std::abs(seconds) / 60;
        return QStringLiteral("%1%2%3")
            .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'))
            .toLatin1();
    };
    const auto addObservance
        = [&](const QDateTime& at, int offsetFrom, int offsetTo, bool daylight, const QString& name) {
              icalcomponent* observance
                  = icalcomponent_new(daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
              const QDateTime localStart = at.addSecs(offsetFrom);
              const QByteArray dtstart
                  = "DTSTART:" + localStart.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
              icalcomponent_add_property(observance, icalproperty_new_from_string(dtstart.constData()));
              icalcomponent_add_property(
                  observance,
                  icalproperty_new_from_string(QByteArray("TZOFFSETFROM:" + offset(offsetFrom)).constData()));
              icalcomponent_add_property(
                  observance,
                  icalproperty_new_from_string(QByteArray("TZOFFSETTO:" + offset(offsetTo)).constData()));
              if (!name.isEmpty())
                  icalcomponent_add_property(observance, icalproperty_new_tzname(name.toUtf8().constData()));
              icalcomponent_add_component(component, observance);
          };
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    // Asked one by one: Qt 6.4's offsetData() is empty for fixed-offset zones ("UTC+02:00").
    const int initialOffset = zone.offsetFromUtc(from);
    addObservance(from, initialOffset, initialOffset, zone.isDaylightTime(from), zone.abbreviation(from));
    int previousOffset = initialOffset;
    for (const QTimeZone::OffsetData& transition : transitions) {
        addObservance(transition.atUtc, previousOffset, transition.offsetFromUtc,
                      transition.daylightTimeOffset != 0, transition.abbreviation);
        previousOffset = transition.offsetFromUtc;
    }
    return component;
}

// An ORGANIZER or ATTENDEE: the person's address, and their name where known.
icalproperty* calendarUser(icalproperty* (*make)(const char*), const QString& email, const QString& name)
{
    icalproperty* user = make(QByteArray("mailto:" + email.toUtf8()).constData());
    if (!name.isEmpty())
        icalproperty_add_parameter(user, icalparameter_new_cn(name.toUtf8().constData()));
    return user;
}

// The address of a participant known by name (and perhaps phone) alone. RFC 5545 makes an ATTENDEE a
// URI and RFC 6068 wants an address in a "mailto:": an empty one made other programs show an empty
// attendee or offer to mail no one. A urn:uuid (RFC 4122), as CalDAV servers name principals without
// e-mail, which no program mails to; derived from the appointment and the name, so that it is the same
// each time the appointment is written. Read back, it gives the name alone, as before.
QByteArray addressOf(const Participant& participant, const QString& appointmentUid)
{
    if (!participant.email.isEmpty())
        return "mailto:" + participant.email.toUtf8();
    if (!participant.phone.isEmpty())
        return "tel:" + participant.phone.toUtf8();
    static const QUuid nameAloneNamespace(QStringLiteral("{5b0e58b4-2f4e-4f43-9d0a-6a0c2c9e3a41}"));
    return "urn:uuid:"
        + QUuid::createUuidV5(nameAloneNamespace,
                              appointmentUid + QLatin1Char('\n') + participant.displayName)
              .toByteArray(QUuid::WithoutBraces);
}

} // namespace

QList<Appointment> IcsCodec::read(const QByteArray& ics, const QTimeZone& localZone, IcsImportReport* report,
                                  const CounselorIdentity& counselor)
{
    return IcsReader(localZone, *report, counselor).read(ics);
}

QList<Appointment> IcsCodec::readFile(const QString& path, const QTimeZone& localZone,
                                      IcsImportReport* report, const CounselorIdentity& counselor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report->fatal = tr("The file cannot be read: %1").arg(file.errorString());
        return {};
    }
    // Checked before reading, so that a huge file is never held in memory.
    if (file.size() > IcsReader::maxFileBytes) {
        report->fatal = IcsReader::fileTooLarge();
        return {};
    }
    return read(file.readAll(), localZone, report, counselor);
}

bool IcsCodec::writeFile(const QString& path, const QList<Appointment>& appointments, Detail detail,
                         QString* error)
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && (detail != Detail::Full || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        && file.write(write(appointments, detail)) >= 0 && file.commit();
    if (!written)
        *error = file.errorString();
    return written;
}

QByteArray IcsCodec::write(const QList<Appointment>& appointments, Detail detail, const QString& method)
{
    Scheduling scheduling;
    scheduling.method = method;
    return write(appointments, detail, scheduling);
}

QByteArray IcsCodec::write(const QList<Appointment>& appointments, Detail detail,
                           const Scheduling& scheduling)
{
    const QString& method = scheduling.method;
    ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Vieraugen//Vieraugen " VIERAUGEN_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    if (!method.isEmpty())
        icalcomponent_add_property(
            calendar.get(),
            icalproperty_new_from_string(QByteArray("METHOD:" + method.toUtf8()).constData()));

    QHash<QString, std::pair<int, int>> zoneYears;
    for (const Appointment& appointment : appointments) {
        if (appointment.allDay || appointment.timeZone == QLatin1String("UTC"))
            continue;
        auto& years = zoneYears[appointment.timeZone];
        const int first = appointment.start.date().year() - 1;
        const int last = appointment.isRecurring() ? qMax(appointment.end.date().year() + 10, 2037)
                                                   : appointment.end.date().year() + 1;
        years = zoneYears.contains(appointment.timeZone) && years.first != 0
            ? std::pair(qMin(years.first, first), qMax(years.second, last))
            : std::pair(first, last);
    }
    for (auto it = zoneYears.cbegin(); it != zoneYears.cend(); ++it)
        icalcomponent_add_component(calendar.get(),
                                    vtimezone(QTimeZone(it.key().toUtf8()), it->first, it->second));

    const QByteArray stamp = icalUtc(QDateTime::currentDateTimeUtc());
    for (Appointment appointment : appointments) {
        // Series saved before their start was moved onto the rule's first date.
        appointment.startOnFirstRuleDate();
        QList<QByteArray> properties;
        const QByteArray zoneId = appointment.timeZone.toUtf8();
        const QTimeZone zone(zoneId);
        const bool utc = appointment.timeZone == QLatin1String("UTC");
        // RFC 5545 §3.1: a parameter value with ':', ';' or ',' (Qt's fixed-offset zones are named
        // "UTC+02:00") is a quoted string; unquoted, the time would be read as part of the zone's name.
        const QByteArray tzidParameter = zoneId.contains(':') || zoneId.contains(';') || zoneId.contains(',')
            ? '"' + zoneId + '"'
            : zoneId;
        const auto timeProperty = [&](const QByteArray& name, const QDateTime& instant) -> QByteArray {
            if (utc)
                return name + ':' + icalUtc(instant);
            return name + ";TZID=" + tzidParameter + ':' + icalLocal(instant, zone);
        };
        properties << "UID:" + appointment.uid.toUtf8() << "DTSTAMP:" + stamp;
        if (appointment.allDay) {
            properties << "DTSTART;VALUE=DATE:"
                    + appointment.startDate.toString(QStringLiteral("yyyyMMdd")).toLatin1()
                       << "DTEND;VALUE=DATE:"
                    + appointment.endDate.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        } else {
            properties << timeProperty("DTSTART", appointment.start)
                       << timeProperty("DTEND", appointment.end);
        }
        if (!appointment.rrule.isEmpty())
            properties << "RRULE:" + appointment.rrule.toUtf8();
        for (const RecurrenceDate& extra : appointment.recurrenceDates) {
            if (appointment.allDay)
                properties << "RDATE;VALUE=DATE:"
                        + extra.start.toString(QStringLiteral("yyyyMMdd")).toLatin1();
            else if (extra.durationMs)
                properties << timeProperty("RDATE;VALUE=PERIOD", extra.start) + '/'
                        + (utc ? icalUtc(extra.start.addMSecs(*extra.durationMs))
                               : icalLocal(extra.start.addMSecs(*extra.durationMs), zone));
            else
                properties << timeProperty("RDATE", extra.start);
        }
        for (const QDateTime& excluded : appointment.exceptionDates) {
            properties << (appointment.allDay ? "EXDATE;VALUE=DATE:"
                                   + excluded.toString(QStringLiteral("yyyyMMdd")).toLatin1()
                                              : timeProperty("EXDATE", excluded));
        }
        if (appointment.recurrenceId) {
            properties << (appointment.allDay ? "RECURRENCE-ID;VALUE=DATE:"
                                   + appointment.recurrenceId->toString(QStringLiteral("yyyyMMdd")).toLatin1()
                                              : timeProperty("RECURRENCE-ID", *appointment.recurrenceId));
        }
        if (appointment.isCancelled())
            properties << "STATUS:CANCELLED";
        if (!method.isEmpty())
            properties << "SEQUENCE:" + QByteArray::number(scheduling.sequence);
        // Vieraugen's own properties (kind, server, room, counselor, who cancelled): not for clients, nor
        // for a file of times meant for anyone.
        const bool ownProperties = detail != Detail::Invitation && detail != Detail::Times;
        if (ownProperties) {
            // Who cancelled, and whether it was held, in Vieraugen's own words (STATUS has neither).
            if (appointment.status != AppointmentStatus::Planned)
                properties << "X-VIERAUGEN-STATUS:" + Appointment::statusName(appointment.status).toUtf8();
            properties << "CREATED:" + icalUtc(appointment.created)
                       << "LAST-MODIFIED:" + icalUtc(appointment.modified)
                       << "X-VIERAUGEN-KIND:" + Appointment::kindName(appointment.kind).toUtf8();
            if (!appointment.serverProfileId.isEmpty())
                properties << "X-VIERAUGEN-SERVER:" + appointment.serverProfileId.toUtf8();
            if (!appointment.roomName.isEmpty())
                properties << "X-VIERAUGEN-ROOM:" + appointment.roomName.toUtf8();
        }
        if (detail != Detail::Times && appointment.kind == SessionKind::ExternalLink
            && appointment.externalUrl.isValid())
            properties << "URL:" + appointment.externalUrl.toEncoded();

        icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        for (const QByteArray& property : std::as_const(properties))
            icalcomponent_add_property(event, icalproperty_new_from_string(property.constData()));
        // Text values go through libical so that commas, semicolons and newlines are escaped.
        const QByteArray summary
            = (detail == Detail::Busy || detail == Detail::Times ? tr("Busy") : appointment.title).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_summary(summary.constData()));
        if (!scheduling.organizerEmail.isEmpty())
            icalcomponent_add_property(event,
                                       calendarUser(icalproperty_new_organizer, scheduling.organizerEmail,
                                                    scheduling.organizerName));
        if (!scheduling.attendeeEmail.isEmpty()) {
            icalproperty* attendee
                = calendarUser(icalproperty_new_attendee, scheduling.attendeeEmail, scheduling.attendeeName);
            // Told, not asked: no reply is expected.
            icalproperty_add_parameter(attendee, icalparameter_new_rsvp(ICAL_RSVP_FALSE));
            icalcomponent_add_property(event, attendee);
        }
        if (ownProperties && !appointment.counselor.isEmpty()) {
            icalproperty* counselor = icalproperty_new_x(appointment.counselor.toUtf8().constData());
            icalproperty_set_x_name(counselor, "X-VIERAUGEN-COUNSELOR");
            icalcomponent_add_property(event, counselor);
        }
        if (detail == Detail::Full && !appointment.notes.isEmpty())
            icalcomponent_add_property(event,
                                       icalproperty_new_description(appointment.notes.toUtf8().constData()));
        if (detail == Detail::Full || detail == Detail::Team) {
            for (const Participant& participant : appointment.participants) {
                // Someone known by name alone is written too: skipping them lost them from exports and
                // backups.
                if (participant.email.isEmpty() && participant.phone.isEmpty()
                    && participant.displayName.isEmpty())
                    continue;
                const QByteArray address = addressOf(participant, appointment.uid);
                icalproperty* attendee = icalproperty_new_attendee(address.constData());
                if (!participant.displayName.isEmpty())
                    icalproperty_add_parameter(
                        attendee, icalparameter_new_cn(participant.displayName.toUtf8().constData()));
                icalproperty_add_parameter(
                    attendee, icalparameter_new_language(participant.language.toUtf8().constData()));
                if (!participant.phone.isEmpty() && !participant.email.isEmpty())
                    icalproperty_add_parameter(
                        attendee,
                        icalparameter_new_from_string(
                            QByteArray("X-VIERAUGEN-PHONE=" + participant.phone.toUtf8()).constData()));
                icalcomponent_add_property(event, attendee);
            }
        }
        for (int minutes : appointment.reminderMinutes) {
            icalcomponent* alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
            icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
            icaltriggertype trigger = icaltriggertype_from_int(-minutes * 60);
            icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
            icalcomponent_add_property(alarm, icalproperty_new_description(summary.constData()));
            icalcomponent_add_component(event, alarm);
        }
        icalcomponent_add_component(calendar.get(), event);
    }
    char* serialized = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(serialized);
    icalmemory_free_buffer(serialized);
    return result;
}
