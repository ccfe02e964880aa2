#include "ui/session/SessionModuleLoader.h"

#include "core/base/Logging.h"
#include "ui/session/SessionModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace {

struct LoadedModule
{
    bool tried = false;
    SessionModule* module = nullptr;
    QString error;
    std::optional<QStringList> searchPath;
};

LoadedModule& loaded()
{
    static LoadedModule state;
    return state;
}

const QString moduleName = QStringLiteral("vieraugen-session");

} // namespace

QStringList SessionModuleLoader::searchPath()
{
    if (loaded().searchPath)
        return *loaded().searchPath;
    const QDir program(QCoreApplication::applicationDirPath());
    return { program.path(),
             QDir::cleanPath(program.filePath(QStringLiteral(VIERAUGEN_SESSION_MODULE_RELATIVE_DIR))) };
}

void SessionModuleLoader::setSearchPath(const QStringList& folders)
{
    loaded().searchPath = folders;
    if (!loaded().module)
        loaded().tried = false;
}

bool SessionModuleLoader::isLoaded()
{
    return loaded().module != nullptr;
}

SessionModule* SessionModuleLoader::load(QString* error)
{
    LoadedModule& state = loaded();
    if (!state.tried) {
        state.tried = true;
        QStringList problems;
        for (const QString& folder : searchPath()) {
            QPluginLoader loader(QDir(folder).filePath(moduleName));
            // The module is never unloaded: Chromium cannot be shut down and started again.
            loader.setLoadHints(QLibrary::PreventUnloadHint);
            if (!loader.load()) {
                problems.append(loader.errorString());
                continue;
            }
            state.module = qobject_cast<SessionModule*>(loader.instance());
            if (state.module) {
                qCInfo(lcApp) << "session module loaded from" << loader.fileName();
                break;
            }
            problems.append(QStringLiteral("%1 is not a Vieraugen session module of this version")
                                .arg(loader.fileName()));
        }
        if (!state.module) {
            qCWarning(lcApp) << "no session module:" << problems;
            state.error = tr("Video sessions and the camera check need the session module of Vieraugen "
                             "(%1), which could not be loaded. The calendar works without it. Reinstall "
                             "Vieraugen, or ask your IT to.\n\nDetails: %2")
                              .arg(moduleName, problems.join(QStringLiteral("; ")));
        }
    }
    if (!state.module && error)
        *error = state.error;
    return state.module;
}
