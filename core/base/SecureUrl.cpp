#include "core/base/SecureUrl.h"

#include <QHostAddress>

QUrl SecureUrl::fromUserInput(const QString& text)
{
    const QString trimmed = text.trimmed();
    return QUrl(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed,
                QUrl::StrictMode);
}

bool SecureUrl::isEncryptedOrLocal(const QUrl& url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}
