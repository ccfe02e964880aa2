#include "ui/session/WebEngineSessionModule.h"

#include "ui/session/WebEngineSessionHost.h"

#include <QtWebEngineCore/qtwebenginecoreglobal.h>

QString WebEngineSessionModule::chromiumVersion() const
{
    return QString::fromLatin1(qWebEngineChromiumVersion());
}

SessionHost* WebEngineSessionModule::createHost(QObject* parent)
{
    return new WebEngineSessionHost(parent);
}
