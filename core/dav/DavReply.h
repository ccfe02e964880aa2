#pragma once

#include "core/dav/DavError.h"
#include "core/dav/Multistatus.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One WebDAV request and its answer. DavClient makes it and starts it; it emits finished()
// exactly once, always after the caller had the chance to connect (even when the request is
// refused before anything is sent), and deletes itself afterwards: read it inside the slot.
// Redirects are followed here (up to maxRedirects), each hop checked like the first address.
class DavReply : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool expectsMultistatus = false;
    };

    // A server that redirects more often than this is misconfigured (RFC 6764 discovery needs one).
    static constexpr int maxRedirects = 5;
    // A request that moves no byte for this long counts as the server being unreachable. Servers
    // build a whole multistatus before sending its first byte: Radicale listing 5,000 events on a
    // busy machine needed more than 30 s.
    static constexpr int transferTimeoutMs = 120000;

    DavReply(QNetworkAccessManager& network, Request request, QByteArray authorization, QObject* parent);

    DavError error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    // The address that answered, after redirects.
    QUrl url() const { return m_request.url; }
    QByteArray body() const { return m_body; }
    // The ETag header, quotes kept (it is sent back verbatim in If-Match).
    QString etag() const { return m_etag; }
    const Multistatus& multistatus() const { return m_multistatus; }

Q_SIGNALS:
    void finished();

private:
    friend class DavClient;
    void start();
    void send();
    void onReplyFinished(QNetworkReply* reply);
    bool followRedirect(QNetworkReply* reply);
    void finish(const DavError& error);

    QNetworkAccessManager& m_network;
    Request m_request;
    QByteArray m_authorization;
    int m_redirects = 0;
    bool m_tooLarge = false;
    bool m_certificateRejected = false;

    DavError m_error;
    int m_httpStatus = 0;
    QByteArray m_body;
    QString m_etag;
    Multistatus m_multistatus;
};
