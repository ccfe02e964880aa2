#pragma once

#include <QObject>
#include <QUrl>

#include <optional>

class AbstractSessionWindow;
class Clock;
class QDialog;
class QWidget;
struct ServerProfile;
struct SessionPlan;
class Settings;

// The browser engine behind one launcher's sessions and checks, as the calendar sees it. It lives
// in the session module (see SessionModule) with Qt WebEngine, so nothing of Chromium is loaded
// before a session or a check needs it.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts the engine and loads the host page and the server's IFrame API script ahead of a session.
    virtual void warmUp(const QUrl& scriptUrl) = 0;
    virtual bool isWarm() const = 0;

    // A window for the planned session, on the warm page if there is one; not shown yet. The caller
    // owns it and deletes it before this host.
    virtual AbstractSessionWindow* createWindow(const SessionPlan& plan, const Clock& clock) = 0;
    // The pre-session check (camera, microphone, speaker; and the server, if there is one).
    virtual QDialog* createCheck(Settings& settings, const std::optional<ServerProfile>& server,
                                 QWidget* parent)
        = 0;

Q_SIGNALS:
    // A check's help button.
    void helpRequested(const QString& topic);
};
