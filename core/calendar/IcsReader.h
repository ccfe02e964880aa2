#pragma once

#include "core/calendar/Appointment.h"
#include "core/calendar/IcsImportReport.h"
#include "core/settings/CounselorIdentity.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <optional>

typedef struct icalcomponent_impl icalcomponent;
typedef struct icalproperty_impl icalproperty;
typedef struct _icaltimezone icaltimezone;
struct icaltimetype;

// Reads iCalendar files the way real clients write them. One flaw in a property Vieraugen can do
// without (an empty or unreadable LOCATION, GEO, ATTACH, X-…) leaves out that property with a
// warning; an event that makes no sense without what is missing (no start, an unreadable rule or
// time, an end before the start) is refused on its own. Only a file that is no calendar at all
// is refused as a whole. Every finding names its line.
class IcsReader
{
    Q_DECLARE_TR_FUNCTIONS(IcsReader)

public:
    // A year of appointments with long notes takes a few MB; reading costs about twenty times
    // the file's size in memory, so 20 MB keep an import within a few hundred MB.
    static constexpr qint64 maxFileBytes = 20 * 1024 * 1024;
    // One content line, unfolded. libical's parser takes time with the square of a line's
    // length (1 MB: 0.1 s, 20 MB: a minute); notes are far shorter, and what is longer (inline
    // attachments, ATTACH;ENCODING=BASE64) Vieraugen does not use.
    static constexpr qsizetype maxLineChars = 1024 * 1024;
    // As many appointments as the calendar keeps at hand at once (AppointmentStore's cache).
    static constexpr int maxEvents = 20000;
    // Real zones change their clocks at most twice a year, some four times (Ramadan). libical
    // computes every change of a VTIMEZONE from its first observance on, so a rule that repeats
    // every second (FREQ=SECONDLY) would keep an import busy for hours.
    static constexpr int maxZoneChangesPerYear = 12;

    // Why a file above maxFileBytes is refused.
    static QString fileTooLarge();

    // Floating times (no zone) are read in localZone. The counselor named in an event (as its
    // organizer or an attendee) is left out of its participants, and so are, in other programs'
    // files, her organisation's addresses, rooms and resources, and the organizer listed among the
    // attendees; when she is an attendee and no one else is, the organizer who invited her is the
    // participant.
    IcsReader(const QTimeZone& localZone, IcsImportReport& report, const CounselorIdentity& counselor = {});

    // The events that could be read, in file order; what was left out is in the report.
    QList<Appointment> read(const QByteArray& ics);

private:
    struct SourceLine
    {
        int number;
        QString name; // upper case
        QString text;
    };
    // The lines of one VEVENT (with its alarms), to name lines in findings.
    struct EventSource
    {
        int beginLine = 0;
        QList<SourceLine> lines;
    };
    // A DTSTART, DTEND, EXDATE or RECURRENCE-ID value.
    struct Time
    {
        bool isDate = false;
        QDate date; // as written: the wall-clock date, or the date of a DATE value
        QDateTime utc; // for date-times
        QString zoneId; // the IANA zone the time is planned in
    };
    // A TZID as this file uses it.
    struct Zone
    {
        QTimeZone zone; // invalid: only the file's VTIMEZONE knows it
        QString zoneId; // where the appointment repeats
    };

    // Checks the structure (fatal problems end up in the report) and returns what libical may
    // parse: unfolded, without the lines that are no iCalendar lines.
    std::optional<QByteArray> scan(const QByteArray& ics);
    std::optional<Appointment> readEvent(icalcomponent* event, const EventSource& source);
    // libical's complaints about properties it dropped; false if one of them makes the event
    // meaningless (and refuses it).
    bool acceptParseErrors(icalcomponent* component, const EventSource& source, const QString& summary);
    std::optional<Time> readTime(icalproperty* property, const icaltimetype& value, QString* problem);
    std::optional<Zone> zoneFor(const QString& tzid, icalcomponent* calendar, QString* problem);
    // False (with the reason) for a VTIMEZONE whose rules change the clocks more often than
    // maxZoneChangesPerYear: libical is never asked to expand it.
    bool zoneChangesAreBounded(const QString& tzid, icaltimezone* defined, QString* problem) const;
    // Which years the file uses each TZID in, and whether it repeats anything.
    void noteZoneUse(const QString& name, const QString& line, const QString& value);
    QTimeZone matchingZone(const QString& tzid, icaltimezone* defined) const;
    QTimeZone allDayZone(icalcomponent* event);
    // RECURRENCE-ID;RANGE=THISANDFUTURE: the series ends before the changed date, and a series
    // of its own (UID "<series>/from-<date>") carries the change on from there.
    void splitSeriesChangedFromThenOn(QList<Appointment>& appointments) const;

    // An ATTENDEE or ORGANIZER with the address given as its value; nothing when it names no one.
    static std::optional<Participant> participantOf(icalproperty* property, const char* address);
    // Whether an ATTENDEE is someone who takes part: no room or resource, not only informed.
    static bool isPerson(icalproperty* attendee);
    static int lineOf(const EventSource& source, const QString& name, const QString& value = QString());
    static bool isTimeProperty(const QString& name);

    QTimeZone m_localZone;
    IcsImportReport& m_report;
    CounselorIdentity m_counselor;
    QList<EventSource> m_events;
    icalcomponent* m_calendar = nullptr; // of the event being read, for its VTIMEZONEs
    QHash<QString, int> m_zoneLines; // TZID → line of its VTIMEZONE
    QHash<QString, std::pair<int, int>> m_zoneYears; // TZID → first and last year it is used in
    bool m_fileHasSeries = false;
    QSet<std::pair<QString, qint64>> m_thisAndFuture; // UID and RECURRENCE-ID of changes from then on
    QHash<QString, Zone> m_zones;
};
