#include "ui/checks/DeviceCheckPage.h"

#include "core/base/Logging.h"

#include <QWebChannel>
#include <QWebEngineSettings>

DeviceCheckBridge::DeviceCheckBridge(QWebEnginePage& page)
    : QObject(&page)
    , m_page(page)
{ }

bool DeviceCheckBridge::fromCheckPage() const
{
    return m_page.url() == DeviceCheckPage::checkUrl();
}

void DeviceCheckBridge::pageReady()
{
    if (fromCheckPage())
        Q_EMIT ready();
}

void DeviceCheckBridge::devicesListed(const QJsonArray& devices)
{
    if (!fromCheckPage())
        return;
    QList<MediaDeviceInfo> listed;
    for (const QJsonValue& value : devices) {
        const QJsonObject device = value.toObject();
        listed.append({ device.value(QLatin1String("kind")).toString(),
                        device.value(QLatin1String("label")).toString(),
                        device.value(QLatin1String("deviceId")).toString() });
    }
    Q_EMIT devicesChanged(listed);
}

void DeviceCheckBridge::deviceOpened(const QString& kind, const QString& label)
{
    if (fromCheckPage())
        Q_EMIT opened(kind, label);
}

void DeviceCheckBridge::deviceFailed(const QString& kind, const QString& errorName, const QString& message)
{
    if (!fromCheckPage())
        return;
    qCInfo(lcChecks) << "device check:" << kind << "failed:" << errorName << message;
    Q_EMIT failed(kind, errorName);
}

void DeviceCheckBridge::levelChanged(double value)
{
    if (fromCheckPage())
        Q_EMIT level(value);
}

void DeviceCheckBridge::tonePlayed(bool played, const QString& error)
{
    if (fromCheckPage())
        Q_EMIT toneFinished(played, error);
}

void DeviceCheckBridge::connectionMeasured(const QJsonObject& result)
{
    if (fromCheckPage())
        Q_EMIT measured(result);
}

DeviceCheckPage::DeviceCheckPage(QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_bridge(new DeviceCheckBridge(*this))
    , m_channel(new QWebChannel(this))
{
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    setWebChannel(m_channel);
    // The test sound plays when asked for, not only after a click inside the page.
    settings()->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl& origin, Feature feature) {
                const bool capture = feature == MediaAudioCapture || feature == MediaVideoCapture
                    || feature == MediaAudioVideoCapture;
                const bool ownPage = origin.scheme() == checkUrl().scheme() && url() == checkUrl();
                setFeaturePermission(origin, feature,
                                     capture && ownPage ? PermissionGrantedByUser : PermissionDeniedByUser);
            });
    load(checkUrl());
}

QUrl DeviceCheckPage::checkUrl()
{
    return QUrl(QStringLiteral("qrc:/check/check.html"));
}

bool DeviceCheckPage::acceptNavigationRequest(const QUrl& url, NavigationType, bool)
{
    return url == checkUrl();
}

QWebEnginePage* DeviceCheckPage::createWindow(WebWindowType)
{
    return nullptr;
}

void DeviceCheckPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString& message,
                                               int line, const QString& source)
{
    // Only our own page runs here; its messages carry no personal data.
    qCInfo(lcChecks) << "check page:" << source << line << message;
}
