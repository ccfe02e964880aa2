#pragma once

#include <QDateTime>

// Days as the calendar counts them, in local time: next Monday at 08:00 is in 7 days on this Monday
// afternoon, not the 6 whole days between. Whatever says "in N days" counts with it, so that the
// "Next appointment" card and the question before an early start name the same number.
class CalendarDays
{
public:
    // The dates crossed from from to to; negative when to lies before from.
    static qint64 between(const QDateTime& from, const QDateTime& to);
};
