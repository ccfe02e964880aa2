#include "core/checks/PrivacyAudit.h"

#include "core/base/Logging.h"
#include "core/base/PublicSuffix.h"
#include "core/checks/JitsiConfigReader.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
QJsonValue at(const QJsonObject& object, const QString& path)
{
    QJsonValue current = object;
    for (const QString& key : path.split(QLatin1Char('.')))
        current = current.toObject().value(key);
    return current;
}

bool isOn(const QJsonObject& config, const QString& path)
{
    const QJsonValue value = at(config, path);
    return value.isBool() ? value.toBool() : value.isString() && !value.toString().isEmpty();
}

bool isOff(const QJsonObject& config, const QString& path)
{
    return at(config, path) == QJsonValue(false);
}

// The host of a STUN or TURN URI (RFC 7064, 7065): "turn:[2001:db8::1]:443?transport=tcp".
QString iceServerHost(const QString& uri)
{
    const QString hostAndPort = uri.section(QLatin1Char(':'), 1).section(QLatin1Char('?'), 0, 0);
    if (hostAndPort.startsWith(QLatin1Char('[')))
        return hostAndPort.mid(1, hostAndPort.indexOf(QLatin1Char(']')) - 1);
    return hostAndPort.section(QLatin1Char(':'), 0, 0);
}
// jitsi-meet reads deeplinking.disabled when the deeplinking object has that key, and the older
// disableDeepLinking otherwise, also when deeplinking exists without it.
QString deepLinkingKey(const QJsonObject& config)
{
    if (at(config, QStringLiteral("deeplinking")).toObject().contains(QLatin1String("disabled"))
        || !config.contains(QLatin1String("disableDeepLinking")))
        return QStringLiteral("deeplinking.disabled");
    return QStringLiteral("disableDeepLinking");
}

// Where avatars are looked up: gravatar.baseUrl, else the older gravatarBaseURL, else gravatar.com
// (libravatar.org, a proxy to gravatar, was the default from late 2020 to mid 2022). The key is the
// setting that chose the service.
std::pair<QString, QUrl> avatarService(const QJsonObject& config)
{
    for (const QString& key : { QStringLiteral("gravatar.baseUrl"), QStringLiteral("gravatarBaseURL") }) {
        const QString url = at(config, key).toString();
        if (!url.isEmpty())
            return { key, QUrl(url) };
    }
    return { QStringLiteral("gravatar.disabled"), QUrl(QStringLiteral("https://www.gravatar.com/avatar/")) };
}
} // namespace

