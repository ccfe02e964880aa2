#include "tests/support/ShownCalendar.h"

#include "core/calendar/AppointmentStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"

ShownCalendar::ShownCalendar()
    : calendar(workspace.appointments(), workspace.settings(), workspace.clock(), undo)
{
    calendar.resize(1200, 800);
    calendar.show();
}
