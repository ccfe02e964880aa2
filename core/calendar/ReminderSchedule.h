#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class AppointmentStore;

// When reminders are due: "N minutes before" each occurrence, for every offset the appointment
// carries. Checking a span (last check, now] also finds reminders missed while the app was closed.
class ReminderSchedule
{
public:
    struct Reminder
    {
        QString uid;
        QDateTime recurrenceId; // invalid for single appointments
        QString title;
        QDateTime start; // UTC
        QDateTime due; // UTC
        int minutesBefore = 0;

        friend bool operator==(const Reminder&, const Reminder&) = default;
    };

    // Reminders due in (after, until], oldest first; cancelled appointments remind no one.
    static QList<Reminder> due(const AppointmentStore& store, const QDateTime& after, const QDateTime& until);

    // The longest offset allowed (a week), so the search window knows how far to look ahead.
    static constexpr int longestOffsetMinutes = 7 * 24 * 60;
};
