#include "core/calendar/IcsReader.h"

#include "core/base/PhoneNumber.h"
#include "core/calendar/HtmlNotes.h"
#include "core/calendar/Recurrence.h"
#include "core/calendar/ReminderSchedule.h"
#include "core/calendar/VTimeZoneMatcher.h"
#include "core/calendar/WallClock.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
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
// Folding counts octets, so a fold may split a multi-byte UTF-8 character (an "ä" at the 75th octet):
// lines are joined as bytes and decoded only then. validUtf8 tells whether every line was UTF-8.
QList<LogicalLine> unfold(QByteArrayView ics, bool* validUtf8)
{
    struct Joined
    {
        int number;
        QByteArray bytes;
    };
    QList<Joined> joined;
    int number = 0;
    for (qsizetype start = 0; start <= ics.size();) {
        qsizetype end = ics.indexOf('\n', start);
        if (end < 0)
            end = ics.size();
        QByteArrayView line(ics.constData() + start, end - start);
        start = end + 1;
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !joined.isEmpty())
            joined.last().bytes += line.sliced(1);
        else if (!line.isEmpty())
            joined.append({ number, line.toByteArray() });
    }
    QList<LogicalLine> lines;
    lines.reserve(joined.size());
    *validUtf8 = true;
    for (const Joined& line : std::as_const(joined)) {
        *validUtf8 = *validUtf8 && QByteArrayView(line.bytes).isValidUtf8();
        lines.append({ line.number, QString::fromUtf8(line.bytes) });
    }
    return lines;
}

// Older Windows programs and files edited in Notepad write Windows-1252 ("ANSI"), not UTF-8. Such a
// file is read as that when it is one: a calendar (BEGIN:VCALENDAR) of text, without the five
// bytes Windows-1252 leaves unassigned. Anything else stays refused as not UTF-8.
std::optional<QByteArray> windows1252AsUtf8(QByteArrayView bytes)
{
    // 0x80–0x9F; the rest of the code page is Latin-1. 0 marks the unassigned bytes.
    static constexpr char16_t upperControls[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
    };
    if (!bytes.startsWith("BEGIN:VCALENDAR"))
        return std::nullopt;
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code < 0x20 && code != '\t' && code != '\r' && code != '\n')
            return std::nullopt;
        const char16_t character = code >= 0x80 && code <= 0x9F ? upperControls[code - 0x80] : char16_t(code);
        if (character == 0)
            return std::nullopt;
        text += QChar(character);
    }
    return text.toUtf8();
}

// The name of a content line (NAME;params:value or NAME:value), upper case; empty if the line has none.
QString propertyName(const QString& line)
{
    qsizetype end = 0;
    while (end < line.size()) {
        const QChar c = line.at(end);
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            break;
        ++end;
    }
    if (end == 0 || end == line.size()
        || (line.at(end) != QLatin1Char(';') && line.at(end) != QLatin1Char(':'))
        || !line.contains(QLatin1Char(':')))
        return QString();
    return line.left(end).toUpper();
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

QString text(icalcomponent* event, icalproperty_kind kind)
{
    icalproperty* property = icalcomponent_get_first_property(event, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)).trimmed() : QString();
}

// Control characters are not iCalendar text (RFC 5545, TSAFE-CHAR and QSAFE-CHAR) and libical
// drops or blanks them on export, so read → write → read changed the text (fuzzing found it).
QString withoutControlCharacters(QString text, QStringView allowed = {})
{
    text.removeIf([allowed](QChar character) {
        return character.category() == QChar::Other_Control && !allowed.contains(character);
    });
    return text;
}

QString unescapedText(icalcomponent* event, icalproperty_kind kind)
{
    icalproperty* property = icalcomponent_get_first_property(event, kind);
    if (!property)
        return QString();
    icalvalue* value = icalproperty_get_value(property);
    QString result = value && icalvalue_isa(value) == ICAL_TEXT_VALUE
        ? QString::fromUtf8(icalvalue_get_text(value))
        : text(event, kind);
    // A carriage return inside a value (a file with old Mac or Windows line ends in a text)
    // cannot be written back: iCalendar text knows only \n. Read as the line break it means.
    result.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    result = withoutControlCharacters(result, QStringLiteral("\n\t"));
    // libical drops blanks and tabs at either end of a value as it reads it, but keeps escaped ones
    // (a backslash before a blank, or "\T", which it reads as a tab), so read → write → read lost
    // them (fuzzing found it).
    const auto isBlank = [](QChar character) { return character == u' ' || character == u'\t'; };
    qsizetype first = 0;
    qsizetype last = result.size();
    while (first < last && isBlank(result.at(first)))
        ++first;
    while (last > first && isBlank(result.at(last - 1)))
        --last;
    return result.mid(first, last - first);
}

bool looksLikeMeetingLink(const QString& text)
{
    static const QRegularExpression link(QStringLiteral("^https://\\S+$"));
    return link.match(text).hasMatch();
}

// The way into an online meeting where other programs put it beside LOCATION and URL: RFC 7986's
// CONFERENCE, Google Meet's and Microsoft Teams' own properties. Teams writes only "Microsoft
// Teams-Besprechung" into LOCATION, and such a meeting came in as one in person, its link buried
// in the notes.
QString conferenceLinkOf(icalcomponent* event)
{
    for (icalproperty* conference = icalcomponent_get_first_property(event, ICAL_CONFERENCE_PROPERTY);
         conference; conference = icalcomponent_get_next_property(event, ICAL_CONFERENCE_PROPERTY)) {
        if (const QString uri = QString::fromUtf8(icalproperty_get_conference(conference)).trimmed();
            looksLikeMeetingLink(uri))
            return uri;
    }
    for (icalproperty* x = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); x;
         x = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        const QByteArray name = icalproperty_get_x_name(x);
        if (name != "X-GOOGLE-CONFERENCE" && name != "X-MICROSOFT-SKYPETEAMSMEETINGURL")
            continue;
        if (const QString uri = QString::fromUtf8(icalproperty_get_x(x)).trimmed(); looksLikeMeetingLink(uri))
            return uri;
    }
    return QString();
}

