#pragma once

#include "core/calendar/Appointment.h"

#include <QColor>
#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

// How appointments look in every view: one colour per session kind, and a symbol (from fonts
// every system has) for those who cannot tell the colours apart.
class CalendarStyle
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStyle)

public:
    static QColor colorFor(SessionKind kind, AppointmentStatus status);
    static QString symbolFor(SessionKind kind);
    // The kind in words, as a screen reader says it ("video", "phone").
    static QString kindText(SessionKind kind);
    // A mark before the title when the appointment is no longer just planned (held ✓, no-show ✗,
    // cancelled ⊘, started ◐); empty for a planned one.
    static QString statusMark(AppointmentStatus status);
    // The status as a choice in a menu or list ("Held", "Cancelled by the client").
    static QString statusChoice(AppointmentStatus status);
    // Cancelled appointments are struck out.
    static bool isStruckOut(AppointmentStatus status);
    // ↻ for an occurrence of a series, in every view; empty otherwise.
    static QString seriesMark(const QModelIndex& occurrence);
};
