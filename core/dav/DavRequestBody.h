#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrl>

// The XML bodies of the WebDAV and CalDAV requests Vieraugen sends, written with
// QXmlStreamWriter so every name carries its namespace and every href is escaped.
class DavRequestBody
{
public:
    // PROPFIND for these properties (Clark names, see DavNames).
    static QByteArray propfind(const QStringList& properties);
    // RFC 4791 §7.9 calendar-multiget: ETag and calendar data of these events.
    static QByteArray calendarMultiget(const QList<QUrl>& events);
    // RFC 6578 sync-collection: what changed since the token (everything for an empty token).
    static QByteArray syncCollection(const QString& syncToken);
    // RFC 4791 §7.8 calendar-query: ETags of the events overlapping [from, to).
    static QByteArray calendarQuery(const QDateTime& from, const QDateTime& to);
};