QTimeZone ianaZoneFor(const QString& tzid)
{
    const QByteArray id = tzid.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    // Links such as Asia/Calcutta or US/Eastern (Qt itself maps Windows names to some) are not
    // listed as available. Only names with a region count: Qt reads "Nowhere" as a POSIX rule.
    if (const QTimeZone link(id); id.contains('/') && link.isValid())
        return link;
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

// What libical says about a property it dropped: its name and value, as far as it tells.
struct ParseError
{
    QString property;
    QString value;
};

ParseError parseErrorOf(icalproperty* error)
{
    const QString message = QString::fromUtf8(icalproperty_get_xlicerror(error)).simplified();
    static const QRegularExpression about(
        QStringLiteral("(?:in|for) (\\S+) property.*?: ?(.*)$|property name: ?(\\S*)"));
    const QRegularExpressionMatch match = about.match(message);
    if (!match.hasMatch())
        return {};
    if (!match.captured(3).isEmpty())
        return { match.captured(3).toUpper(), QString() };
    return { match.captured(1).toUpper(), match.captured(2) };
}

// "Müller, Jana" → "Jana Müller": Outlook writes a name last name first, an invitation greets by the
// given name first. Only a plain name is turned: one comma, a last name of up to three words and a
// given name of up to two, of letters (hyphens and apostrophes within), so that "Team Nord, Raum 3"
// or "Müller, Jana (Jugendamt)" stay as written.
QString givenNameFirst(const QString& name)
{
    static const QRegularExpression lastCommaGiven(
        QStringLiteral("^\\s*(\\p{L}[\\p{L}'’-]*(?: \\p{L}[\\p{L}'’-]*){0,2})\\s*,"
                       "\\s*(\\p{L}[\\p{L}'’-]*(?: \\p{L}[\\p{L}'’-]*)?)\\s*$"));
    const QRegularExpressionMatch match = lastCommaGiven.match(name);
    return match.hasMatch() ? match.captured(2) + QLatin1Char(' ') + match.captured(1) : name;
}

} // namespace

IcsReader::IcsReader(const QTimeZone& localZone, IcsImportReport& report, const CounselorIdentity& counselor)
    : m_localZone(localZone)
    , m_report(report)
    , m_counselor(counselor)
{ }

bool IcsReader::isPerson(icalproperty* attendee)
{
    // A room or a projector booked with the meeting, or someone only told of it (ROLE=NON-PARTICIPANT).
    icalparameter* type = icalproperty_get_first_parameter(attendee, ICAL_CUTYPE_PARAMETER);
    if (type
        && (icalparameter_get_cutype(type) == ICAL_CUTYPE_ROOM
            || icalparameter_get_cutype(type) == ICAL_CUTYPE_RESOURCE))
        return false;
    icalparameter* role = icalproperty_get_first_parameter(attendee, ICAL_ROLE_PARAMETER);
    return !role || icalparameter_get_role(role) != ICAL_ROLE_NONPARTICIPANT;
}

std::optional<Participant> IcsReader::participantOf(icalproperty* property, const char* address)
{
    Participant participant;
    const QString value = QString::fromUtf8(address);
    if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        participant.email = value.mid(7).trimmed();
    else if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        participant.phone = value.mid(4).trimmed();
    if (const char* phone = icalproperty_get_parameter_as_string(property, "X-VIERAUGEN-PHONE"))
        participant.phone = QString::fromUtf8(phone);
    // Kept only as a number an invitation could reach.
    if (QString e164; !participant.phone.isEmpty())
        participant.phone
            = PhoneNumber::toE164(participant.phone, QStringLiteral("DE"), &e164, nullptr) ? e164 : QString();
    if (icalparameter* name = icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER))
        participant.displayName = withoutControlCharacters(QString::fromUtf8(icalparameter_get_cn(name)));
    if (icalparameter* language = icalproperty_get_first_parameter(property, ICAL_LANGUAGE_PARAMETER)) {
        const QString code = QString::fromUtf8(icalparameter_get_language(language)).left(2).toLower();
        if (code == QLatin1String("en"))
            participant.language = code;
    }
    if (!Appointment::isValidEmail(participant.email))
        participant.email.clear();
    if (participant.displayName.isEmpty() && participant.email.isEmpty() && participant.phone.isEmpty())
        return std::nullopt;
    return participant;
}

QString IcsReader::fileTooLarge()
{
    return tr("The file is larger than %1 MB; Vieraugen reads calendar files up to that size. "
              "Export a shorter period from your other calendar.")
        .arg(maxFileBytes / (1024 * 1024));
}

bool IcsReader::isTimeProperty(const QString& name)
{
    // Asked for every line: comparisons, not a hash of the name.
    for (const QLatin1String timeName :
         { QLatin1String("DTSTART"), QLatin1String("DTEND"), QLatin1String("DURATION"),
           QLatin1String("RRULE"), QLatin1String("RDATE"), QLatin1String("EXDATE"),
           QLatin1String("RECURRENCE-ID") }) {
        if (name == timeName)
            return true;
    }
    return false;
}

