#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

struct icalrecurrencetype;

// RFC 5545 recurrence rules, expanded by libical in the appointment's own wall-clock time and
// converted to UTC afterwards, so that a weekly 09:00 session stays at 09:00 across DST.
class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)

public:
    // Guards against rules such as FREQ=SECONDLY that would never end in practice.
    static constexpr int maxOccurrencesPerQuery = 5000;

    // rule is an RRULE value without the "RRULE:" prefix.
    static bool validateRule(const QString& rule, QString* errorMessage);
    // Whether the rule repeats more often than daily (hourly, or finer from other programs).
    static bool isSubDaily(const QString& rule);

    // Whether libical can be given the rule to iterate. libical 3.0 flaw (upstream):
    // icalrecur_iterator_new() never returns for a monthly rule whose BYDAY names a week the month
    // does not have (input shape "FREQ=MONTHLY;BYDAY=6FR", also "-53FR", with or without UNTIL): it
    // searches for a first occurrence that cannot exist. RFC 5545 allows weeks ±1..5 of a month
    // and ±1..53 of a year; rules naming others are refused before libical iterates them. Likewise
    // a monthly BYSETPOS beyond the dates its rule selects in a month ("FREQ=MONTHLY;BYSETPOS=2",
    // "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-6") made icalrecur_iterator_new() search 2–3 s to its year 2582.
    static bool libicalCanIterate(const icalrecurrencetype& recurrence);

    // UTC starts of the occurrences that begin in [fromUtc, toUtc).
    static QList<QDateTime> starts(const QString& rule, const QDateTime& firstStartUtc, const QTimeZone& zone,
                                   const QDateTime& fromUtc, const QDateTime& toUtc);
    // Dates of an all-day series that fall in [from, to).
    static QList<QDate> dates(const QString& rule, const QDate& first, const QDate& from, const QDate& to);

    // A rule cut in two at an occurrence: the rule of the occurrences before it and the rule of
    // those from it on, each with its share of a COUNT.
    struct Split
    {
        QString precedingRule;
        QString followingRule;
        int countBefore = 0;
    };
    static Split splitAt(const QString& rule, const QDateTime& firstStartUtc, const QTimeZone& zone,
                         const QDateTime& splitAtUtc);
    static Split splitAt(const QString& rule, const QDate& first, const QDate& splitDate);

    // The start of the first occurrence: later than firstStartUtc when the rule skips that day (every
    // other Tue + Thu from a Monday). Nothing when the rule gives no date.
    static std::optional<QDateTime> firstStart(const QString& rule, const QDateTime& firstStartUtc,
                                               const QTimeZone& zone);
    static std::optional<QDate> firstDate(const QString& rule, const QDate& first);

    // The start of the last occurrence, or nothing when the series never ends.
    static std::optional<QDateTime> lastStart(const QString& rule, const QDateTime& firstStartUtc,
                                              const QTimeZone& zone);
    static std::optional<QDate> lastDate(const QString& rule, const QDate& first);
};
