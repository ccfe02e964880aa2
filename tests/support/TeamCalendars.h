#pragma once

#include "core/sync/CalDavAccount.h"
#include "core/sync/TeamCalendar.h"

class SyncStore;

// Team calendars on a made-up server (https://cloud.example.org/dav/, never contacted), stored in
// a calendar file as discovery stores them, for tests that need a team calendar but no server.
namespace TeamCalendars {

// The account of user, shown as displayName; an empty id when it could not be stored.
CalDavAccount addAccount(SyncStore& sync, const QString& user, const QString& displayName);
// The calendar name of the account, at calendars/<user>/<name in lower case>/; an empty id when it
// could not be stored.
TeamCalendar addCalendar(SyncStore& sync, const CalDavAccount& account, const QString& name,
                         const QString& color = {}, bool readOnly = false);

} // namespace TeamCalendars
