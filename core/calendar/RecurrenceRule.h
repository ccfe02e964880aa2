#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// The parts of an RRULE (RFC 5545) a counselor sets in the custom repeat editor: how often,
// every how many, on which weekdays, and until when. A rule with anything more (BYMONTHDAY,
// BYSETPOS, WKST, …) came from another calendar; parse() gives nothing for it, and the editor
// keeps it as it is.
class RecurrenceRule
{
public:
    enum class Frequency
    {
        Daily,
        Weekly,
        Monthly,
        Yearly
    };
    enum class End
    {
        Never,
        OnDate,
        AfterCount
    };

    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    QList<Qt::DayOfWeek> weekdays; // weekly rules only; empty: the weekday of the first appointment
    End end = End::Never;
    QDate until; // End::OnDate: the last day an occurrence may fall on
    int count = 0; // End::AfterCount

    // zone reads an UNTIL given in UTC as the local day it falls on.
    static std::optional<RecurrenceRule> parse(const QString& rule, const QTimeZone& zone);
    // The RRULE value. UNTIL is the end of that day in zone, in UTC, as RFC 5545 wants for a
    // series with a time zone; an all-day series gets the date.
    QString toString(const QTimeZone& zone, bool allDay) const;

    friend bool operator==(const RecurrenceRule&, const RecurrenceRule&) = default;
};
