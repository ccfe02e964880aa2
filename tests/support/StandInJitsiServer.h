#pragma once

#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>

// A stand-in for a Jitsi server, because none can run on these machines (test code).
//
// Over HTTPS on 127.0.0.1 it serves external_api.js (our stand-in of the IFrame API's host side,
// or the genuine file of a Jitsi release named by VIERAUGEN_EXTERNAL_API_JS) and, for every other
// path, a meeting page that speaks the IFrame API's wire protocol from the page side. The token
// is checked the way Prosody's token verification does (HS256 signature, typ, alg, iss, aud,
// room, exp, nbf; context.user values must be strings) and only the token's moderator claim
// makes someone moderator. Tests queue what happens in the meeting (knocking, a password request,
// errors) and read what the page received.
class StandInJitsiServer : public QObject
{
    Q_OBJECT

public:
    explicit StandInJitsiServer(QObject* parent = nullptr);

    bool listen(const QSslConfiguration& tls);
    QUrl baseUrl() const { return m_http.url(QStringLiteral("/")); }
    // Serves this instead of the meeting page or the default config.js (one that turns nothing off).
    void setRoute(const QByteArray& path, const LocalHttpServer::Response& response)
    {
        m_http.setRoute(path, response);
    }

    // What the server accepts, like app_id/app_secret and asap_accepted_* in Prosody.
    void setTokenAuthentication(const QString& issuer, const QString& audience, const QByteArray& appSecret);
    // The room's password is the one its moderator set last; a page loaded later must answer with
    // it when the room asks (as after a restart in the middle of a session).

    // Meeting pages loaded from now on receive these commands (internal names, e.g. "password",
    // "toggle-lobby") but do nothing, or answer the way Jitsi refuses them.
    void ignoreCommands(const QStringList& names) { m_ignored = names; }
    void refuseCommands(const QStringList& names) { m_refused = names; }

    // Meeting-page scenario steps, picked up within ~50 ms.
    void emitEvent(const QString& internalName, const QJsonObject& data = {});
    void knock(const QString& id, const QString& name);
    void requirePassword();
    // The counselor opens Jitsi's participants pane in the meeting page (its own button).
    void openParticipantsPane();
    void navigateMeetingFrame(const QUrl& url);
    void openPopup(const QUrl& url);

    // What the meeting page reported: "loaded" (what it was given), "media", "command",
    // "participantsPane" ({open}).
    QList<QJsonObject> reports(const QString& kind) const;
    QList<QJsonObject> commands() const { return reports(QStringLiteral("command")); }
    int meetingPageLoads() const { return m_meetingPageLoads; }
    int scriptLoads() const { return m_scriptLoads; }
    QList<LocalHttpServer::Request> requests() const { return m_http.requests(); }

    // The result of checking a token for a room, as the meeting page receives it:
    // {valid, reason, moderator, name, roomPassword}.
    QJsonObject verify(const QByteArray& token, const QString& room) const;

Q_SIGNALS:
    void reported(const QString& kind, const QJsonObject& detail);

private:
    LocalHttpServer::Response meetingPage(const LocalHttpServer::Request& request);
    void queue(const QJsonObject& action) { m_actions.append(action); }

    LocalHttpServer m_http;
    QString m_issuer;
    QString m_audience;
    QByteArray m_appSecret;
    QString m_roomPassword;
    QStringList m_ignored;
    QStringList m_refused;
    QJsonArray m_actions;
    QList<std::pair<QString, QJsonObject>> m_reports;
    int m_meetingPageLoads = 0;
    int m_scriptLoads = 0;
};
