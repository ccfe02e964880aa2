#include "core/base/SecureUrl.h"

#include <QHostAddress>

bool SecureUrl::isEncryptedOrLocal(const QUrl& url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}
