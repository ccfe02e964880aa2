#include "core/calendar/ReminderSchedule.h"

#include "core/calendar/AppointmentStore.h"

#include <algorithm>

QList<ReminderSchedule::Reminder> ReminderSchedule::due(const AppointmentStore& store, const QDateTime& after,
                                                        const QDateTime& until)
{
    QList<Reminder> result;
    if (until <= after)
        return result;
    // An occurrence reminds at start - offset; those due in the span start at most a week later.
    const QList<Occurrence> occurrences = store.occurrences(after, until.addSecs(longestOffsetMinutes * 60));
    for (const Occurrence& occurrence : occurrences) {
        const Appointment& appointment = *occurrence.appointment;
        // Begun early or settled: a reminder would only offer to start it again.
        if (appointment.isSettled() || appointment.status == AppointmentStatus::Started
            || occurrence.start <= after)
            continue;
        for (int minutes : appointment.reminderMinutes) {
            const QDateTime due = occurrence.start.addSecs(-qint64(minutes) * 60);
            if (due > after && due <= until)
                result.append({ appointment.uid, occurrence.recurrenceId, appointment.title, occurrence.start,
                                due, minutes });
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Reminder& a, const Reminder& b) { return a.due < b.due; });
    return result;
}
