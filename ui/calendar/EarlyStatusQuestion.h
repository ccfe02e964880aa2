#pragma once

#include "core/calendar/Appointment.h"

#include <QCoreApplication>

class QDateTime;
class QWidget;

// Whether a session was held, or the client stayed away, is known only afterwards: marking a date
// still to come so asks first, from the calendar's menu and from the appointment's form alike (a
// slip recorded a session that never took place, without a word).
class EarlyStatusQuestion
{
    Q_DECLARE_TR_FUNCTIONS(EarlyStatusQuestion)

public:
    // Whether the date (one appointment, or one date of a series as it stands alone) may get the
    // status: yes when the status tells nothing of the date having passed, when it is over, or when
    // the user says so.
    static bool allows(QWidget* parent, const Appointment& date, AppointmentStatus status,
                       const QDateTime& nowUtc);
};
