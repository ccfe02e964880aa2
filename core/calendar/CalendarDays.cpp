#include "core/calendar/CalendarDays.h"

qint64 CalendarDays::between(const QDateTime& from, const QDateTime& to)
{
    return from.toLocalTime().date().daysTo(to.toLocalTime().date());
}
