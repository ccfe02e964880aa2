#include "core/dav/CalDavCalendar.h"

#include "core/dav/DavNames.h"

QStringList CalDavCalendar::properties()
{
    return { DavNames::resourceType,
             DavNames::displayName,
             DavNames::calendarColor,
             DavNames::currentUserPrivilegeSet,
             DavNames::getCtag,
             DavNames::syncToken,
             DavNames::supportedReportSet,
             DavNames::supportedCalendarComponentSet };
}

std::optional<CalDavCalendar> CalDavCalendar::fromResource(const DavResource& resource)
{
    const DavProperty* type = resource.found(DavNames::resourceType);
    if (!type || !type->elements.contains(DavNames::calendar))
        return std::nullopt;
    // Servers that say which components a calendar holds may hold tasks only.
    if (const DavProperty* components = resource.found(DavNames::supportedCalendarComponentSet)) {
        if (!components->nameAttributes.contains(QLatin1String("VEVENT"), Qt::CaseInsensitive))
            return std::nullopt;
    }

    CalDavCalendar calendar;
    calendar.url = resource.href;
    calendar.displayName = resource.text(DavNames::displayName);
    if (calendar.displayName.isEmpty())
        calendar.displayName = resource.href.adjusted(QUrl::StripTrailingSlash).fileName();
    // Apple's colours carry an alpha channel ("#RRGGBBAA") nobody uses in a calendar.
    const QString color = resource.text(DavNames::calendarColor);
    if (color.startsWith(QLatin1Char('#')) && (color.size() == 7 || color.size() == 9))
        calendar.color = color.left(7).toLower();
    if (const DavProperty* privileges = resource.found(DavNames::currentUserPrivilegeSet)) {
        calendar.readOnly = !privileges->elements.contains(DavNames::privilegeWrite)
            && !privileges->elements.contains(DavNames::privilegeWriteContent)
            && !privileges->elements.contains(DavNames::privilegeAll);
    }
    calendar.ctag = resource.text(DavNames::getCtag);
    calendar.syncToken = resource.text(DavNames::syncToken);
    if (const DavProperty* reports = resource.found(DavNames::supportedReportSet))
        calendar.supportsSyncCollection = reports->elements.contains(DavNames::syncCollection);
    return calendar;
}
