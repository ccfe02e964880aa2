#include "ui/session/SessionEngine.h"

#include "core/base/Logging.h"
#include "ui/session/SessionBridge.h"
#include "ui/session/SessionPage.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

SessionEngine::SessionEngine(QObject* parent)
    : QObject(parent)
{ }

QWebEngineProfile* SessionEngine::profile()
{
    if (m_profile)
        return m_profile;
    m_profile = new QWebEngineProfile(this);
    // Jitsi plays join sounds and remote audio without a click in the page.
    m_profile->settings()->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    m_profile->settings()->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    m_profile->settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this, [](QWebEngineDownloadRequest* download) {
        qCInfo(lcMeeting) << "blocked a download in a session";
        download->cancel();
    });
    return m_profile;
}

SessionEngine::~SessionEngine()
{
    // Pages must go before their profile.
    delete m_warmPage;
}

void SessionEngine::warmUp(const QUrl& scriptUrl)
{
    if (m_warmPage && m_warmScript == scriptUrl)
        return;
    delete m_warmPage;
    m_warmPage = new SessionPage(profile());
    m_warmScript = scriptUrl;
    SessionPage* page = m_warmPage;
    m_preload = connect(page, &SessionPage::hostReady, page,
                        [page, scriptUrl] { Q_EMIT page->bridge().preloadRequested(scriptUrl.toString()); });
    qCInfo(lcMeeting) << "warming up the session engine";
}

SessionPage* SessionEngine::takePage()
{
    if (m_warmPage) {
        SessionPage* page = m_warmPage;
        m_warmPage.clear();
        m_warmScript.clear();
        disconnect(m_preload);
        return page;
    }
    return new SessionPage(profile());
}

bool SessionEngine::isWarm() const
{
    return !m_warmPage.isNull();
}
