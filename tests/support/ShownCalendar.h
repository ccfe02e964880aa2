#pragma once

#include "tests/support/TestWorkspace.h"
#include "ui/calendar/CalendarWidget.h"

#include <QUndoStack>

// The calendar as the calendar tests use it: on a fresh workspace with its own undo stack, shown
// large enough (1200×800) for every view to lay out in full. Wait for it to be exposed before use.
struct ShownCalendar
{
    ShownCalendar();

    TestWorkspace workspace;
    QUndoStack undo;
    CalendarWidget calendar;
};
