#include "ui/session/SessionPage.h"

#include "core/base/Logging.h"
#include "core/meeting/JitsiLink.h"
#include "ui/session/SessionBridge.h"

#include <QWebChannel>
#include <QWebEngineCertificateError>

namespace {
// What window.open() and target=_blank links get: a page that is never shown. Its first
// navigation is handed to the system browser, then it goes away.
class PopupCatcher : public QWebEnginePage
{
public:
    PopupCatcher(QWebEngineProfile* profile, std::function<void(const QUrl&)> handOver, QObject* parent)
        : QWebEnginePage(profile, parent)
        , m_handOver(std::move(handOver))
    { }

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType, bool) override
    {
        if (!m_handled) {
            m_handled = true;
            m_handOver(url);
            deleteLater();
        }
        return false;
    }

private:
    std::function<void(const QUrl&)> m_handOver;
    bool m_handled = false;
};

bool isCapture(QWebEnginePage::Feature feature)
{
    return feature == QWebEnginePage::MediaAudioCapture || feature == QWebEnginePage::MediaVideoCapture
        || feature == QWebEnginePage::MediaAudioVideoCapture;
}
} // namespace

SessionPage::SessionPage(QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_bridge(new SessionBridge(*this, hostUrl(), this))
    , m_channel(new QWebChannel(this))
{
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    setWebChannel(m_channel);
    connect(m_bridge, &SessionBridge::hostPageReady, this, [this] {
        m_hostReady = true;
        Q_EMIT hostReady();
    });
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &SessionPage::decidePermission);
    connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        error.rejectCertificate();
        qCWarning(lcMeeting) << "refused a certificate:" << error.type();
        Q_EMIT certificateRefused(error.url().host(), error.description());
    });
    load(hostUrl());
}

SessionPage::~SessionPage() = default;

QUrl SessionPage::hostUrl()
{
    return QUrl(QStringLiteral("qrc:/session/host.html"));
}

void SessionPage::reloadHost()
{
    m_hostReady = false;
    load(hostUrl());
}

bool SessionPage::acceptNavigationRequest(const QUrl& url, NavigationType, bool isMainFrame)
{
    if (!isMainFrame || url == hostUrl())
        return true;
    handOver(url);
    return false;
}

QWebEnginePage* SessionPage::createWindow(WebWindowType)
{
    return new PopupCatcher(
        profile(), [this](const QUrl& url) { handOver(url); }, this);
}

void SessionPage::handOver(const QUrl& url)
{
    qCInfo(lcMeeting) << "kept a navigation out of the session window:" << url.scheme() << url.host();
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")
        || url.scheme() == QLatin1String("mailto"))
        Q_EMIT externalLinkRequested(url);
}

void SessionPage::decidePermission(const QUrl& origin, Feature feature)
{
    // Screen capture stays off: Qt WebEngine before 6.7 has no picker, so it would share the
    // whole screen without asking.
    const bool granted = isCapture(feature) && JitsiLink::isServerOrigin(m_server, origin);
    setFeaturePermission(origin, feature, granted ? PermissionGrantedByUser : PermissionDeniedByUser);
    qCInfo(lcMeeting) << (granted ? "granted" : "refused") << feature << "to" << origin.scheme()
                      << origin.host() << origin.port();
    Q_EMIT permissionDecided(origin, feature, granted);
}
