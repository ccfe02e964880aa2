#pragma once

#include <QUrl>
#include <QWebEnginePage>

class SessionBridge;
class QWebChannel;

// The web page of a session window, and the security boundary around the meeting:
// - the main frame shows the host page and nothing else; every other main-frame navigation
//   and every popup goes to the system browser instead, because a page that became the main
//   frame would reach the C++ bridge;
// - the meeting iframe may navigate (Jitsi moves within its server), but camera and microphone
//   are granted only to the configured server's origin, every other request is refused;
// - certificate errors are refused, downloads blocked (see SessionEngine).
class SessionPage : public QWebEnginePage
{
    Q_OBJECT

public:
    SessionPage(QWebEngineProfile* profile, QObject* parent = nullptr);
    ~SessionPage() override;

    static QUrl hostUrl();

    SessionBridge& bridge() const { return *m_bridge; }
    bool isHostReady() const { return m_hostReady; }
    // Loads the host page afresh (after a renderer crash, or to rejoin).
    void reloadHost();

    // The server whose origin may use camera and microphone.
    void setServer(const QUrl& serverBase) { m_server = serverBase; }
    QUrl server() const { return m_server; }

Q_SIGNALS:
    void hostReady();
    void externalLinkRequested(const QUrl& url);
    void permissionDecided(const QUrl& origin, QWebEnginePage::Feature feature, bool granted);
    void certificateRefused(const QString& host, const QString& description);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;

private:
    void decidePermission(const QUrl& origin, Feature feature);
    void handOver(const QUrl& url);

    SessionBridge* m_bridge;
    QWebChannel* m_channel;
    QUrl m_server;
    bool m_hostReady = false;
};
