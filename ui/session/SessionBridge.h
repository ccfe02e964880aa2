#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

class QWebEnginePage;

// The object the host page sees as "bridge" over Qt WebChannel. Signals go to the page (start the
// meeting, run a command); the page calls hostReady() and deliver() with the IFrame API's events.
//
// Only the host page may talk to it: the page's main frame can never leave the host page (see
// SessionPage), and calls arriving while it shows anything else are dropped.
class SessionBridge : public QObject
{
    Q_OBJECT

public:
    SessionBridge(QWebEnginePage& page, const QUrl& hostUrl, QObject* parent = nullptr);

    Q_INVOKABLE void hostReady();
    Q_INVOKABLE void deliver(const QString& name, const QJsonObject& payload);

Q_SIGNALS:
    // To the page.
    void preloadRequested(const QString& scriptUrl);
    void startRequested(const QJsonObject& options);
    void commandRequested(const QString& name, const QJsonArray& arguments);
    void disposeRequested();
    // A short two-tone chime (someone knocks), played by the page's audio.
    void chimeRequested();

    // To C++.
    void hostPageReady();
    void eventDelivered(const QString& name, const QJsonObject& payload);

private:
    bool fromHostPage() const;

    QWebEnginePage& m_page;
    const QUrl m_hostUrl;
};
