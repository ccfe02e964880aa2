#include "core/dav/DavClient.h"

#include "core/dav/DavRequestBody.h"

namespace {

const QByteArray xmlContentType = QByteArrayLiteral("application/xml; charset=utf-8");

QByteArray depthHeader(int depth)
{
    return depth == 0 ? QByteArrayLiteral("0") : QByteArrayLiteral("1");
}

} // namespace

DavClient::DavClient(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

void DavClient::setCredentials(const QString& user, const QString& password)
{
    m_authorization = QByteArrayLiteral("Basic ") + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

DavReply* DavClient::start(DavReply::Request request)
{
    auto* reply = new DavReply(m_network, std::move(request), m_authorization, this);
    ++m_requestCount;
    reply->start();
    return reply;
}

DavReply* DavClient::propfind(const QUrl& url, int depth, const QStringList& properties)
{
    // return=minimal (RFC 7240) spares the 404 propstats for properties a server lacks.
    return start({ "PROPFIND",
                   url,
                   DavRequestBody::propfind(properties),
                   xmlContentType,
                   { { "Depth", depthHeader(depth) }, { "Prefer", "return=minimal" } },
                   true });
}

DavReply* DavClient::calendarMultiget(const QUrl& calendar, const QList<QUrl>& events)
{
    return start({ "REPORT",
                   calendar,
                   DavRequestBody::calendarMultiget(events),
                   xmlContentType,
                   { { "Depth", "1" } },
                   true });
}

DavReply* DavClient::syncCollection(const QUrl& calendar, const QString& syncToken)
{
    return start({ "REPORT",
                   calendar,
                   DavRequestBody::syncCollection(syncToken),
                   xmlContentType,
                   { { "Depth", "0" } },
                   true });
}

DavReply* DavClient::calendarQuery(const QUrl& calendar, const QDateTime& from, const QDateTime& to)
{
    return start({ "REPORT",
                   calendar,
                   DavRequestBody::calendarQuery(from, to),
                   xmlContentType,
                   { { "Depth", "1" } },
                   true });
}

DavReply* DavClient::get(const QUrl& url)
{
    return start({ "GET", url, {}, {}, {}, false });
}

DavReply* DavClient::put(const QUrl& url, const QByteArray& icalendar, const QString& ifMatchEtag)
{
    const std::pair<QByteArray, QByteArray> condition = ifMatchEtag.isEmpty()
        ? std::pair<QByteArray, QByteArray>("If-None-Match", "*")
        : std::pair<QByteArray, QByteArray>("If-Match", ifMatchEtag.toLatin1());
    return start(
        { "PUT", url, icalendar, QByteArrayLiteral("text/calendar; charset=utf-8"), { condition }, false });
}

DavReply* DavClient::remove(const QUrl& url, const QString& ifMatchEtag)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!ifMatchEtag.isEmpty())
        headers.append({ "If-Match", ifMatchEtag.toLatin1() });
    return start({ "DELETE", url, {}, {}, headers, false });
}
