#include "core/calendar/Occurrence.h"

Appointment Occurrence::standalone() const
{
    Appointment single = *appointment;
    if (single.recurrenceId || !recurrenceId.isValid())
        return single;
    single.id = 0;
    single.recurrenceId = recurrenceId;
    single.clearRecurrence();
    if (single.allDay) {
        single.startDate = date;
        single.endDate = endDate;
    } else {
        single.start = start;
        single.end = end;
    }
    return single;
}

QString Occurrence::key() const
{
    return appointment->uid + QLatin1Char('|')
        + QString::number(recurrenceId.isValid() ? recurrenceId.toMSecsSinceEpoch()
                                                 : start.toMSecsSinceEpoch());
}
