#include "core/calendar/IcsCodec.h"

#include "core/calendar/WallClock.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <libical/ical.h>
#include <memory>

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct LogicalLine
{
    int number; // of its first physical line
    QString text;
};

// RFC 5545 §3.1: lines may be folded; a line starting with a space or tab continues the previous one.
QList<LogicalLine> unfold(const QString& text)
{
    QList<LogicalLine> lines;
    const QStringList physical = text.split(QLatin1Char('\n'));
    for (int index = 0; index < physical.size(); ++index) {
        QString line = physical.at(index);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) && !lines.isEmpty())
            lines.last().text += line.mid(1);
        else if (!line.isEmpty())
            lines.append({ index + 1, line });
    }
    return lines;
}

QString propertyName(const QString& line)
{
    static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9-]+)[;:]"));
    const QRegularExpressionMatch match = name.match(line);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

QString contentValue(const QString& line)
{
    // The value starts after the first colon that is not inside a quoted parameter value.
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (line.at(i) == QLatin1Char(':') && !quoted)
            return line.mid(i + 1);
    }
    return QString();
}

QDate dateOf(const icaltimetype& time)
{
    return QDate(time.year, time.month, time.day);
}

QTimeZone zoneForTzid(const QString& tzid)
{
    const QByteArray id = tzid.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    // Outlook writes Windows names ("W. Europe Standard Time").
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!iana.isEmpty())
        return QTimeZone(iana);
    // libical and older Evolution prefix the IANA name ("/freeassociation.sourceforge.net/Europe/Berlin").
    static const QRegularExpression tail(QStringLiteral("([A-Za-z_]+/[A-Za-z_+-]+(?:/[A-Za-z_+-]+)?)$"));
    const QRegularExpressionMatch match = tail.match(tzid);
    if (match.hasMatch() && QTimeZone::isTimeZoneIdAvailable(match.captured(1).toUtf8()))
        return QTimeZone(match.captured(1).toUtf8());
    return QTimeZone();
}

struct ReadTime
{
    QDateTime utc;
    QDate date;
    bool isDate = false;
    QString zoneId;
};

// DTSTART, DTEND, EXDATE, RECURRENCE-ID: a date, a UTC time, a time in a named zone, or floating.
std::optional<ReadTime> readTime(icalproperty* property, const icaltimetype& value,
                                 const QTimeZone& localZone)
{
    ReadTime result;
    if (value.is_date) {
        result.isDate = true;
        result.date = dateOf(value);
        return result.date.isValid() ? std::optional(result) : std::nullopt;
    }
    const QTime time(value.hour, value.minute, value.second);
    if (!dateOf(value).isValid() || !time.isValid())
        return std::nullopt;
    if (icaltime_is_utc(value)) {
        result.utc = QDateTime(dateOf(value), time, Qt::UTC);
        result.zoneId = QStringLiteral("UTC");
        return result;
    }
    icalparameter* tzidParameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    if (!tzidParameter) {
        result.utc = WallClock::toUtc(dateOf(value), time, localZone);
        result.zoneId = QString::fromUtf8(localZone.id());
        return result;
    }
    const QString tzid = QString::fromUtf8(icalparameter_get_tzid(tzidParameter));
    const QTimeZone zone = zoneForTzid(tzid);
    if (zone.isValid()) {
        result.utc = WallClock::toUtc(dateOf(value), time, zone);
        result.zoneId = QString::fromUtf8(zone.id());
        return result;
    }
    // A zone only this file defines: let libical apply its VTIMEZONE, then show it in local time.
    if (!value.zone)
        return std::nullopt;
    const icaltimetype utc = icaltime_convert_to_zone(value, icaltimezone_get_utc_timezone());
    result.utc = QDateTime(dateOf(utc), QTime(utc.hour, utc.minute, utc.second), Qt::UTC);
    result.zoneId = QString::fromUtf8(localZone.id());
    return result;
}