PrivacyAudit::PrivacyAudit(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

QString PrivacyAudit::severityName(Severity severity)
{
    return severity == Severity::Green ? QStringLiteral("green")
        : severity == Severity::Amber  ? QStringLiteral("amber")
                                       : QStringLiteral("red");
}

PrivacyAudit::Severity PrivacyAudit::Report::overall() const
{
    Severity worst = Severity::Green;
    for (const Finding& finding : findings)
        worst = std::max(worst, finding.severity);
    return worst;
}

QList<PrivacyAudit::Finding> PrivacyAudit::evaluate(const QUrl& server, const QJsonObject& config,
                                                    const QJsonObject& interfaceConfig)
{
    QList<Finding> findings;
    const auto addFor
        = [&findings](Severity severity, const QString& key, const QString& problem, const QString& fix) {
              findings.append({ severity, key, problem, fix });
          };
    const auto add = [&addFor](Severity severity, const char* key, const QString& problem,
                               const QString& fix) { addFor(severity, QLatin1String(key), problem, fix); };

    if (server.scheme() != QLatin1String("https"))
        add(Severity::Red, "url", tr("The server is reached without encryption (http)."),
            tr("Serve Jitsi only over https with a valid certificate."));

    // Direct connections hand each side the other's IP address, unless they are forced through a relay.
    const bool peerToPeer = !isOff(config, QStringLiteral("p2p.enabled"));
    if (peerToPeer
        && at(config, QStringLiteral("p2p.iceTransportPolicy")).toString() != QLatin1String("relay"))
        add(Severity::Amber, "p2p.enabled",
            tr("In a session of two, counselor and client are connected directly (peer-to-peer) and "
               "see each other's IP address."),
            tr("Set p2p.enabled to false so that media runs through your own videobridge, or set "
               "p2p.iceTransportPolicy to \"relay\" with your own TURN server."));

    // STUN/TURN run by someone else see who talks to whom (IP addresses).
    QStringList stun;
    for (const QString& path : { QStringLiteral("p2p.stunServers"), QStringLiteral("stunServers") }) {
        for (const QJsonValue& entry : at(config, path).toArray()) {
            const QJsonValue urls = entry.toObject().value(QLatin1String("urls"));
            if (urls.isArray()) {
                for (const QJsonValue& url : urls.toArray())
                    stun.append(url.toString());
            } else {
                stun.append(urls.toString());
            }
        }
    }
    for (const QString& url : std::as_const(stun)) {
        if (!PublicSuffix::sameOwner(iceServerHost(url), server.host()) && peerToPeer)
            add(Severity::Amber, "p2p.stunServers",
                tr("Peer-to-peer calls use a STUN server run by a third party (%1), which learns the "
                   "participants' "
                   "IP addresses.")
                    .arg(url),
                tr("Use your own STUN/TURN server, or set p2p.enabled to false."));
    }

    const QJsonObject analytics = at(config, QStringLiteral("analytics")).toObject();
    for (const QString& key :
         { QStringLiteral("googleAnalyticsTrackingId"), QStringLiteral("amplitudeAPPKey"),
           QStringLiteral("matomoEndpoint"), QStringLiteral("matomoSiteID") }) {
        if (!analytics.value(key).toString().isEmpty()
            && !analytics.value(QLatin1String("disabled")).toBool())
            add(Severity::Red, "analytics", tr("Usage data is sent to an analytics service (%1).").arg(key),
                tr("Remove the analytics settings from config.js and set analytics.disabled to true."));
    }
    if (!analytics.value(QLatin1String("scriptURLs")).toArray().isEmpty()
        && !analytics.value(QLatin1String("disabled")).toBool())
        add(Severity::Red, "analytics.scriptURLs",
            tr("Tracking scripts from other servers are loaded into every meeting."),
            tr("Remove analytics.scriptURLs from config.js."));
    if (!config.value(QLatin1String("callStatsID")).toString().isEmpty())
        add(Severity::Red, "callStatsID", tr("Call statistics are sent to callstats.io."),
            tr("Remove callStatsID and callStatsSecret from config.js."));
    if (analytics.value(QLatin1String("rtcstatsEnabled")).toBool())
        add(Severity::Amber, "analytics.rtcstatsEnabled",
            tr("Connection statistics are sent to an rtcstats server."),
            tr("Set analytics.rtcstatsEnabled to false unless the rtcstats server is your own."));

    if (!isOn(config, QStringLiteral("disableThirdPartyRequests")))
        add(Severity::Amber, "disableThirdPartyRequests", tr("The meeting may contact other servers."),
            tr("Set disableThirdPartyRequests to true (Vieraugen sets it for its own sessions; clients in a "
               "browser get the server's setting)."));

    // Settings renamed across Jitsi releases: the finding names the spelling this server's Jitsi
    // reads (docs/jitsi-renamed-settings.md has the rules, verified in jitsi-meet's sources).
    const QString deepLinking = deepLinkingKey(config);
    if (!isOn(config, deepLinking))
        addFor(Severity::Amber, deepLinking,
               tr("Phones are sent to the Jitsi app, whose store versions contain trackers."),
               tr("Set %1 to true so that phones stay in the browser.").arg(deepLinking));

    if (!isOn(config, QStringLiteral("gravatar.disabled"))) {
        const auto [key, service] = avatarService(config);
        if (!PublicSuffix::sameOwner(service.host(), server.host()))
            addFor(Severity::Amber, key,
                   tr("Participants' avatars are looked up at %1 by a hash of their e-mail address, so that "
                      "service learns who takes part in which meeting.")
                       .arg(service.host().isEmpty() ? service.toString() : service.host()),
                   tr("Set gravatar.disabled to true, or let %1 point to an avatar service of your own.")
                       .arg(key == QLatin1String("gravatar.disabled") ? QStringLiteral("gravatar.baseUrl")
                                                                      : key));
    }

    if (!isOn(config, QStringLiteral("doNotStoreRoom"))
        && interfaceConfig.value(QLatin1String("RECENT_LIST_ENABLED")) != QJsonValue(false)) {
        const QString key = !config.contains(QLatin1String("doNotStoreRoom"))
                && interfaceConfig.contains(QLatin1String("RECENT_LIST_ENABLED"))
            ? QStringLiteral("interfaceConfig.RECENT_LIST_ENABLED")
            : QStringLiteral("doNotStoreRoom");
        addFor(Severity::Amber, key,
               tr("Browsers keep the room names of past sessions in a list of recent meetings, which anyone "
                  "using the same computer or phone can read."),
               tr("Set doNotStoreRoom to true (or RECENT_LIST_ENABLED to false in interface_config.js)."));
    }

    const std::pair<const char*, const char*> recording[] = {
        { "fileRecordingsEnabled", "fileRecordingsEnabled" },
        { "liveStreamingEnabled", "liveStreaming.enabled" },
        { "liveStreaming.enabled", "liveStreaming.enabled" },
        { "transcribingEnabled", "transcription.enabled" },
        { "transcription.enabled", "transcription.enabled" },
        { "recordingService.enabled", "recordingService.enabled" },
    };
    for (const auto& [path, key] : recording) {
        if (isOn(config, QLatin1String(path)))
            add(Severity::Amber, key,
                tr("Recording, streaming or transcription is available (%1).").arg(QLatin1String(path)),
                tr("Turn it off for counseling: %1 = false.").arg(QLatin1String(key)));
    }

    if (at(config, QStringLiteral("hosts.anonymousdomain")).isUndefined())
        add(Severity::Amber, "hosts.anonymousdomain",
            tr("There is no guest domain: unless token authentication is required for everyone, any visitor "
               "may "
               "create rooms and become moderator."),
            tr("Use token authentication for counselors and a guest domain (hosts.anonymousdomain) for "
               "clients."));
    if (isOn(config, QStringLiteral("securityUi.hideLobbyButton")))
        add(Severity::Amber, "securityUi.hideLobbyButton",
            tr("The lobby cannot be turned on from the meeting."), tr("Remove securityUi.hideLobbyButton."));
    if (interfaceConfig.value(QLatin1String("MOBILE_APP_PROMO")).toBool())
        add(Severity::Amber, "interfaceConfig.MOBILE_APP_PROMO",
            tr("Phone users are urged to install the Jitsi app."),
            tr("Set MOBILE_APP_PROMO to false in interface_config.js."));
    return findings;
}

void PrivacyAudit::run(const QUrl& server, const Done& done)
{
    const QUrl root = server.resolved(QUrl(QStringLiteral("/")));
    JitsiConfigReader::fetchConfig(
        m_network, server, this,
        [this, root, server, done](const QJsonObject& config, const QString& errorMessage) {
            Report report;
            report.server = server;
            if (!errorMessage.isEmpty()) {
                report.errorMessage = errorMessage;
                done(report);
                return;
            }
            // interface_config.js is optional (newer servers fold it into config.js).
            QNetworkReply* second
                = m_network.get(QNetworkRequest(root.resolved(QUrl(QStringLiteral("interface_config.js")))));
            connect(second, &QNetworkReply::finished, this, [second, report, config, server, done]() mutable {
                second->deleteLater();
                QJsonObject interfaceConfig;
                QString ignored;
                if (second->error() == QNetworkReply::NoError)
                    JitsiConfigReader::read(second->readAll(), QStringLiteral("interfaceConfig"),
                                            &interfaceConfig, &ignored);
                report.findings = evaluate(server, config, interfaceConfig);
                qCInfo(lcChecks) << "privacy audit:" << report.findings.size() << "findings";
                done(report);
            });
        });
}
