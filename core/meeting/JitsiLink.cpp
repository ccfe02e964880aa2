#include "core/meeting/JitsiLink.h"

#include "core/meeting/RoomFactory.h"
#include "core/meeting/ServerProfile.h"

#include <QUrlQuery>

QString JitsiLink::roomPath(const QUrl& serverBase, const QString& roomName)
{
    if (!RoomFactory::isWellFormed(roomName))
        return {};
    QString tenant = serverBase.path();
    while (tenant.startsWith(QLatin1Char('/')))
        tenant.remove(0, 1);
    if (!tenant.isEmpty() && !tenant.endsWith(QLatin1Char('/')))
        tenant.append(QLatin1Char('/'));
    return tenant + roomName;
}

QString JitsiLink::domain(const QUrl& serverBase)
{
    const QString host = serverBase.host(QUrl::FullyEncoded).toLower();
    return serverBase.port() > 0 ? host + QLatin1Char(':') + QString::number(serverBase.port()) : host;
}

QUrl JitsiLink::externalApiUrl(const QUrl& serverBase)
{
    QUrl base = serverBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return base.resolved(QUrl(QStringLiteral("external_api.js")));
}

bool JitsiLink::isServerOrigin(const QUrl& serverBase, const QUrl& origin)
{
    const auto defaultPort
        = [](const QUrl& url) { return url.scheme() == QLatin1String("https") ? 443 : 80; };
    return origin.isValid() && !serverBase.host().isEmpty()
        && origin.scheme().compare(serverBase.scheme(), Qt::CaseInsensitive) == 0
        && origin.host().compare(serverBase.host(), Qt::CaseInsensitive) == 0
        && origin.port(defaultPort(origin)) == serverBase.port(defaultPort(serverBase));
}

QUrl JitsiLink::link(const QUrl& serverBase, const QString& roomName, const QByteArray& token,
                     QString* errorMessage)
{
    if (!ServerProfile::validateUrl(serverBase, errorMessage))
        return {};
    const QString path = roomPath(serverBase, roomName);
    if (path.isEmpty()) {
        *errorMessage = tr("The appointment has no valid room name. Open it and save it again to get a new "
                           "room.");
        return {};
    }
    QUrl url;
    url.setScheme(serverBase.scheme().toLower());
    url.setHost(serverBase.host().toLower());
    url.setPort(serverBase.port());
    url.setPath(QLatin1Char('/') + path);
    if (!token.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("jwt"), QString::fromLatin1(token));
        url.setQuery(query);
    }
    return url;
}
