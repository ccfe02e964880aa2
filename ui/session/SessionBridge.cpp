#include "ui/session/SessionBridge.h"

#include "core/base/Logging.h"

#include <QWebEnginePage>

SessionBridge::SessionBridge(QWebEnginePage& page, const QUrl& hostUrl, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_hostUrl(hostUrl)
{ }

bool SessionBridge::fromHostPage() const
{
    if (m_page.url() == m_hostUrl)
        return true;
    qCWarning(lcMeeting) << "dropped a bridge call from a page other than the host page";
    return false;
}

void SessionBridge::hostReady()
{
    if (fromHostPage())
        Q_EMIT hostPageReady();
}

void SessionBridge::deliver(const QString& name, const QJsonObject& payload)
{
    if (fromHostPage())
        Q_EMIT eventDelivered(name, payload);
}
