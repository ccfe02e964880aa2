#pragma once

#include "ui/session/SessionModule.h"

#include <QObject>

// The plugin object of the session module (see SessionModuleLoader).
class WebEngineSessionModule : public QObject, public SessionModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIERAUGEN_SESSION_MODULE_IID)
    Q_INTERFACES(SessionModule)

public:
    QString chromiumVersion() const override;
    SessionHost* createHost(QObject* parent) override;
};
