#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// One property of one resource in a multistatus answer, with the status the server gave it
// (a server answers each property separately: 200 for those it has, 404 for the others).
struct DavProperty
{
    int status = 0;
    QString text; // the element's own character data, trimmed (an ETag, a name, calendar data)
    QList<QUrl> hrefs; // every DAV:href inside, resolved against the request's address
    QStringList elements; // Clark names of the elements inside (resource types, privileges, reports)
    QStringList nameAttributes; // "name" attributes inside (CalDAV <comp name="VEVENT"/>)

    bool isFound() const { return status >= 200 && status < 300; }
};

// One <response> of a multistatus: a resource's address and either its own status (a member
// deleted since the last sync, RFC 6578) or its properties.
struct DavResource
{
    QUrl href;
    int status = 0; // 0 when the response carries properties instead
    QHash<QString, DavProperty> properties; // by Clark name

    // The property when the server has it (2xx), else nullptr.
    const DavProperty* found(const QString& clarkName) const
    {
        const auto it = properties.constFind(clarkName);
        return it != properties.constEnd() && it->isFound() ? &*it : nullptr;
    }
    QString text(const QString& clarkName) const
    {
        const DavProperty* property = found(clarkName);
        return property ? property->text : QString();
    }
    bool isGone() const { return status == 404 || status == 410; }
};