QString text(icalcomponent* event, icalproperty_kind kind)
{
    icalproperty* property = icalcomponent_get_first_property(event, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)).trimmed() : QString();
}

QString unescapedText(icalcomponent* event, icalproperty_kind kind)
{
    icalproperty* property = icalcomponent_get_first_property(event, kind);
    if (!property)
        return QString();
    icalvalue* value = icalproperty_get_value(property);
    return value && icalvalue_isa(value) == ICAL_TEXT_VALUE ? QString::fromUtf8(icalvalue_get_text(value))
                                                            : text(event, kind);
}

bool looksLikeMeetingLink(const QString& text)
{
    static const QRegularExpression link(QStringLiteral("^https://\\S+$"));
    return link.match(text).hasMatch();
}

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
    const QTimeZone::OffsetData initial = zone.offsetData(from);
    addObservance(from, initial.offsetFromUtc, initial.offsetFromUtc, initial.daylightTimeOffset != 0,
                  initial.abbreviation);
    int previousOffset = initial.offsetFromUtc;
    for (const QTimeZone::OffsetData& transition : transitions) {
        addObservance(transition.atUtc, previousOffset, transition.offsetFromUtc,
                      transition.daylightTimeOffset != 0, transition.abbreviation);
        previousOffset = transition.offsetFromUtc;
    }
    return component;
}

} // namespace

