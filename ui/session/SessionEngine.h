#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QWebEngineProfile;
class SessionPage;

// The browser engine behind all session windows: one off-the-record profile (nothing of a
// session is written to disk), and a page kept warm ahead of the next session so that Start
// does not wait for Chromium to start and the IFrame API to load.
class SessionEngine : public QObject
{
    Q_OBJECT

public:
    explicit SessionEngine(QObject* parent = nullptr);
    ~SessionEngine() override;

    // Created on first use: Chromium starts only when a session is near.
    QWebEngineProfile* profile();

    // Starts the engine, loads the host page and the server's IFrame API script.
    void warmUp(const QUrl& scriptUrl);
    bool isWarm() const;

    // A page showing the host page: the warm one if there is one, else a new one.
    // The caller owns it and must delete it before this engine.
    SessionPage* takePage();

private:
    QWebEngineProfile* m_profile = nullptr;
    QPointer<SessionPage> m_warmPage;
    QUrl m_warmScript;
    QMetaObject::Connection m_preload;
};
