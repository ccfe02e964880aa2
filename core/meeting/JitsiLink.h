#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Links into a Jitsi room. The guest link is what clients receive: server and room, nothing else.
// The moderator link adds the counselor's token and must never leave this computer except to the
// counselor's own browser.
class JitsiLink
{
    Q_DECLARE_TR_FUNCTIONS(JitsiLink)

public:
    // The room's path below the server's base URL, which may carry a tenant ("/team/"):
    // "team/abcd…". Empty when the room name is not a well-formed room name.
    static QString roomPath(const QUrl& serverBase, const QString& roomName);
    // host[:port], as JitsiMeetExternalAPI expects its "domain" argument (the tenant goes into the
    // room path, as with 8x8's JaaS).
    static QString domain(const QUrl& serverBase);

    // The server's IFrame API script; below the tenant, where 8x8's JaaS serves it, and at the root of
    // a plain server (Debian's nginx maps /external_api.js).
    static QUrl externalApiUrl(const QUrl& serverBase);

    // Whether a web origin (as WebEngine reports it, maybe with a trailing slash) is the server's:
    // same scheme, host and port. Camera and microphone are granted to nothing else.
    static bool isServerOrigin(const QUrl& serverBase, const QUrl& origin);

    // Empty URL (with a message) when server or room cannot make a link.
    static QUrl link(const QUrl& serverBase, const QString& roomName, const QByteArray& token,
                     QString* errorMessage);
    static QUrl guestLink(const QUrl& serverBase, const QString& roomName, QString* errorMessage)
    {
        return link(serverBase, roomName, {}, errorMessage);
    }
};