int IcsReader::lineOf(const EventSource& source, const QString& name, const QString& value)
{
    int firstOfName = 0;
    for (const SourceLine& line : source.lines) {
        if (line.name != name)
            continue;
        if (value.isEmpty() || contentValue(line.text).trimmed() == value.trimmed())
            return line.number;
        if (firstOfName == 0)
            firstOfName = line.number;
    }
    return firstOfName != 0 ? firstOfName : source.beginLine;
}

std::optional<QByteArray> IcsReader::scan(const QByteArray& ics)
{
    const auto fatal = [this](const QString& message) -> std::optional<QByteArray> {
        m_report.fatal = message;
        return std::nullopt;
    };
    if (ics.size() > maxFileBytes)
        return fatal(fileTooLarge());
    QByteArrayView text(ics);
    if (text.startsWith("\xEF\xBB\xBF")) // the UTF-8 byte order mark some Windows programs write
        text = text.sliced(3);
    bool validUtf8 = true;
    QList<LogicalLine> lines = unfold(text, &validUtf8);
    if (lines.isEmpty())
        return fatal(tr("The file is empty."));
    if (!validUtf8) {
        const std::optional<QByteArray> recoded = windows1252AsUtf8(text);
        if (!recoded)
            return fatal(tr("The file is not UTF-8 text, so it cannot be a calendar file."));
        lines = unfold(*recoded, &validUtf8);
        m_report.warn(
            1, QString(),
            tr("the file is written in Windows-1252, not in UTF-8 as calendar files are; it was read "
               "as Windows-1252. Check that umlauts and other special characters look right."));
    }

    QByteArray cleaned;
    cleaned.reserve(ics.size());
    QStringList open;
    bool calendarSeen = false;
    for (const LogicalLine& line : lines) {
        const QString name = propertyName(line.text);
        if (name.isEmpty() && !calendarSeen)
            return fatal(tr("Line %1 is not an iCalendar line (NAME:value): \"%2\"")
                             .arg(line.number)
                             .arg(line.text.left(60)));
        if (name.isEmpty()) {
            m_report.warn(line.number, QString(),
                          tr("this is not an iCalendar line (NAME:value); it was left out."));
            continue;
        }
        if (line.text.size() > maxLineChars) {
            m_report.warn(
                line.number, QString(),
                tr("%1 is longer than %2 characters; it was left out.").arg(name).arg(maxLineChars));
            continue;
        }
        const QString value = contentValue(line.text).trimmed();
        if (name == QLatin1String("BEGIN")) {
            const QString component = value.toUpper();
            if (open.isEmpty() && component != QLatin1String("VCALENDAR"))
                return fatal(
                    tr("Line %1: a calendar file must start with BEGIN:VCALENDAR.").arg(line.number));
            if (open.size() == 1 && component == QLatin1String("VEVENT")) {
                if (m_events.size() == maxEvents)
                    return fatal(tr("The file holds more than %n appointments; Vieraugen imports up to "
                                    "that many at once. Export a shorter period from your other calendar.",
                                    nullptr, maxEvents));
                m_events.append(EventSource { line.number, {} });
            }
            open.append(component);
            calendarSeen = true;
        } else if (name == QLatin1String("END")) {
            const QString component = value.toUpper();
            if (open.isEmpty() || open.last() != component)
                return fatal(
                    tr("Line %1: END:%2 does not close %3.")
                        .arg(line.number)
                        .arg(component,
                             open.isEmpty() ? tr("anything") : QStringLiteral("BEGIN:") + open.last()));
            open.removeLast();
        } else if (open.isEmpty()) {
            if (!calendarSeen)
                return fatal(
                    tr("Line %1: a calendar file must start with BEGIN:VCALENDAR.").arg(line.number));
            m_report.warn(
                line.number, QString(),
                tr("%1 stands outside BEGIN:VCALENDAR … END:VCALENDAR; it was left out.").arg(name));
            continue;
        } else if (value.isEmpty() && !isTimeProperty(name)) {
            continue; // an empty text (LOCATION: is common): nothing to keep, nothing to warn about
        } else if (open.size() >= 2 && open.at(1) == QLatin1String("VEVENT")) {
            m_events.last().lines.append({ line.number, name, line.text });
            noteZoneUse(name, line.text, value);
        } else if (open.last() == QLatin1String("VTIMEZONE") && name == QLatin1String("TZID")) {
            m_zoneLines.insert(value, line.number);
        }
        cleaned += line.text.toUtf8();
        cleaned += "\r\n";
    }
    if (!open.isEmpty())
        return fatal(tr("The file ends before END:%1.").arg(open.last()));
    return cleaned;
}

