#include "core/dav/DavReply.h"

#include "core/base/Logging.h"
#include "core/base/SecureUrl.h"
#include "core/dav/DavNames.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

DavReply::DavReply(QNetworkAccessManager& network, Request request, QByteArray authorization, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_authorization(std::move(authorization))
{ }

void DavReply::start()
{
    // Queued, so that even a request refused at once reports after the caller connected.
    QTimer::singleShot(0, this, &DavReply::send);
}

void DavReply::send()
{
    if (!SecureUrl::isEncryptedOrLocal(m_request.url) || !m_request.url.isValid()) {
        finish(DavError(DavError::Kind::InsecureAddress));
        return;
    }
    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(transferTimeoutMs);
    QSslConfiguration tls = request.sslConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    for (const auto& [name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);

    QNetworkReply* reply = m_network.sendCustomRequest(request, m_request.method, m_request.body);
    connect(reply, &QNetworkReply::sslErrors, this, [this] { m_certificateRejected = true; });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > Multistatus::maxBodyBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

bool DavReply::followRedirect(QNetworkReply* reply)
{
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty() || ++m_redirects > maxRedirects)
        return false;
    const QUrl target = m_request.url.resolved(QUrl::fromEncoded(location));
    // Credentials go only where the user pointed us; another host must not receive them.
    if (!sameOrigin(target, m_request.url))
        m_authorization.clear();
    // 303 means "read the answer there"; the other codes repeat the request as it was.
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 303) {
        m_request.method = "GET";
        m_request.body.clear();
    }
    qCDebug(lcDav) << "redirected to host" << target.host();
    m_request.url = target;
    send();
    return true;
}

void DavReply::onReplyFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = status.toInt();
    qCDebug(lcDav) << m_request.method << "to host" << m_request.url.host() << "answered" << m_httpStatus
                   << reply->error();

    if (m_tooLarge) {
        finish(DavError(DavError::Kind::InvalidResponse, m_httpStatus));
        return;
    }
    if (!status.isValid()) {
        const bool certificate
            = m_certificateRejected || reply->error() == QNetworkReply::SslHandshakeFailedError;
        finish(DavError(certificate ? DavError::Kind::Certificate : DavError::Kind::Unreachable));
        return;
    }
    if (isRedirect(m_httpStatus)) {
        if (!followRedirect(reply))
            finish(DavError(DavError::Kind::InvalidResponse, m_httpStatus));
        return;
    }

    m_body = reply->readAll();
    m_etag = QString::fromLatin1(reply->rawHeader("ETag"));
    if (m_request.expectsMultistatus && (m_httpStatus == 405 || m_httpStatus == 501)) {
        // Not a WebDAV server (or not this address): a plain web server refuses PROPFIND.
        finish(DavError(DavError::Kind::InvalidResponse, m_httpStatus));
        return;
    }
    if (m_httpStatus == 403 && Multistatus::namesPrecondition(m_body, DavNames::validSyncToken)) {
        finish(DavError(DavError::Kind::InvalidSyncToken, m_httpStatus));
        return;
    }
    const DavError httpError = DavError::fromHttpStatus(m_httpStatus);
    if (httpError.isError()) {
        finish(httpError);
        return;
    }
    if (m_request.expectsMultistatus) {
        if (m_httpStatus != 207) {
            finish(DavError(DavError::Kind::InvalidResponse, m_httpStatus));
            return;
        }
        m_multistatus = Multistatus::parse(m_body, m_request.url);
        if (!m_multistatus.isValid()) {
            qCWarning(lcDav) << "unreadable multistatus from host" << m_request.url.host() << ":"
                             << m_multistatus.errorString();
            finish(DavError(DavError::Kind::InvalidResponse, m_httpStatus));
            return;
        }
    }
    finish({});
}

void DavReply::finish(const DavError& error)
{
    m_error = error;
    m_authorization.clear();
    Q_EMIT finished();
    deleteLater();
}
