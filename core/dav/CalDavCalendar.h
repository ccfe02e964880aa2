#pragma once

#include "core/dav/DavResource.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// A calendar collection on a CalDAV server as discovery found it.
struct CalDavCalendar
{
    QUrl url;
    QString displayName; // the collection's last path segment when the server names none
    QString color; // "#rrggbb", empty when the server has none
    bool readOnly = false; // from current-user-privilege-set; writable when the server says nothing
    QString ctag; // CalendarServer getctag: changes whenever anything in the calendar does
    QString syncToken; // RFC 6578 token of the current state
    bool supportsSyncCollection = false;

    // The properties discovery asks for to fill one in.
    static QStringList properties();
    // The calendar a PROPFIND response describes; nothing for other collections (the principal,
    // address books, task-only lists).
    static std::optional<CalDavCalendar> fromResource(const DavResource& resource);
};
