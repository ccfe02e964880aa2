#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

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

    // The start of the last occurrence, or nothing when the series never ends.
    static std::optional<QDateTime> lastStart(const QString& rule, const QDateTime& firstStartUtc,
                                              const QTimeZone& zone);
    static std::optional<QDate> lastDate(const QString& rule, const QDate& first);
};
