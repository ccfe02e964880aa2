#pragma once

#include "core/calendar/Appointment.h"
#include "core/calendar/Occurrence.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>

class AppointmentStore;
class QUndoStack;
class QWidget;

// The calendar changed as the counselor changes it, in the calendar and in sessions alike: every
// change one step on the window's undo stack. A session's record written beside the stack was no
// step of its own, and Ctrl+Z after a session took back the import before it instead.
class CalendarChanges
{
    Q_DECLARE_TR_FUNCTIONS(CalendarChanges)

public:
    // What the store refuses (also on a later undo or redo) is said in a warning over window.
    CalendarChanges(AppointmentStore& store, QUndoStack& undoStack, QWidget* window);

    // Everything stored under the UIDs of before and after, from before to after; false (after
    // telling the user) when the store refused it.
    bool change(const QString& text, const QList<Appointment>& before, const QList<Appointment>& after);
    // One date only, as it is stored now: a single appointment, or this date of a series (which
    // becomes or stays an exception of its own). What changes nothing is no step. False (after
    // telling the user) when the date was deleted meanwhile or the store refused the change.
    bool changeDate(const Occurrence& occurrence, const QString& text,
                    const std::function<void(Appointment&)>& change);
    // Held, no-show, cancelled…: one date's status.
    bool setStatus(const Occurrence& occurrence, AppointmentStatus status);
    // What a session records of its date (begun, a recording, ended, held), as changeDate(); one
    // right after the other they are one step, so that one Ctrl+Z takes the session's record back.
    bool recordSession(const Occurrence& occurrence, const QString& text,
                       const std::function<void(Appointment&)>& change);

    // The key that takes the last change back, as status messages name it ("Undo with Ctrl+Z.").
    static QString undoKey();

    // The stored series (or appointment) with one of its dates replaced by changed.
    static QList<Appointment> withDate(const QList<Appointment>& series, const Appointment& changed);

private:
    // With a merge key (and the merged step's text), see ChangeAppointmentCommand::setMergeKey().
    bool change(const QString& text, const QList<Appointment>& before, const QList<Appointment>& after,
                const QString& mergeKey, const QString& mergedText);
    bool changeDate(const Occurrence& occurrence, const QString& text,
                    const std::function<void(Appointment&)>& change, const QString& mergeKey,
                    const QString& mergedText);

    AppointmentStore& m_store;
    QUndoStack& m_undoStack;
    QPointer<QWidget> m_window;
};
