#pragma once

#include <QCoreApplication>
#include <QStringList>

class SessionModule;

// Finds the session module (vieraugen-session, with Qt WebEngine) beside the program and loads it
// once, on first need; it stays loaded until the program ends.
class SessionModuleLoader
{
    Q_DECLARE_TR_FUNCTIONS(SessionModuleLoader)

public:
    // The module, loaded on the first call. Without it, nullptr and *error says what is wrong and
    // what to do; later calls answer the same without trying again.
    static SessionModule* load(QString* error = nullptr);
    static bool isLoaded();

    // The folders searched, in order: the program's own, then <libdir>/vieraugen relative to it.
    static QStringList searchPath();
    // Tests: search these folders instead; a load that failed is tried again there.
    static void setSearchPath(const QStringList& folders);
};
