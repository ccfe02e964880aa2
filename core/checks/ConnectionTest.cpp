#include "core/checks/ConnectionTest.h"

#include "core/base/Logging.h"
#include "core/checks/JitsiConfigReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

ConnectionTest::ConnectionTest(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

ConnectionTest::Verdict ConnectionTest::rate(const Measurement& measurement)
{
    Verdict verdict;
    if (!measurement.mediaConnectivity) {
        verdict.summary = tr("No audio or video got through the server's relay. A firewall or proxy "
                             "probably blocks it: try another network, or ask your IT team to allow "
                             "the video server's media ports.");
        return verdict;
    }
    const double loss = measurement.fractionalLoss;
    const double kbps = measurement.throughputKbps;
    verdict.audio = loss > poorLoss || kbps < audioPoorKbps ? Rating::Poor
        : loss > noticeableLoss || kbps < audioGoodKbps     ? Rating::NonOptimal
                                                            : Rating::Good;
    verdict.video = loss > poorLoss || kbps < videoPoorKbps ? Rating::Poor
        : loss > noticeableLoss || kbps < videoGoodKbps     ? Rating::NonOptimal
                                                            : Rating::Good;
    verdict.overall = std::max(verdict.audio, verdict.video);
    if (verdict.audio == Rating::Poor)
        verdict.summary = tr("Even audio will break up on this connection. Use another network, or "
                             "call the client by phone instead.");
    else if (verdict.video == Rating::Poor)
        verdict.summary = tr("Audio will work, video will not. Start the session with audio only "
                             "(Problems? → Audio only).");
    else if (verdict.video == Rating::NonOptimal)
        verdict.summary = loss > videoFreezingLoss
            ? tr("Video may freeze. Close other programs that use the network, or lower the video "
                 "quality in the session.")
            : tr("Video may be blurry at times. Lowering the video quality in the session helps.");
    else
        verdict.summary = tr("Good enough for audio and video.");
    return verdict;
}

QString ConnectionTest::ratingName(Rating rating)
{
    switch (rating) {
    case Rating::Good:
        return tr("good");
    case Rating::NonOptimal:
        return tr("not optimal");
    case Rating::Poor:
        return tr("poor");
    }
    return {};
}

ConnectionTest::Measurement ConnectionTest::fromJson(const QJsonObject& result)
{
    return { result.value(QLatin1String("mediaConnectivity")).toBool(),
             result.value(QLatin1String("rtt")).toDouble(),
             qBound(0.0, result.value(QLatin1String("fractionalLoss")).toDouble(), 1.0),
             qMax(0.0, result.value(QLatin1String("throughput")).toDouble()) };
}

bool ConnectionTest::validateIceServers(const QJsonValue& value, QJsonArray* iceServers,
                                        QString* errorMessage)
{
    const auto fail = [errorMessage](const QString& message) {
        *errorMessage = message;
        return false;
    };
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(tr("The answer holds no list of relay servers (iceServers)."));
    QJsonArray valid;
    for (const QJsonValue& entry : value.toArray()) {
        const QJsonObject server = entry.toObject();
        QStringList urls;
        const QJsonValue urlsValue = server.value(QLatin1String("urls"));
        if (urlsValue.isString())
            urls.append(urlsValue.toString());
        for (const QJsonValue& url : urlsValue.toArray())
            urls.append(url.toString());
        if (urls.isEmpty())
            return fail(tr("A relay server in the answer has no address (urls)."));
        for (const QString& url : std::as_const(urls)) {
            if (!url.startsWith(QLatin1String("stun:")) && !url.startsWith(QLatin1String("turn:"))
                && !url.startsWith(QLatin1String("turns:")))
                return fail(tr("\"%1\" is not a STUN or TURN address.").arg(url));
        }
        QJsonObject kept { { QStringLiteral("urls"), QJsonArray::fromStringList(urls) } };
        for (const char* key : { "username", "credential" }) {
            if (server.value(QLatin1String(key)).isString())
                kept.insert(QLatin1String(key), server.value(QLatin1String(key)));
        }
        valid.append(kept);
    }
    *iceServers = valid;
    return true;
}

void ConnectionTest::findIceServers(const QUrl& server, const IceServersFound& done)
{
    JitsiConfigReader::fetchConfig(
        m_network, server, this,
        [this, server, done](const QJsonObject& config, const QString& errorMessage) {
            if (!errorMessage.isEmpty()) {
                done({}, errorMessage);
                return;
            }
            const QString source = config.value(QLatin1String("prejoinConfig"))
                                       .toObject()
                                       .value(QLatin1String("preCallTestICEUrl"))
                                       .toString();
            if (source.isEmpty() || source == QLatin1String(JitsiConfigReader::expressionMarker)) {
                done({}, {});
                return;
            }
            const QUrl url = server.resolved(QUrl(source));
            if (url.scheme() != QLatin1String("https")) {
                done({},
                     tr("The server names its relay credentials at %1, which is not HTTPS.")
                         .arg(url.toString()));
                return;
            }
            QNetworkRequest request(url);
            request.setTransferTimeout(10000);
            QNetworkReply* reply = m_network.get(request);
            connect(reply, &QNetworkReply::finished, this, [reply, done] {
                reply->deleteLater();
                if (reply->error() != QNetworkReply::NoError) {
                    done({}, tr("The relay credentials could not be fetched: %1").arg(reply->errorString()));
                    return;
                }
                QJsonArray iceServers;
                QString problem;
                if (!validateIceServers(
                        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("iceServers")),
                        &iceServers, &problem)) {
                    done({}, problem);
                    return;
                }
                qCInfo(lcChecks) << "connection test: relay credentials for" << iceServers.size()
                                 << "servers";
                done(iceServers, {});
            });
        });
}
