#pragma once

#include "core/dav/DavResource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// A WebDAV 207 Multi-Status body (RFC 4918 §13, with RFC 6578's sync-token), parsed by a pure
// function of the bytes so a fuzz target can call it directly. Namespaces are resolved (servers
// bind any prefix), every property keeps its own propstat status, and hrefs are resolved against
// the address the request went to.
class Multistatus
{
public:
    // The largest body read. The biggest answer we ask for is a calendar-multiget of one batch of
    // events; 64 MiB is far beyond any real batch (a year of a busy practice is a few MiB) while
    // keeping a broken or hostile server from growing our memory without end.
    static constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;
    // The deepest element nesting accepted. Real answers nest about 8 deep
    // (multistatus/response/propstat/prop/supported-report-set/supported-report/report/name);
    // the limit stops pathological nesting from costing time and stack in whoever reads it.
    static constexpr int maxElementDepth = 32;

    static Multistatus parse(const QByteArray& body, const QUrl& requestUrl);
    // True when an error body (RFC 4918 §16 <DAV:error>) names the precondition, e.g.
    // DavNames::validSyncToken; bounded like parse().
    static bool namesPrecondition(const QByteArray& body, const QString& clarkName);

    bool isValid() const { return m_error.isEmpty(); }
    // Technical, for logs and tests; the user sees DavError::InvalidResponse.
    QString errorString() const { return m_error; }
    const QList<DavResource>& resources() const { return m_resources; }
    // RFC 6578: the token to send next time; empty unless the answer was a sync-collection report.
    QString syncToken() const { return m_syncToken; }
    // The resource at this address (trailing slashes ignored), or nullptr.
    const DavResource* resource(const QUrl& url) const;

private:
    QList<DavResource> m_resources;
    QString m_syncToken;
    QString m_error;
};