bool IcsCodec::read(const QByteArray& ics, const QTimeZone& localZone, QList<Appointment>* appointments,
                    QString* errorMessage)
{
    const auto fail = [errorMessage](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const QString content = QString::fromUtf8(ics);
    if (content.contains(QChar::ReplacementCharacter))
        return fail(tr("The file is not UTF-8 text, so it cannot be a calendar file."));

    // libical repairs or drops what it cannot read; check the structure first so the user
    // learns exactly which line is wrong.
    const QList<LogicalLine> lines = unfold(content);
    // libical reads some malformed times (2026-12-02) as something else instead of refusing them.
    static const QStringList timeProperties = { QStringLiteral("DTSTART"), QStringLiteral("DTEND"),
                                                QStringLiteral("EXDATE"), QStringLiteral("RECURRENCE-ID") };
    static const QRegularExpression timeValue(QStringLiteral("^\\d{8}(T\\d{6}Z?)?$"));
    QStringList open;
    for (const LogicalLine& line : lines) {
        const QString name = propertyName(line.text);
        if (name.isEmpty() || !line.text.contains(QLatin1Char(':')))
            return fail(tr("Line %1 is not an iCalendar line (NAME:value): \"%2\"")
                            .arg(line.number)
                            .arg(line.text.left(60)));
        const QString value = contentValue(line.text).trimmed().toUpper();
        if (name == QLatin1String("BEGIN")) {
            if (open.isEmpty() && value != QLatin1String("VCALENDAR"))
                return fail(tr("Line %1: a calendar file must start with BEGIN:VCALENDAR.").arg(line.number));
            open.append(value);
        } else if (name == QLatin1String("END")) {
            if (open.isEmpty() || open.last() != value)
                return fail(
                    tr("Line %1: END:%2 does not close %3.")
                        .arg(line.number)
                        .arg(value,
                             open.isEmpty() ? tr("anything") : QStringLiteral("BEGIN:") + open.last()));
            open.removeLast();
        } else if (open.isEmpty()) {
            return fail(tr("Line %1: \"%2\" stands outside BEGIN:VCALENDAR … END:VCALENDAR.")
                            .arg(line.number)
                            .arg(name));
        } else if (timeProperties.contains(name) && !line.text.contains(QLatin1String("VALUE=PERIOD"))) {
            for (const QString& part : contentValue(line.text).trimmed().split(QLatin1Char(','))) {
                if (!timeValue.match(part).hasMatch())
                    return fail(tr("Line %1: %2 must be a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS), "
                                   "not \"%3\".")
                                    .arg(line.number)
                                    .arg(name, part));
            }
        }
    }
    if (lines.isEmpty())
        return fail(tr("The file is empty."));
    if (!open.isEmpty())
        return fail(tr("The file ends before END:%1.").arg(open.last()));

    ComponentPtr calendar(icalparser_parse_string(ics.constData()));
    if (!calendar)
        return fail(tr("The file could not be read as a calendar."));

    const auto unreadable = [&lines](const QString& property, const QString& value) {
        for (const LogicalLine& line : lines) {
            if (propertyName(line.text) == property && contentValue(line.text).trimmed() == value.trimmed())
                return tr("Line %1: %2 has a value that cannot be read: \"%3\"")
                    .arg(line.number)
                    .arg(property, value.trimmed());
        }
        return tr("%1 has a value that cannot be read: \"%2\"").arg(property, value.trimmed());
    };
    // Values libical could not parse are reported as X-LIC-ERROR properties.
    const auto findProblem = [&unreadable](icalcomponent* component) -> QString {
        for (icalproperty* error = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
             error; error = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
            const QString message = QString::fromUtf8(icalproperty_get_xlicerror(error)).simplified();
            static const QRegularExpression about(QStringLiteral("in (\\S+) property.*: (.*)$"));
            const QRegularExpressionMatch match = about.match(message);
            return match.hasMatch() ? unreadable(match.captured(1), match.captured(2)) : message;
        }
        return QString();
    };

    QList<Appointment> result;
    icalcomponent* root = calendar.get();
    if (icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT)
        root = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
    for (icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
        if (const QString problem = findProblem(event); !problem.isEmpty())
            return fail(problem);
        Appointment appointment;
        appointment.kind = SessionKind::InPerson;
        appointment.reminderMinutes.clear();
        appointment.title = unescapedText(event, ICAL_SUMMARY_PROPERTY);
        const QString where = appointment.title.isEmpty() ? tr("an event without a title")
                                                          : QStringLiteral("\"%1\"").arg(appointment.title);

        icalproperty* startProperty = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        if (!startProperty)
            return fail(tr("The event %1 has no start (DTSTART).").arg(where));
        const std::optional<ReadTime> start
            = readTime(startProperty, icalcomponent_get_dtstart(event), localZone);
        if (!start)
            return fail(unreadable(QStringLiteral("DTSTART"),
                                   QString::fromUtf8(icalproperty_get_value_as_string(startProperty))));

        appointment.uid = text(event, ICAL_UID_PROPERTY);
        if (appointment.uid.isEmpty()) {
            // Without a UID, a stable one from the content keeps a second import from doubling it.
            appointment.uid = QStringLiteral("import-")
                + QString::fromLatin1(QCryptographicHash::hash(
                                          (appointment.title + text(event, ICAL_DTSTART_PROPERTY)).toUtf8(),
                                          QCryptographicHash::Sha1)
                                          .toHex()
                                          .left(24));
        }

        icalproperty* endProperty = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
        const icaldurationtype duration = icalcomponent_get_duration(event);
        if (start->isDate) {
            QDate endDate = start->date.addDays(1);
            if (endProperty)
                endDate = dateOf(icalcomponent_get_dtend(event));
            else if (!icaldurationtype_is_null_duration(duration))
                endDate = start->date.addDays(qMax(1, icaldurationtype_as_int(duration) / 86400));
            appointment.setAllDayDates(start->date, qMax(endDate, start->date.addDays(1)),
                                       QString::fromUtf8(localZone.id()));
        } else {
            appointment.start = start->utc;
            appointment.timeZone = start->zoneId;
            appointment.end = start->utc.addSecs(3600);
            if (endProperty) {
                const std::optional<ReadTime> end
                    = readTime(endProperty, icalproperty_get_dtend(endProperty), localZone);
                if (end && !end->isDate)
                    appointment.end = end->utc;
            } else if (!icaldurationtype_is_null_duration(duration)) {
                appointment.end = start->utc.addSecs(icaldurationtype_as_int(duration));
            }
            if (appointment.end <= appointment.start)
                appointment.end
                    = appointment.start.addSecs(60); // RFC 5545 allows zero length; we need a minute
        }
        // A UTC time that does not repeat is better shown and edited in the user's own zone.
        if (appointment.timeZone == QLatin1String("UTC")
            && !icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY))
            appointment.timeZone = QString::fromUtf8(localZone.id());

        if (icalproperty* rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)) {
            icalrecurrencetype recurrence = icalproperty_get_rrule(rule);
            char* ruleText = icalrecurrencetype_as_string_r(&recurrence);
            appointment.rrule = QString::fromUtf8(ruleText);
            icalmemory_free_buffer(ruleText);
        }
        for (icalproperty* exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); exdate;
             exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
            const std::optional<ReadTime> excluded
                = readTime(exdate, icalproperty_get_exdate(exdate), localZone);
            if (excluded)
                appointment.exceptionDates.append(
                    excluded->isDate ? QDateTime(excluded->date, QTime(0, 0), Qt::UTC) : excluded->utc);
        }
        if (icalproperty* recurrenceId
            = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
            const std::optional<ReadTime> original
                = readTime(recurrenceId, icalproperty_get_recurrenceid(recurrenceId), localZone);
            if (original)
                appointment.recurrenceId
                    = original->isDate ? QDateTime(original->date, QTime(0, 0), Qt::UTC) : original->utc;
        }

        appointment.notes = unescapedText(event, ICAL_DESCRIPTION_PROPERTY);
        const QString location = unescapedText(event, ICAL_LOCATION_PROPERTY);
        const QString url = text(event, ICAL_URL_PROPERTY);
        if (looksLikeMeetingLink(url) || looksLikeMeetingLink(location)) {
            appointment.kind = SessionKind::ExternalLink;
            appointment.externalUrl = QUrl(looksLikeMeetingLink(url) ? url : location);
        } else if (!location.isEmpty()) {
            appointment.notes
                = appointment.notes.isEmpty() ? location : location + QLatin1Char('\n') + appointment.notes;
        }
        for (icalproperty* x = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); x;
             x = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
            const QByteArray name = icalproperty_get_x_name(x);
            const QString value = QString::fromUtf8(icalproperty_get_x(x));
            if (name == "X-VIERAUGEN-KIND")
                appointment.kind = Appointment::parseKind(value).value_or(appointment.kind);
            else if (name == "X-VIERAUGEN-SERVER")
                appointment.serverProfileId = value;
            else if (name == "X-VIERAUGEN-ROOM")
                appointment.roomName = value;
        }
        if (text(event, ICAL_STATUS_PROPERTY).compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive) == 0)
            appointment.status = AppointmentStatus::Cancelled;

        for (icalproperty* attendee = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY);
             attendee; attendee = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
            Participant participant;
            QString address = QString::fromUtf8(icalproperty_get_attendee(attendee));
            if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                participant.email = address.mid(7).trimmed();
            if (icalparameter* name = icalproperty_get_first_parameter(attendee, ICAL_CN_PARAMETER))
                participant.displayName = QString::fromUtf8(icalparameter_get_cn(name));
            if (icalparameter* language
                = icalproperty_get_first_parameter(attendee, ICAL_LANGUAGE_PARAMETER)) {
                const QString code
                    = QString::fromUtf8(icalparameter_get_language(language)).left(2).toLower();
                if (code == QLatin1String("en"))
                    participant.language = code;
            }
            if (!Appointment::isValidEmail(participant.email))
                participant.email.clear();
            if (!participant.displayName.isEmpty() || !participant.email.isEmpty())
                appointment.participants.append(participant);
        }
        for (icalcomponent* alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT); alarm;
             alarm = icalcomponent_get_next_component(event, ICAL_VALARM_COMPONENT)) {
            icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
            if (!trigger)
                continue;
            const icaltriggertype value = icalproperty_get_trigger(trigger);
            if (icaltime_is_null_time(value.time)) {
                const int seconds = -icaldurationtype_as_int(value.duration);
                if (seconds >= 0 && seconds <= 7 * 24 * 3600)
                    appointment.reminderMinutes.append(seconds / 60);
            }
        }
        if (appointment.title.isEmpty())
            appointment.title = tr("(no title)");
        QString problem;
        if (!appointment.validate(&problem))
            return fail(tr("The event %1 cannot be imported: %2").arg(where, problem));
        result.append(appointment);
    }
    if (result.isEmpty())
        return fail(tr("The file contains no appointments (VEVENT)."));
    appointments->append(result);
    return true;
}