void IcsReader::noteZoneUse(const QString& name, const QString& line, const QString& value)
{
    if (name == QLatin1String("RRULE")) {
        m_fileHasSeries = true;
        return;
    }
    if (!isTimeProperty(name) || !line.contains(QLatin1String(";TZID="), Qt::CaseInsensitive))
        return;
    static const QRegularExpression tzidParameter(QStringLiteral(";TZID=(\"[^\"]*\"|[^;:]*)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = tzidParameter.match(line);
    bool isYear = false;
    const int year = value.left(4).toInt(&isYear);
    if (!match.hasMatch() || !isYear)
        return;
    QString tzid = match.captured(1);
    if (tzid.startsWith(QLatin1Char('"')))
        tzid = tzid.mid(1, tzid.size() - 2);
    const auto known = m_zoneYears.constFind(tzid);
    m_zoneYears.insert(tzid,
                       known == m_zoneYears.cend()
                           ? std::pair(year, year)
                           : std::pair(qMin(known->first, year), qMax(known->second, year)));
}

QTimeZone IcsReader::matchingZone(const QString& tzid, icaltimezone* defined) const
{
    const auto [firstYear, lastYear] = m_zoneYears.value(tzid);
    // Offsets and transitions over the years the file uses the zone, and the decade a series
    // may run on.
    const VTimeZoneMatcher matcher(
        [defined](const QDateTime& utc) {
            icaltimetype time
                = icaltime_from_timet_with_zone(utc.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
            int isDaylight = 0;
            return icaltimezone_get_utc_offset_of_utc_time(defined, &time, &isDaylight);
        },
        firstYear, lastYear + (m_fileHasSeries ? 10 : 0));
    QStringList hints;
    if (const char* location = icaltimezone_get_location(defined))
        hints.append(QString::fromUtf8(location));
    return matcher.match(tzid, hints, m_localZone);
}

QTimeZone IcsReader::allDayZone(icalcomponent* event)
{
    // Dates have no zone; the zone an all-day event's other times name is its organizer's.
    for (icalproperty* property = icalcomponent_get_first_property(event, ICAL_ANY_PROPERTY); property;
         property = icalcomponent_get_next_property(event, ICAL_ANY_PROPERTY)) {
        icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
        QString problem;
        const std::optional<Zone> zone = tzid
            ? zoneFor(QString::fromUtf8(icalparameter_get_tzid(tzid)), m_calendar, &problem)
            : std::nullopt;
        if (zone && zone->zone.isValid())
            return zone->zone;
    }
    return m_localZone;
}

bool IcsReader::acceptParseErrors(icalcomponent* component, const EventSource& source, const QString& summary)
{
    QString previous; // libical reports a bad parameter right after its property
    for (icalproperty* property = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY); property;
         property = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)) {
        if (icalproperty_isa(property) != ICAL_XLICERROR_PROPERTY) {
            previous = QString::fromUtf8(icalproperty_get_property_name(property));
            continue;
        }
        ParseError error = parseErrorOf(property);
        if (error.property.isEmpty())
            error.property = previous;
        const int line = lineOf(source, error.property, error.value);
        if (isTimeProperty(error.property)) {
            m_report.refuse(line, summary,
                            error.value.isEmpty()
                                ? tr("%1 cannot be read.").arg(error.property)
                                : tr("%1 cannot be read: \"%2\".").arg(error.property, error.value.left(80)));
            return false;
        }
        m_report.warn(line, summary,
                      error.property.isEmpty()
                          ? tr("a property cannot be read; it was left out.")
                          : tr("%1 cannot be read; it was left out.").arg(error.property));
    }
    for (icalcomponent* child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
        if (!acceptParseErrors(child, source, summary))
            return false;
    }
    return true;
}

std::optional<IcsReader::Zone> IcsReader::zoneFor(const QString& tzid, icalcomponent* calendar,
                                                  QString* problem)
{
    if (const auto known = m_zones.constFind(tzid); known != m_zones.cend())
        return *known;
    Zone result;
    result.zone = ianaZoneFor(tzid);
    if (result.zone.isValid()) {
        result.zoneId = QString::fromUtf8(result.zone.id());
    } else if (icaltimezone* defined
               = calendar ? icalcomponent_get_timezone(calendar, tzid.toUtf8().constData()) : nullptr) {
        if (!zoneChangesAreBounded(tzid, defined, problem))
            return std::nullopt;
        // A zone only this file defines (Outlook: "(UTC+01:00) Amsterdam, Berlin, …"): the IANA
        // zone with the same rules, so that series repeat there and export names it.
        result.zone = matchingZone(tzid, defined);
        result.zoneId = QString::fromUtf8(result.zone.isValid() ? result.zone.id() : m_localZone.id());
    } else {
        *problem = tr("the time zone \"%1\" is neither known nor defined in the file (VTIMEZONE).").arg(tzid);
        return std::nullopt;
    }
    if (!result.zone.isValid()) {
        // Without a match, libical applies the VTIMEZONE to each time.
        m_report.warn(m_zoneLines.value(tzid), QString(),
                      tr("the time zone \"%1\" matches no known zone; its times were converted, but series "
                         "repeat in your computer's time zone (%2).")
                          .arg(tzid, result.zoneId));
    }
    m_zones.insert(tzid, result);
    return result;
}

bool IcsReader::zoneChangesAreBounded(const QString& tzid, icaltimezone* defined, QString* problem) const
{
    icalcomponent* zone = icaltimezone_get_component(defined);
    int changesInAYear = 0;
    for (icalcomponent* observance = icalcomponent_get_first_component(zone, ICAL_ANY_COMPONENT); observance;
         observance = icalcomponent_get_next_component(zone, ICAL_ANY_COMPONENT)) {
        icalproperty* start = icalcomponent_get_first_property(observance, ICAL_DTSTART_PROPERTY);
        if (!start)
            continue;
        const icaltimetype first = icalproperty_get_dtstart(start);
        const QDate yearLater = dateOf(first).addYears(1);
        for (icalproperty* rule = icalcomponent_get_first_property(observance, ICAL_RRULE_PROPERTY); rule;
             rule = icalcomponent_get_next_property(observance, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype recurrence = icalproperty_get_rrule(rule);
            // A rule libical cannot iterate would hang here and in libical's own use of the zone.
            if (!Recurrence::libicalCanIterate(recurrence)) {
                *problem = tr("the time zone \"%1\" (line %2) changes the clocks in a week no month has; "
                              "its times cannot be read.")
                               .arg(tzid)
                               .arg(m_zoneLines.value(tzid));
                return false;
            }
            // Finer than daily: even counting the changes of one year would take millions of steps.
            if (recurrence.freq < ICAL_DAILY_RECURRENCE) {
                changesInAYear = maxZoneChangesPerYear + 1;
                break;
            }
            icalrecur_iterator* iterator = icalrecur_iterator_new(recurrence, first);
            for (icaltimetype next = iterator ? icalrecur_iterator_next(iterator) : icaltime_null_time();
                 !icaltime_is_null_time(next) && dateOf(next) < yearLater
                 && changesInAYear <= maxZoneChangesPerYear;
                 next = icalrecur_iterator_next(iterator))
                ++changesInAYear;
            icalrecur_iterator_free(iterator);
        }
    }
    if (changesInAYear <= maxZoneChangesPerYear)
        return true;
    *problem = tr("the time zone \"%1\" (line %2) changes the clocks more than %n times a year, which no "
                  "real time zone does; its times cannot be read.",
                  nullptr, maxZoneChangesPerYear)
                   .arg(tzid)
                   .arg(m_zoneLines.value(tzid));
    return false;
}

std::optional<IcsReader::Time> IcsReader::readTime(icalproperty* property, const icaltimetype& value,
                                                   QString* problem)
{
    const QString name = QString::fromUtf8(icalproperty_get_property_name(property));
    Time result;
    result.date = dateOf(value);
    if (!result.date.isValid()) {
        *problem = tr("%1 is not a valid date.").arg(name);
        return std::nullopt;
    }
    if (value.is_date) {
        result.isDate = true;
        return result;
    }
    const QTime time(value.hour, value.minute, value.second);
    if (!time.isValid()) {
        *problem = tr("%1 is not a valid time.").arg(name);
        return std::nullopt;
    }
    if (icaltime_is_utc(value)) {
        result.utc = QDateTime(result.date, time, Qt::UTC);
        result.zoneId = QStringLiteral("UTC");
        return result;
    }
    icalparameter* tzidParameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    if (!tzidParameter) {
        result.utc = WallClock::toUtc(result.date, time, m_localZone);
        result.zoneId = QString::fromUtf8(m_localZone.id());
        return result;
    }
    const QString tzid = QString::fromUtf8(icalparameter_get_tzid(tzidParameter));
    const std::optional<Zone> zone = zoneFor(tzid, m_calendar, problem);
    if (!zone)
        return std::nullopt;
    result.zoneId = zone->zoneId;
    if (zone->zone.isValid()) {
        result.utc = WallClock::toUtc(result.date, time, zone->zone);
        return result;
    }
    icaltimetype local = value;
    local.zone = icalcomponent_get_timezone(m_calendar, tzid.toUtf8().constData());
    const icaltimetype utc = icaltime_convert_to_zone(local, icaltimezone_get_utc_timezone());
    result.utc = QDateTime(dateOf(utc), QTime(utc.hour, utc.minute, utc.second), Qt::UTC);
    return result;
}

QList<Appointment> IcsReader::read(const QByteArray& ics)
{
    const std::optional<QByteArray> cleaned = scan(ics);
    if (!cleaned)
        return {};
    ComponentPtr parsed(icalparser_parse_string(cleaned->constData()));
    if (!parsed) {
        m_report.fatal = tr("The file could not be read as a calendar.");
        return {};
    }
    QList<icalcomponent*> calendars;
    if (icalcomponent_isa(parsed.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(parsed.get());
    } else {
        for (icalcomponent* calendar
             = icalcomponent_get_first_component(parsed.get(), ICAL_VCALENDAR_COMPONENT);
             calendar; calendar = icalcomponent_get_next_component(parsed.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.append(calendar);
    }
    QList<Appointment> result;
    QSet<std::pair<QString, qint64>> seen;
    qsizetype index = 0;
    for (icalcomponent* calendar : std::as_const(calendars)) {
        m_calendar = calendar;
        // Each block of a joined file (cat a.ics b.ics) defines its zones on its own: two Outlook
        // exports may both name different rules "Customized Time Zone".
        m_zones.clear();
        for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++index) {
            const EventSource source = index < m_events.size() ? m_events.at(index) : EventSource();
            std::optional<Appointment> appointment = readEvent(event, source);
            if (!appointment)
                continue;
            // A second event under the same key would overwrite the first: a series by its own
            // exception, when a RECURRENCE-ID went missing.
            const std::pair key(appointment->uid,
                                appointment->recurrenceId ? appointment->recurrenceId->toMSecsSinceEpoch()
                                                          : -1);
            if (seen.contains(key)) {
                m_report.refuse(
                    source.beginLine, appointment->title,
                    appointment->recurrenceId
                        ? tr("an earlier event in the file already changes this date of the series "
                             "(same UID and RECURRENCE-ID).")
                        : tr("an earlier event in the file has the same UID."));
                continue;
            }
            seen.insert(key);
            result.append(*appointment);
        }
    }
    m_calendar = nullptr;
    if (index == 0)
        m_report.fatal = tr("The file contains no appointments (VEVENT).");
    splitSeriesChangedFromThenOn(result);
    return result;
}

void IcsReader::splitSeriesChangedFromThenOn(QList<Appointment>& appointments) const
{
    // Earliest first: a later change from then on splits the series that carries on.
    QList<qsizetype> changes;
    for (qsizetype i = 0; i < appointments.size(); ++i) {
        const Appointment& change = appointments.at(i);
        if (change.recurrenceId
            && m_thisAndFuture.contains({ change.uid, change.recurrenceId->toMSecsSinceEpoch() }))
            changes.append(i);
    }
    std::sort(changes.begin(), changes.end(), [&](qsizetype a, qsizetype b) {
        return *appointments.at(a).recurrenceId < *appointments.at(b).recurrenceId;
    });
    QSet<qsizetype> merged;
    for (const qsizetype index : std::as_const(changes)) {
        const Appointment change = appointments.at(index);
        const QDateTime splitAt = *change.recurrenceId;
        // The series the change belongs to: the one under its UID, or the part split off last.
        qsizetype seriesIndex = -1;
        for (qsizetype i = 0; i < appointments.size(); ++i) {
            const Appointment& candidate = appointments.at(i);
            if (!candidate.recurrenceId && candidate.isRecurring() && candidate.uid == change.uid
                && (seriesIndex < 0 || candidate.start > appointments.at(seriesIndex).start)
                && candidate.start <= splitAt)
                seriesIndex = i;
        }
        if (seriesIndex < 0)
            continue; // only this date of a series the file does not bring: an exception as usual
        Appointment& series = appointments[seriesIndex];
        const Recurrence::Split split = series.allDay
            ? Recurrence::splitAt(series.rrule, series.startDate, splitAt.date())
            : Recurrence::splitAt(series.rrule, series.start, QTimeZone(series.timeZone.toUtf8()), splitAt);
        const qint64 shiftMs = splitAt.msecsTo(change.start);
        // From then on, a series of its own with the changed fields, moved as the change moves.
        Appointment following = change;
        following.recurrenceId.reset();
        following.rrule = split.followingRule;
        following.uid = split.countBefore == 0 ? series.uid
                                               : change.uid + QStringLiteral("/from-")
                + splitAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        following.exceptionDates.clear();
        QList<QDateTime> before;
        for (const QDateTime& excluded : std::as_const(series.exceptionDates)) {
            if (excluded < splitAt)
                before.append(excluded);
            else
                following.exceptionDates.append(excluded.addMSecs(shiftMs));
        }
        // Other dates changed later in the file belong to the new series.
        for (qsizetype i = 0; i < appointments.size(); ++i) {
            Appointment& other = appointments[i];
            if (i != index && other.uid == series.uid && other.recurrenceId
                && *other.recurrenceId > splitAt) {
                other.uid = following.uid;
                other.recurrenceId = other.recurrenceId->addMSecs(shiftMs);
            }
        }
        merged.insert(index);
        if (split.countBefore == 0) {
            series = following;
        } else {
            series.rrule = split.precedingRule;
            series.exceptionDates = before;
            appointments.append(following);
        }
    }
    QList<Appointment> kept;
    for (qsizetype i = 0; i < appointments.size(); ++i) {
        if (!merged.contains(i))
            kept.append(appointments.at(i));
    }
    appointments = kept;
}

std::optional<Appointment> IcsReader::readEvent(icalcomponent* event, const EventSource& source)
{
    Appointment appointment;
    appointment.kind = SessionKind::InPerson;
    appointment.reminderMinutes.clear();
    appointment.title = unescapedText(event, ICAL_SUMMARY_PROPERTY);
    const QString summary = appointment.title;
    const auto refuse = [&](int line, const QString& reason) -> std::optional<Appointment> {
        m_report.refuse(line, summary, reason);
        return std::nullopt;
    };
    if (!acceptParseErrors(event, source, summary))
        return std::nullopt;

    // libical reads some malformed times (2026-12-02) as something else instead of refusing them.
    static const QRegularExpression timeValue(QStringLiteral("^\\d{8}(T\\d{6}Z?)?$"));
    for (const SourceLine& line : source.lines) {
        if (!isTimeProperty(line.name) || line.name == QLatin1String("RRULE")
            || line.name == QLatin1String("DURATION") || line.text.contains(QLatin1String("VALUE=PERIOD")))
            continue;
        for (const QString& part : contentValue(line.text).trimmed().split(QLatin1Char(','))) {
            if (!timeValue.match(part).hasMatch())
                return refuse(line.number,
                              tr("%1 must be a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS), not \"%2\".")
                                  .arg(line.name, part.left(40)));
        }
    }

    icalproperty* startProperty = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!startProperty)
        return refuse(source.beginLine, tr("it has no start (DTSTART)."));
    QString problem;
    const std::optional<Time> start
        = readTime(startProperty, icalproperty_get_dtstart(startProperty), &problem);
    if (!start)
        return refuse(lineOf(source, QStringLiteral("DTSTART")), problem);

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
    icalproperty* durationProperty = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY);
    std::optional<Time> end;
    if (endProperty) {
        end = readTime(endProperty, icalproperty_get_dtend(endProperty), &problem);
        if (!end)
            return refuse(lineOf(source, QStringLiteral("DTEND")), problem);
    }
    std::optional<qint64> durationSeconds;
    if (!endProperty && durationProperty)
        durationSeconds = icaldurationtype_as_int(icalproperty_get_duration(durationProperty));
    const auto endsBeforeStart = [&] {
        return refuse(lineOf(source, endProperty ? QStringLiteral("DTEND") : QStringLiteral("DURATION")),
                      tr("it ends before it starts."));
    };
    if (durationSeconds && *durationSeconds < 0)
        return endsBeforeStart();

    if (start->isDate) {
        QDate endDate = start->date.addDays(1);
        if (end)
            endDate = end->date;
        else if (durationSeconds)
            endDate = start->date.addDays(qMax<qint64>(1, *durationSeconds / 86400));
        if (endDate < start->date)
            return endsBeforeStart();
        appointment.setAllDayDates(start->date, qMax(endDate, start->date.addDays(1)),
                                   QString::fromUtf8(m_localZone.id()));
    } else {
        appointment.start = start->utc;
        appointment.timeZone = start->zoneId;
        appointment.end = start->utc.addSecs(3600);
        if (end && !end->isDate)
            appointment.end = end->utc;
        else if (durationSeconds)
            appointment.end = start->utc.addSecs(*durationSeconds);
        if (appointment.end < appointment.start)
            return endsBeforeStart();
        if (appointment.end == appointment.start)
            appointment.end = appointment.start.addSecs(60); // RFC 5545 allows zero length; we need a minute
    }
    // A UTC time that does not repeat is better shown and edited in the user's own zone.
    if (appointment.timeZone == QLatin1String("UTC")
        && !icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY))
        appointment.timeZone = QString::fromUtf8(m_localZone.id());

    if (icalproperty* rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)) {
        icalrecurrencetype recurrence = icalproperty_get_rrule(rule);
        if (appointment.allDay && !icaltime_is_null_time(recurrence.until) && !recurrence.until.is_date) {
            // Exchange ends all-day series with a UTC instant, the midnight after the last day in
            // the organizer's zone (RFC 5545 wants a date): that day is the last one.
            QDate last = dateOf(recurrence.until);
            if (icaltime_is_utc(recurrence.until)) {
                const QDateTime until(last, QTime(recurrence.until.hour, recurrence.until.minute), Qt::UTC);
                last = until.toTimeZone(allDayZone(event)).date();
            }
            recurrence.until = icaltime_null_date();
            recurrence.until.year = last.year();
            recurrence.until.month = last.month();
            recurrence.until.day = last.day();
        }
        char* ruleText = icalrecurrencetype_as_string_r(&recurrence);
        appointment.rrule = QString::fromUtf8(ruleText);
        icalmemory_free_buffer(ruleText);
    }
    // An EXDATE or RECURRENCE-ID names an occurrence by its original start; a date alone names the
    // occurrence on that date.
    const auto occurrenceStart = [&](const Time& time) {
        if (appointment.allDay) {
            const QDate date = time.isDate || time.zoneId != QLatin1String("UTC")
                ? time.date
                : time.utc.toTimeZone(m_localZone).date();
            return QDateTime(date, QTime(0, 0), Qt::UTC);
        }
        if (!time.isDate)
            return time.utc;
        const QTimeZone zone(appointment.timeZone.toUtf8());
        return WallClock::toUtc(time.date, appointment.start.toTimeZone(zone).time(), zone);
    };
    for (icalproperty* exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); exdate;
         exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const std::optional<Time> excluded = readTime(exdate, icalproperty_get_exdate(exdate), &problem);
        if (!excluded)
            return refuse(lineOf(source, QStringLiteral("EXDATE")), problem);
        appointment.exceptionDates.append(occurrenceStart(*excluded));
    }
    // RDATE: more dates of the series, a PERIOD with its own length.
    for (icalproperty* rdate = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); rdate;
         rdate = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype value = icalproperty_get_rdate(rdate);
        const bool isPeriod = !icalperiodtype_is_null_period(value.period);
        const bool hasEnd = isPeriod && !icaltime_is_null_time(value.period.end);
        const std::optional<Time> extra
            = readTime(rdate, isPeriod ? value.period.start : value.time, &problem);
        const std::optional<Time> periodEnd
            = extra && hasEnd ? readTime(rdate, value.period.end, &problem) : std::nullopt;
        if (!extra || (hasEnd && !periodEnd))
            return refuse(lineOf(source, QStringLiteral("RDATE")), problem);
        RecurrenceDate date { occurrenceStart(*extra), {} };
        if (isPeriod && !appointment.allDay && !extra->isDate) {
            date.durationMs = hasEnd ? extra->utc.msecsTo(periodEnd->utc)
                                     : qint64(icaldurationtype_as_int(value.period.duration)) * 1000;
            if (*date.durationMs <= 0)
                return refuse(lineOf(source, QStringLiteral("RDATE")), tr("it ends before it starts."));
        }
        appointment.recurrenceDates.append(date);
    }
    if (icalproperty* recurrenceId = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
        const std::optional<Time> original
            = readTime(recurrenceId, icalproperty_get_recurrenceid(recurrenceId), &problem);
        if (!original)
            return refuse(lineOf(source, QStringLiteral("RECURRENCE-ID")), problem);
        appointment.recurrenceId = occurrenceStart(*original);
        icalparameter* range = icalproperty_get_first_parameter(recurrenceId, ICAL_RANGE_PARAMETER);
        if (range && icalparameter_get_range(range) == ICAL_RANGE_THISANDFUTURE)
            m_thisAndFuture.insert({ appointment.uid, appointment.recurrenceId->toMSecsSinceEpoch() });
    }

    appointment.notes = unescapedText(event, ICAL_DESCRIPTION_PROPERTY);
    if (HtmlNotes::isMarkup(appointment.notes))
        appointment.notes = HtmlNotes::toPlainText(appointment.notes);
    const QString location = unescapedText(event, ICAL_LOCATION_PROPERTY);
    const QString url = text(event, ICAL_URL_PROPERTY);
    const QString meetingLink = looksLikeMeetingLink(url) ? url
        : looksLikeMeetingLink(location)                  ? location
                                                          : conferenceLinkOf(event);
    if (!meetingLink.isEmpty()) {
        appointment.kind = SessionKind::ExternalLink;
        appointment.externalUrl = QUrl(meetingLink);
    }
    if (!location.isEmpty() && location != meetingLink) {
        appointment.notes
            = appointment.notes.isEmpty() ? location : location + QLatin1Char('\n') + appointment.notes;
    }
    bool writtenByVieraugen = false;
    for (icalproperty* x = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); x;
         x = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        const QByteArray name = icalproperty_get_x_name(x);
        const QString value = QString::fromUtf8(icalproperty_get_x(x));
        writtenByVieraugen = writtenByVieraugen || name.startsWith("X-VIERAUGEN-");
        if (name == "X-VIERAUGEN-KIND")
            appointment.kind = Appointment::parseKind(value).value_or(appointment.kind);
        else if (name == "X-VIERAUGEN-SERVER")
            appointment.serverProfileId = value;
        else if (name == "X-VIERAUGEN-ROOM")
            appointment.roomName = value;
        else if (name == "X-VIERAUGEN-STATUS")
            appointment.status = Appointment::parseStatus(value).value_or(appointment.status);
        else if (name == "X-VIERAUGEN-COUNSELOR")
            appointment.counselor = value;
    }
    // Cancelled elsewhere: by the calendar's owner, unless Vieraugen wrote who it was.
    if (text(event, ICAL_STATUS_PROPERTY).compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive) == 0
        && !appointment.isCancelled())
        appointment.status = AppointmentStatus::CancelledByUs;

    const auto isCounselor = [this](const Participant& participant) {
        return m_counselor.matches(participant.email, participant.displayName);
    };
    // Names as written elsewhere turned given name first; Vieraugen's own files keep what was typed.
    const auto participantIn = [writtenByVieraugen](icalproperty* property, const char* address) {
        std::optional<Participant> participant = participantOf(property, address);
        if (participant && !writtenByVieraugen)
            participant->displayName = givenNameFirst(participant->displayName);
        return participant;
    };
    icalproperty* organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY);
    const std::optional<Participant> inviter
        = organizer ? participantIn(organizer, icalproperty_get_organizer(organizer)) : std::nullopt;
    // Another program's meeting names her colleagues, her service's mailbox and rooms beside the
    // clients: none of them is a client. When she organized it, its domain is her organisation's too.
    // Vieraugen's own files name whom the counselor chose, as she chose them.
    const QString herAddress = inviter && isCounselor(*inviter) ? inviter->email : QString();
    const auto isClient = [&](const Participant& participant, icalproperty* property) {
        return writtenByVieraugen
            || (isPerson(property) && !m_counselor.isOfHerOrganisation(participant.email, herAddress));
    };
    bool counselorAttends = false;
    int colleagues = 0;
    for (icalproperty* attendee = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); attendee;
         attendee = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
        const std::optional<Participant> participant
            = participantIn(attendee, icalproperty_get_attendee(attendee));
        if (!participant)
            continue;
        if (isCounselor(*participant)) {
            counselorAttends = true;
            continue;
        }
        // Outlook and Google list the organizer among the attendees too.
        const bool isInviter = !writtenByVieraugen && inviter && !participant->email.isEmpty()
            && participant->email.compare(inviter->email, Qt::CaseInsensitive) == 0;
        if (!isInviter && isClient(*participant, attendee))
            appointment.participants.append(*participant);
        else if (!isInviter && isPerson(attendee))
            ++colleagues; // at her organisation's domain
    }
    // Taken as colleagues by their address alone: she is told, in case one of them is a client.
    if (colleagues == 1)
        m_report.warn(lineOf(source, QStringLiteral("ATTENDEE")), summary,
                      tr("one attendee at your organisation's own domain was taken as a colleague, not as a "
                         "client. If they are a client, add them to the appointment."));
    else if (colleagues > 1)
        m_report.warn(lineOf(source, QStringLiteral("ATTENDEE")), summary,
                      tr("%1 attendees at your organisation's own domain were taken as colleagues, not as "
                         "clients. If one of them is a client, add them to the appointment.")
                          .arg(colleagues));
    // An invitation she received (from a client's Outlook, say): the one who invited her is the
    // other side. Only then: the organizer of a colleague's appointment is no participant.
    if (counselorAttends && appointment.participants.isEmpty() && inviter && !isCounselor(*inviter)
        && isClient(*inviter, organizer))
        appointment.participants.append(*inviter);
    for (icalcomponent* alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT); alarm;
         alarm = icalcomponent_get_next_component(event, ICAL_VALARM_COMPONENT)) {
        icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
        if (!trigger)
            continue;
        const icaltriggertype value = icalproperty_get_trigger(trigger);
        if (icaltime_is_null_time(value.time)) {
            // Summed up in 64 bits: icaldurationtype_as_int() overflows an int for durations
            // beyond 68 years (-P49710DT6H38M16S, 136 years, wraps to 10 minutes).
            const icaldurationtype& duration = value.duration;
            const qint64 length = (qint64(duration.weeks) * 7 + duration.days) * 86400
                + qint64(duration.hours) * 3600 + qint64(duration.minutes) * 60 + duration.seconds;
            const qint64 secondsBefore = duration.is_neg ? length : -length;
            if (secondsBefore >= 0 && secondsBefore <= qint64(ReminderSchedule::longestOffsetMinutes) * 60)
                appointment.reminderMinutes.append(int(secondsBefore / 60));
        }
    }
    if (appointment.title.isEmpty())
        appointment.title = tr("(no title)");
    if (!appointment.rrule.isEmpty() && !Recurrence::validateRule(appointment.rrule, &problem))
        return refuse(lineOf(source, QStringLiteral("RRULE")), problem);
    // The series begins on its rule's first date, as Vieraugen shows it and writes it: read again,
    // an exported file gives back what was imported.
    appointment.startOnFirstRuleDate();
    if (!appointment.validate(&problem))
        return refuse(source.beginLine, problem);
    return appointment;
}
