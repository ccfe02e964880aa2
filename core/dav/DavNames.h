#pragma once

#include <QLatin1String>

// The WebDAV and CalDAV element names Vieraugen uses, in Clark notation ("{namespace}local"), the
// form Multistatus keys properties by: a server may bind any prefix to a namespace.
namespace DavNames {
inline constexpr QLatin1String href("{DAV:}href");
inline constexpr QLatin1String resourceType("{DAV:}resourcetype");
inline constexpr QLatin1String displayName("{DAV:}displayname");
inline constexpr QLatin1String getEtag("{DAV:}getetag");
inline constexpr QLatin1String syncToken("{DAV:}sync-token");
inline constexpr QLatin1String validSyncToken("{DAV:}valid-sync-token");
inline constexpr QLatin1String syncCollection("{DAV:}sync-collection");
inline constexpr QLatin1String currentUserPrincipal("{DAV:}current-user-principal");
inline constexpr QLatin1String currentUserPrivilegeSet("{DAV:}current-user-privilege-set");
inline constexpr QLatin1String supportedReportSet("{DAV:}supported-report-set");
inline constexpr QLatin1String privilegeAll("{DAV:}all");
inline constexpr QLatin1String privilegeWrite("{DAV:}write");
inline constexpr QLatin1String privilegeWriteContent("{DAV:}write-content");
inline constexpr QLatin1String calendar("{urn:ietf:params:xml:ns:caldav}calendar");
inline constexpr QLatin1String calendarData("{urn:ietf:params:xml:ns:caldav}calendar-data");
inline constexpr QLatin1String calendarHomeSet("{urn:ietf:params:xml:ns:caldav}calendar-home-set");
inline constexpr QLatin1String
    supportedCalendarComponentSet("{urn:ietf:params:xml:ns:caldav}supported-calendar-component-set");
inline constexpr QLatin1String calendarColor("{http://apple.com/ns/ical/}calendar-color");
inline constexpr QLatin1String getCtag("{http://calendarserver.org/ns/}getctag");
} // namespace DavNames
