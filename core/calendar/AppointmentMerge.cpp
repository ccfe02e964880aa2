#include "core/calendar/AppointmentMerge.h"

#include <QMap>

#include <algorithm>
#include <optional>

namespace {

using Part = AppointmentMerge::Part;

constexpr Part fieldParts[]
    = { Part::Title,  Part::When,  Part::Recurrence,   Part::Session,       Part::Counselor, Part::Reminders,
        Part::Status, Part::Notes, Part::Participants, Part::SessionRecord, Part::Calendar };

void addOnce(QList<Part>& parts, Part part)
{
    if (!parts.contains(part))
        parts.append(part);
}

// The appointments of a UID by the date they replace (-1: the appointment or series itself).
QMap<qint64, Appointment> byRecurrenceId(const QList<Appointment>& appointments)
{
    QMap<qint64, Appointment> keyed;
    for (const Appointment& appointment : appointments)
        keyed.insert(appointment.recurrenceId ? appointment.recurrenceId->toMSecsSinceEpoch() : -1,
                     appointment);
    return keyed;
}

// One appointment of the UID on both sides; without a base (added on both), every part counts as
// changed on both.
Appointment mergeOne(const std::optional<Appointment>& base, const Appointment& mine,
                     const Appointment& theirs, AppointmentMerge::Prefer onConflict,
                     QList<Part>* changedByMine, QList<Part>& conflicts)
{
    Appointment merged = theirs;
    for (const Part part : fieldParts) {
        const bool mineChanged = !base || !AppointmentMerge::samePart(part, *base, mine);
        const bool theirsChanged = !base || !AppointmentMerge::samePart(part, *base, theirs);
        if (!mineChanged)
            continue;
        if (changedByMine)
            addOnce(*changedByMine, part);
        if (theirsChanged && !AppointmentMerge::samePart(part, mine, theirs)) {
            addOnce(conflicts, part);
            if (onConflict == AppointmentMerge::Prefer::Theirs)
                continue;
        }
        AppointmentMerge::copyPart(part, mine, merged);
    }
    return merged;
}

} // namespace

void AppointmentMerge::copyPart(Part part, const Appointment& from, Appointment& to)
{
    switch (part) {
    case Part::Title:
        to.title = from.title;
        break;
    case Part::When:
        to.start = from.start;
        to.end = from.end;
        to.timeZone = from.timeZone;
        to.allDay = from.allDay;
        to.startDate = from.startDate;
        to.endDate = from.endDate;
        break;
    case Part::Recurrence:
        to.rrule = from.rrule;
        to.recurrenceDates = from.recurrenceDates;
        to.exceptionDates = from.exceptionDates;
        break;
    case Part::Session:
        to.kind = from.kind;
        to.serverProfileId = from.serverProfileId;
        to.roomName = from.roomName;
        to.externalUrl = from.externalUrl;
        break;
    case Part::Counselor:
        to.counselor = from.counselor;
        break;
    case Part::Reminders:
        to.reminderMinutes = from.reminderMinutes;
        break;
    case Part::Status:
        to.status = from.status;
        break;
    case Part::Notes:
        to.notes = from.notes;
        break;
    case Part::Participants:
        to.participants = from.participants;
        break;
    case Part::Calendar:
        to.calendarId = from.calendarId;
        break;
    case Part::SessionRecord:
        to.sessionStarted = from.sessionStarted;
        to.sessionEnded = from.sessionEnded;
        to.sessionFacts = from.sessionFacts;
        to.personalDataPurged = from.personalDataPurged;
        break;
    case Part::Dates:
        break;
    }
}

bool AppointmentMerge::samePart(Part part, const Appointment& a, const Appointment& b)
{
    Appointment withA = b;
    AppointmentMerge::copyPart(part, a, withA);
    return withA == b;
}

AppointmentMerge::Result AppointmentMerge::merge(const QList<Appointment>& base,
                                                 const QList<Appointment>& mine,
                                                 const QList<Appointment>& theirs, Prefer onConflict)
{
    Result result;
    const QMap<qint64, Appointment> baseById = byRecurrenceId(base);
    const QMap<qint64, Appointment> mineById = byRecurrenceId(mine);
    const QMap<qint64, Appointment> theirsById = byRecurrenceId(theirs);
    QList<qint64> keys = baseById.keys() + mineById.keys() + theirsById.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    for (const qint64 key : std::as_const(keys)) {
        const auto find = [key](const QMap<qint64, Appointment>& side) {
            const auto it = side.constFind(key);
            return it == side.constEnd() ? std::nullopt : std::optional(*it);
        };
        const std::optional<Appointment> was = find(baseById);
        const std::optional<Appointment> ours = find(mineById);
        const std::optional<Appointment> other = find(theirsById);
        if (ours && other) {
            result.merged.append(mergeOne(was, *ours, *other, onConflict,
                                          key == -1 ? &result.changedByMine : nullptr, result.conflicts));
            continue;
        }
        // On one side only: added there, or removed on the other. A removal wins over a side that
        // left the appointment as it was, and collides with one that changed it.
        const std::optional<Appointment>& kept = ours ? ours : other;
        if (!kept)
            continue; // removed on both
        if (!was) {
            result.merged.append(*kept); // added on one side
            continue;
        }
        if (!was->plansTheSameAs(*kept)) {
            addOnce(result.conflicts, Part::Dates);
            // Preferred, the side that changed it keeps it; the side that removed it, removed.
            if (onConflict == Prefer::Mine ? bool(ours) : bool(other))
                result.merged.append(*kept);
        }
    }
    return result;
}
