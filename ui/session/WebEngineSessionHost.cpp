#include "ui/session/WebEngineSessionHost.h"

#include "ui/checks/PreSessionCheckDialog.h"
#include "ui/session/SessionEngine.h"
#include "ui/session/SessionWindow.h"

WebEngineSessionHost::WebEngineSessionHost(QObject* parent)
    : SessionHost(parent)
    , m_engine(new SessionEngine(this))
{ }

void WebEngineSessionHost::warmUp(const QUrl& scriptUrl)
{
    m_engine->warmUp(scriptUrl);
}

bool WebEngineSessionHost::isWarm() const
{
    return m_engine->isWarm();
}

AbstractSessionWindow* WebEngineSessionHost::createWindow(const SessionPlan& plan, const Clock& clock)
{
    return new SessionWindow(plan, m_engine->takePage(), clock);
}

QDialog* WebEngineSessionHost::createCheck(Settings& settings, const std::optional<ServerProfile>& server,
                                           QWidget* parent)
{
    auto* check = new PreSessionCheckDialog(settings, *m_engine, server, parent);
    connect(check, &PreSessionCheckDialog::helpRequested, this, &SessionHost::helpRequested);
    return check;
}
