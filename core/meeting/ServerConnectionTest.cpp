#include "core/meeting/ServerConnectionTest.h"

#include "core/base/Logging.h"
#include "core/meeting/JitsiLink.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

ServerConnectionTest::ServerConnectionTest(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

void ServerConnectionTest::run(const ServerProfile& profile, bool hasAppSecret)
{
    QString problem;
    if (!ServerProfile::validateUrl(profile.baseUrl, &problem)) {
        QMetaObject::invokeMethod(
            this, [this, problem] { Q_EMIT finished(false, problem); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(JitsiLink::externalApiUrl(profile.baseUrl));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply* reply = m_network->get(request);
    const bool needsSecret = profile.auth == ServerProfile::AuthMode::Jwt && !hasAppSecret;
    const bool withoutAuthentication = profile.auth == ServerProfile::AuthMode::None;
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, needsSecret, withoutAuthentication] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString where = reply->url().toString();
        QString message;
        bool ok = false;
        if (reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError) {
            message = tr("The server did not answer within %n seconds. Check the address and your internet "
                         "connection.",
                         nullptr, m_timeoutMs / 1000);
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            message = tr("The server's certificate is not trusted (%1). Vieraugen only connects to servers "
                         "with a "
                         "valid certificate; ask the server's administrator.")
                          .arg(reply->errorString());
        } else if (status != 0 && status != 200) {
            message
                = tr("The server answered %1 for %2. Check the address: it should be the page where meetings "
                     "start, e.g. https://meet.example.org.")
                      .arg(status)
                      .arg(where);
        } else if (reply->error() != QNetworkReply::NoError) {
            message = tr("The server could not be reached: %1").arg(reply->errorString());
        } else if (!reply->readAll().contains("JitsiMeetExternalAPI")) {
            message = tr("The server answered, but %1 is not Jitsi Meet's meeting API. Check the address.")
                          .arg(where);
        } else {
            ok = !needsSecret;
            message = tr("The server answered in %1 ms and offers Jitsi Meet's meeting API.")
                          .arg(timer->elapsed());
            if (needsSecret)
                message += QLatin1Char(' ')
                    + tr("The app secret for token authentication is missing: enter it before starting "
                         "sessions.");
            if (withoutAuthentication)
                message += QLatin1Char(' ') + ServerProfile::noAuthenticationWarning();
        }
        qCInfo(lcMeeting) << "server test finished:" << (ok ? "ok" : "failed") << "status" << status;
        Q_EMIT finished(ok, message);
    });
}
