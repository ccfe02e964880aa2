#pragma once

#include "core/dav/DavReply.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

// The WebDAV/CalDAV requests Vieraugen makes, on Qt Network: each call starts a request at once
// and returns its DavReply (see there: finished() once, deletes itself). Nothing blocks. The
// password is sent as HTTP Basic over TLS (or to this computer), never logged; addresses that are
// neither are refused before anything is sent.
class DavClient : public QObject
{
    Q_OBJECT

public:
    explicit DavClient(QNetworkAccessManager& network, QObject* parent = nullptr);

    void setCredentials(const QString& user, const QString& password);

    DavReply* propfind(const QUrl& url, int depth, const QStringList& properties);
    DavReply* calendarMultiget(const QUrl& calendar, const QList<QUrl>& events);
    // RFC 6578; an expired token ends in DavError::InvalidSyncToken (start over with an empty one).
    DavReply* syncCollection(const QUrl& calendar, const QString& syncToken);
    DavReply* calendarQuery(const QUrl& calendar, const QDateTime& from, const QDateTime& to);
    DavReply* get(const QUrl& url);
    // With an ETag: replace exactly that version (If-Match). Without: create, and fail with
    // PreconditionFailed if something already lives there (If-None-Match: *).
    DavReply* put(const QUrl& url, const QByteArray& icalendar, const QString& ifMatchEtag);
    // With an ETag, only that version is deleted.
    DavReply* remove(const QUrl& url, const QString& ifMatchEtag);

    // Requests sent so far, redirects not counted; lets tests and benchmarks check how chatty a
    // sync is.
    int requestCount() const { return m_requestCount; }

private:
    DavReply* start(DavReply::Request request);

    QNetworkAccessManager& m_network;
    QByteArray m_authorization;
    int m_requestCount = 0;
};
