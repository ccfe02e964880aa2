#pragma once

#include <QtPlugin>

class QObject;
class QString;
class SessionHost;

// The session module's entry point: everything that links Qt WebEngine is built into a library
// that SessionModuleLoader loads when a session, a check or the Chromium version is first needed.
class SessionModule
{
public:
    virtual ~SessionModule() = default;

    // The version of Chromium inside Qt WebEngine.
    virtual QString chromiumVersion() const = 0;
    // A browser engine of its own for one launcher (one off-the-record profile), owned by parent.
    virtual SessionHost* createHost(QObject* parent) = 0;
};

#define VIERAUGEN_SESSION_MODULE_IID "de.vieraugen.Vieraugen.SessionModule/1"
Q_DECLARE_INTERFACE(SessionModule, VIERAUGEN_SESSION_MODULE_IID)
