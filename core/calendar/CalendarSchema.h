#pragma once

#include "core/storage/Migration.h"

// The calendar's schema history. Append new steps; never edit a released one.
class CalendarSchema
{
public:
    static MigrationList migrations();
};
