#include "core/checks/ServerCheck.h"

#include "core/base/Logging.h"
#include "core/meeting/ServerConnectionTest.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

ServerCheck::ServerCheck(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

QString ServerCheck::statusName(Status status)
{
    return status == Status::Pass ? QStringLiteral("pass")
        : status == Status::Warn  ? QStringLiteral("warn")
                                  : QStringLiteral("fail");
}

ServerCheck::Status ServerCheck::worst(const QList<Step>& steps)
{
    Status result = Status::Pass;
    for (const Step& step : steps)
        result = std::max(result, step.status);
    return result;
}

void ServerCheck::run(const QUrl& server, const Done& done)
{
    const QString host = server.host();
    if (!QHostAddress(host).isNull()) {
        checkApi(server,
                 { { QStringLiteral("dns"), Status::Pass,
                     tr("%1 is an address; nothing to look up.").arg(host) } },
                 done);
        return;
    }
    QHostInfo::lookupHost(host, this, [this, server, host, done](const QHostInfo& info) {
        Step dns { QStringLiteral("dns"), Status::Pass, {} };
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            dns.status = Status::Fail;
            dns.detail
                = tr("The name %1 cannot be found (%2). Check the address and whether this computer is "
                     "online.")
                      .arg(host, info.errorString());
            done({ dns });
            return;
        }
        dns.detail = tr("%1 was found (%2).").arg(host, info.addresses().constFirst().toString());
        checkApi(server, { dns }, done);
    });
}

void ServerCheck::checkApi(const QUrl& server, QList<Step> steps, const Done& done)
{
    ServerProfile profile;
    profile.baseUrl = server;
    profile.auth = ServerProfile::AuthMode::Jwt; // the app secret is not this check's business
    auto* test = new ServerConnectionTest(this);
    connect(test, &ServerConnectionTest::finished, this,
            [this, test, server, steps, done](bool ok, const QString& message) mutable {
                test->deleteLater();
                steps.append({ QStringLiteral("api"), ok ? Status::Pass : Status::Fail, message });
                if (!ok) {
                    done(steps);
                    return;
                }
                measureLatency(server, steps, {}, done);
            });
    test->run(profile, true);
}

void ServerCheck::measureLatency(const QUrl& server, QList<Step> steps, QList<qint64> samples,
                                 const Done& done)
{
    if (samples.size() == latencySamples) {
        std::sort(samples.begin(), samples.end());
        const qint64 median = samples.at(latencySamples / 2);
        Step latency {
            QStringLiteral("latency"), Status::Pass,
            tr("Median answer time %1 ms over %n requests.", nullptr, latencySamples).arg(median)
        };
        if (median >= latencyFailMs) {
            latency.status = Status::Fail;
            latency.detail += QLatin1Char(' ')
                + tr("That is too slow for video: check your connection, close programs that use the "
                     "network, or "
                     "switch to the backup server.");
        } else if (median >= latencyWarnMs) {
            latency.status = Status::Warn;
            latency.detail += QLatin1Char(' ')
                + tr("Video may stutter: lower the video quality or use audio only if it does.");
        }
        steps.append(latency);
        qCInfo(lcChecks) << "server check: median" << median << "ms";
        done(steps);
        return;
    }
    QNetworkRequest request(server);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(latencyFailMs * 4);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply* reply = m_network.head(request);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timer, server, steps, samples, done]() mutable {
                reply->deleteLater();
                samples.append(reply->error() == QNetworkReply::NoError
                                       || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
                                   ? timer->elapsed()
                                   : qint64(latencyFailMs * 4));
                measureLatency(server, steps, samples, done);
            });
}
