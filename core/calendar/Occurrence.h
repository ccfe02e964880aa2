#pragma once

#include "core/calendar/Appointment.h"

#include <memory>

// One appearance of an appointment in a view: a single appointment, or one date of a series.
struct Occurrence
{
    std::shared_ptr<const Appointment> appointment;
    QDateTime start; // UTC
    QDateTime end; // UTC
    QDate date; // all-day items: the first day
    QDate endDate; // all-day items: the day after the last
    // Series only: the occurrence's original start, which identifies it (RFC 5545 RECURRENCE-ID).
    QDateTime recurrenceId;

    bool isAllDay() const { return appointment->allDay; }
    // The appointment as it stands on this date alone: for a date of a series, the exception
    // that replaces it (RFC 5545 RECURRENCE-ID), new or already stored; otherwise the appointment.
    Appointment standalone() const;
    // Which date this is, as text: the appointment's UID and the date's original start.
    QString key() const;
};
