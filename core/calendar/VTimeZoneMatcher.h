#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <functional>

// The IANA zone a calendar file means when it defines a zone under a name of its own, such as
// Outlook's "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien": the zone whose UTC
// offsets and transitions equal the file's over the years in question. Zones the file hints at
// (X-LIC-LOCATION, cities in the name) are tried first, then the computer's own zone, then the
// zones Windows knows, then all.
class VTimeZoneMatcher
{
public:
    // The file's UTC offset (seconds east of UTC) at an instant.
    using OffsetAt = std::function<int(const QDateTime& utc)>;

    // The years compared, from firstYear on: enough to tell zones apart (rules change every few
    // decades at most), while each year costs a day-by-day walk per candidate zone. A time in the
    // year 4346 made the comparison walk 2,300 years, long enough to freeze an import.
    static constexpr int maximumYears = 40;
    // The latest year compared. A file's zone rules repeat unchanged beyond any year its author
    // had in mind, and libical expands a VTIMEZONE from its first year to each year asked for, anew
    // for every later year: a time in the year 3026 made an import take 107 s.
    static constexpr int latestYear = 2100;

    // Compares the years from firstYear to lastYear, at most maximumYears of them and none after
    // latestYear (a file using only later years is compared over the years before it).
    VTimeZoneMatcher(OffsetAt offsetAt, int firstYear, int lastYear);

    // An invalid zone when none matches.
    QTimeZone match(const QString& tzid, const QStringList& hintedIds, const QTimeZone& localZone) const;

private:
    struct Transition
    {
        qint64 atSecs; // UTC
        int offset; // from then on
    };

    // The file's transitions, found day by day and narrowed down to the second.
    QList<Transition> fileTransitions() const;
    bool matches(const QTimeZone& zone) const;
    static QList<QByteArray> namedZones(const QString& tzid);

    OffsetAt m_offsetAt;
    QDateTime m_from;
    QDateTime m_to;
    int m_initialOffset;
    QList<Transition> m_transitions;
};
