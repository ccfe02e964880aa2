#pragma once

#include "core/calendar/Appointment.h"

#include <QColor>
#include <QString>

// How appointments look in every view: one colour per session kind, and a symbol (from fonts
// every system has) for those who cannot tell the colours apart.
class CalendarStyle
{
public:
    static QColor colorFor(SessionKind kind, AppointmentStatus status);
    static QString symbolFor(SessionKind kind);
};
