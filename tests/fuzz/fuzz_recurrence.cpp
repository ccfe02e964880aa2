// Recurrence rules (RRULE values) from .ics files, CalDAV servers and the repetition editor,
// validated and expanded as the views and the series index do.
#include "core/calendar/Recurrence.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput::ensureApplication();
    const QString rule = QString::fromUtf8(FuzzInput::bytes(data, size));
    static const QTimeZone zone("Europe/Berlin");
    static const QDateTime first(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    if (!Recurrence::validateRule(rule, nullptr))
        return 0;
    Recurrence::starts(rule, first, zone, first.addDays(300), first.addDays(400));
    Recurrence::lastStart(rule, first, zone);
    Recurrence::lastDate(rule, first.date());
    Recurrence::dates(rule, first.date(), first.date(), first.date().addYears(2));
    Recurrence::splitAt(rule, first, zone, first.addDays(30));
    return 0;
}
