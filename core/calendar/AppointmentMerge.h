#pragma once

#include "core/calendar/Appointment.h"

#include <QList>

// A three-way merge of one appointment — a UID: the appointment or series with its exceptions.
// What "mine" changed relative to the version both sides started from (the base) is applied on top
// of "theirs"; what mine left as it was follows theirs. Only a part both changed, and differently,
// is a conflict: there the merged version has the value of the side preferred (mine unless told).
class AppointmentMerge
{
public:
    // The parts of an appointment that are merged as one: a new time is start and end together.
    enum class Part
    {
        Title,
        When,
        Recurrence,
        Session, // how it is held: kind, server, room, link
        Counselor,
        Reminders,
        Status,
        Notes,
        Participants,
        SessionRecord, // what happened: session times, recordings, purged data
        Calendar, // which calendar it is in
        Dates // an exception of a series added or removed on one side, changed on the other
    };

    enum class Prefer
    {
        Mine,
        Theirs
    };

    struct Result
    {
        QList<Appointment> merged; // empty: removed
        QList<Part> changedByMine; // of the appointment itself, not its exceptions
        QList<Part> conflicts;

        bool hasConflicts() const { return !conflicts.isEmpty(); }
    };

    // base, mine and theirs are each one UID's appointments (series first or not); mine and theirs
    // are not empty. The merged appointments keep theirs' rows and bookkeeping.
    static Result merge(const QList<Appointment>& base, const QList<Appointment>& mine,
                        const QList<Appointment>& theirs, Prefer onConflict = Prefer::Mine);
    // Whether a and b agree in the part.
    static bool samePart(Part part, const Appointment& a, const Appointment& b);
    // Sets the part of to as it is in from (Dates: nothing, they are appointments of their own).
    static void copyPart(Part part, const Appointment& from, Appointment& to);
};
