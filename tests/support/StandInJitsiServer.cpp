#include "tests/support/StandInJitsiServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace {
QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject decodeSegment(const QByteArray& segment, bool* ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromBase64(segment, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}
} // namespace

StandInJitsiServer::StandInJitsiServer(QObject* parent)
    : QObject(parent)
{
    m_http.setFallback([this](const LocalHttpServer::Request& request) -> LocalHttpServer::Response {
        const QByteArray path = request.pathWithoutQuery();
        if (path == "/external_api.js") {
            ++m_scriptLoads;
            const QString genuine = qEnvironmentVariable("VIERAUGEN_EXTERNAL_API_JS");
            const QByteArray script
                = readFile(genuine.isEmpty() ? QStringLiteral(":/standin/external_api.js") : genuine);
            // Jitsi's nginx lets browsers cache the script; the warm-up relies on it.
            return { 200, script, "application/javascript; charset=utf-8", 0, "max-age=3600" };
        }
        if (path == "/control") {
            const QByteArray body = QJsonDocument(m_actions).toJson(QJsonDocument::Compact);
            m_actions = {};
            return { 200, body, "application/json", 0 };
        }
        if (path == "/report") {
            const QJsonObject report = QJsonDocument::fromJson(request.body).object();
            const QString kind = report.value(QLatin1String("kind")).toString();
            const QJsonObject detail = report.value(QLatin1String("detail")).toObject();
            m_reports.append({ kind, detail });
            if (kind == QLatin1String("command")
                && detail.value(QLatin1String("name")).toString() == QLatin1String("password")
                && !detail.value(QLatin1String("args")).toArray().isEmpty())
                m_roomPassword = detail.value(QLatin1String("args")).toArray().first().toString();
            Q_EMIT reported(kind, detail);
            return { 204, {}, "text/plain", 0 };
        }
        if (path == "/favicon.ico")
            return { 404, {}, "text/plain", 0 };
        // Like Jitsi's default config.js: end-to-end encryption is not turned off.
        if (path == "/config.js")
            return { 200, "var config = { hosts: { domain: 'meet.standin' } };\n", "application/javascript",
                     0 };
        return meetingPage(request);
    });
}

bool StandInJitsiServer::listen(const QSslConfiguration& tls)
{
    return m_http.listen(tls);
}

void StandInJitsiServer::setTokenAuthentication(const QString& issuer, const QString& audience,
                                                const QByteArray& appSecret)
{
    m_issuer = issuer;
    m_audience = audience;
    m_appSecret = appSecret;
}

LocalHttpServer::Response StandInJitsiServer::meetingPage(const LocalHttpServer::Request& request)
{
    if (request.method == "GET") // HEAD requests come from answer-time checks
        ++m_meetingPageLoads;
    const QUrl url(QString::fromLatin1(request.path));
    const QString room = url.path().section(QLatin1Char('/'), -1).toLower();
    const QByteArray token = QUrlQuery(url).queryItemValue(QStringLiteral("jwt")).toLatin1();
    QJsonObject verdict = verify(token, room);
    verdict.insert(QStringLiteral("roomPassword"), m_roomPassword);
    QByteArray page = readFile(QStringLiteral(":/standin/meeting.html"));
    page.replace("/*VERDICT*/null", QJsonDocument(verdict).toJson(QJsonDocument::Compact));
    const QJsonObject scenario { { QStringLiteral("ignore"), QJsonArray::fromStringList(m_ignored) },
                                 { QStringLiteral("refuse"), QJsonArray::fromStringList(m_refused) } };
    page.replace("/*SCENARIO*/null", QJsonDocument(scenario).toJson(QJsonDocument::Compact));
    return { 200, page, "text/html; charset=utf-8", 0 };
}

