#pragma once

#include "ui/session/SessionHost.h"

class SessionEngine;

// SessionHost on Qt WebEngine: session windows and checks share one SessionEngine.
class WebEngineSessionHost : public SessionHost
{
    Q_OBJECT

public:
    explicit WebEngineSessionHost(QObject* parent = nullptr);

    void warmUp(const QUrl& scriptUrl) override;
    bool isWarm() const override;
    AbstractSessionWindow* createWindow(const SessionPlan& plan, const Clock& clock) override;
    QDialog* createCheck(Settings& settings, const std::optional<ServerProfile>& server,
                         QWidget* parent) override;

private:
    SessionEngine* m_engine;
};