QByteArray IcsCodec::write(const QList<Appointment>& appointments, Detail detail, const QString& method)
{
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
    for (const Appointment& appointment : appointments) {
        QList<QByteArray> properties;
        const QByteArray zoneId = appointment.timeZone.toUtf8();
        const QTimeZone zone(zoneId);
        const bool utc = appointment.timeZone == QLatin1String("UTC");
        const auto timeProperty = [&](const QByteArray& name, const QDateTime& instant) -> QByteArray {
            if (utc)
                return name + ':' + icalUtc(instant);
            return name + ";TZID=" + zoneId + ':' + icalLocal(instant, zone);
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
        if (appointment.isRecurring())
            properties << "RRULE:" + appointment.rrule.toUtf8();
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
        if (appointment.status == AppointmentStatus::Cancelled)
            properties << "STATUS:CANCELLED";
        if (detail == Detail::Full) {
            properties << "CREATED:" + icalUtc(appointment.created)
                       << "LAST-MODIFIED:" + icalUtc(appointment.modified)
                       << "X-VIERAUGEN-KIND:" + Appointment::kindName(appointment.kind).toUtf8();
            if (!appointment.serverProfileId.isEmpty())
                properties << "X-VIERAUGEN-SERVER:" + appointment.serverProfileId.toUtf8();
            if (!appointment.roomName.isEmpty())
                properties << "X-VIERAUGEN-ROOM:" + appointment.roomName.toUtf8();
        }
        if (appointment.kind == SessionKind::ExternalLink && appointment.externalUrl.isValid())
            properties << "URL:" + appointment.externalUrl.toEncoded();

        icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        for (const QByteArray& property : std::as_const(properties))
            icalcomponent_add_property(event, icalproperty_new_from_string(property.constData()));
        // Text values go through libical so that commas, semicolons and newlines are escaped.
        icalcomponent_add_property(event, icalproperty_new_summary(appointment.title.toUtf8().constData()));
        if (detail == Detail::Full) {
            if (!appointment.notes.isEmpty())
                icalcomponent_add_property(
                    event, icalproperty_new_description(appointment.notes.toUtf8().constData()));
            for (const Participant& participant : appointment.participants) {
                if (participant.email.isEmpty())
                    continue;
                icalproperty* attendee = icalproperty_new_attendee(
                    QByteArray("mailto:" + participant.email.toUtf8()).constData());
                if (!participant.displayName.isEmpty())
                    icalproperty_add_parameter(
                        attendee, icalparameter_new_cn(participant.displayName.toUtf8().constData()));
                icalproperty_add_parameter(
                    attendee, icalparameter_new_language(participant.language.toUtf8().constData()));
                icalcomponent_add_property(event, attendee);
            }
        }
        for (int minutes : appointment.reminderMinutes) {
            icalcomponent* alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
            icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
            icaltriggertype trigger = icaltriggertype_from_int(-minutes * 60);
            icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
            icalcomponent_add_property(alarm,
                                       icalproperty_new_description(appointment.title.toUtf8().constData()));
            icalcomponent_add_component(event, alarm);
        }
        icalcomponent_add_component(calendar.get(), event);
    }
    char* serialized = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(serialized);
    icalmemory_free_buffer(serialized);
    return result;
}