QJsonObject StandInJitsiServer::verify(const QByteArray& token, const QString& room) const
{
    const auto refuse = [](const QString& reason) {
        return QJsonObject { { QStringLiteral("valid"), false },
                             { QStringLiteral("reason"), reason },
                             { QStringLiteral("moderator"), false } };
    };
    if (m_appSecret.isEmpty()) // a server without token authentication: everyone is a guest
        return { { QStringLiteral("valid"), true }, { QStringLiteral("moderator"), false } };
    if (token.isEmpty())
        return refuse(QStringLiteral("no token"));
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return refuse(QStringLiteral("malformed"));
    bool headerOk = false;
    bool payloadOk = false;
    const QJsonObject header = decodeSegment(parts.at(0), &headerOk);
    const QJsonObject claims = decodeSegment(parts.at(1), &payloadOk);
    if (!headerOk || !payloadOk)
        return refuse(QStringLiteral("malformed"));
    if (header.value(QLatin1String("typ")).toString() != QLatin1String("JWT"))
        return refuse(QStringLiteral("Invalid typ"));
    if (header.value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return refuse(QStringLiteral("Invalid alg"));
    const QByteArray expected = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), m_appSecret,
                                                                 QCryptographicHash::Sha256);
    if (QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        != expected)
        return refuse(QStringLiteral("signature verification failed"));
    if (claims.value(QLatin1String("iss")).toString() != m_issuer)
        return refuse(QStringLiteral("invalid 'iss' field"));
    if (claims.value(QLatin1String("aud")).toString() != m_audience)
        return refuse(QStringLiteral("invalid 'aud' field"));
    const QString roomClaim = claims.value(QLatin1String("room")).toString();
    if (roomClaim != QLatin1String("*") && roomClaim != room)
        return refuse(QStringLiteral("token not allowed for this room"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!claims.value(QLatin1String("exp")).isDouble()
        || now >= claims.value(QLatin1String("exp")).toInteger())
        return refuse(QStringLiteral("token expired"));
    if (claims.contains(QLatin1String("nbf")) && now < claims.value(QLatin1String("nbf")).toInteger())
        return refuse(QStringLiteral("token not yet valid"));
    const QJsonObject user
        = claims.value(QLatin1String("context")).toObject().value(QLatin1String("user")).toObject();
    for (auto it = user.constBegin(); it != user.constEnd(); ++it) {
        if (it.key() != QLatin1String("moderator") && !it.value().isString())
            return refuse(QStringLiteral("context.user.") + it.key() + QStringLiteral(" is not a string"));
    }
    // token_affiliation: owner from the moderator claim or an owner-like affiliation only.
    const QJsonValue moderatorClaim = user.value(QLatin1String("moderator"));
    const QString affiliation = user.value(QLatin1String("affiliation")).toString();
    const bool moderator = moderatorClaim == QJsonValue(true)
        || moderatorClaim == QJsonValue(QStringLiteral("true")) || affiliation == QLatin1String("owner")
        || affiliation == QLatin1String("moderator") || affiliation == QLatin1String("teacher");
    return { { QStringLiteral("valid"), true },
             { QStringLiteral("moderator"), moderator },
             { QStringLiteral("name"), user.value(QLatin1String("name")).toString() } };
}

void StandInJitsiServer::emitEvent(const QString& internalName, const QJsonObject& data)
{
    queue({ { QStringLiteral("action"), QStringLiteral("event") },
            { QStringLiteral("name"), internalName },
            { QStringLiteral("data"), data } });
}

void StandInJitsiServer::knock(const QString& id, const QString& name)
{
    emitEvent(QStringLiteral("knocking-participant"),
              { { QStringLiteral("participant"),
                  QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name } } } });
}

void StandInJitsiServer::requirePassword()
{
    queue({ { QStringLiteral("action"), QStringLiteral("requirePassword") } });
}

void StandInJitsiServer::openParticipantsPane()
{
    queue({ { QStringLiteral("action"), QStringLiteral("openParticipantsPane") } });
}

void StandInJitsiServer::navigateMeetingFrame(const QUrl& url)
{
    queue({ { QStringLiteral("action"), QStringLiteral("navigate") },
            { QStringLiteral("url"), url.toString() } });
}

void StandInJitsiServer::openPopup(const QUrl& url)
{
    queue(
        { { QStringLiteral("action"), QStringLiteral("popup") }, { QStringLiteral("url"), url.toString() } });
}

QList<QJsonObject> StandInJitsiServer::reports(const QString& kind) const
{
    QList<QJsonObject> result;
    for (const auto& [reportKind, detail] : m_reports) {
        if (reportKind == kind)
            result.append(detail);
    }
    return result;
}
