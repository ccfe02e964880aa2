#include "ui/session/SessionModuleLoader.h"

#include "core/base/ModuleLoader.h"
#include "ui/session/SessionModule.h"

namespace {

ModuleLoader& loader()
{
    static ModuleLoader module(QStringLiteral("vieraugen-session"));
    return module;
}

} // namespace

QStringList SessionModuleLoader::searchPath()
{
    return loader().searchPath();
}

void SessionModuleLoader::setSearchPath(const QStringList& folders)
{
    loader().setSearchPath(folders);
}

bool SessionModuleLoader::isLoaded()
{
    return loader().isLoaded<SessionModule>();
}

SessionModule* SessionModuleLoader::load(QString* error)
{
    QString details;
    auto* module = loader().load<SessionModule>(&details);
    if (!module && error)
        *error = tr("Video sessions and the camera check need the session module of Vieraugen "
                    "(%1), which could not be loaded. The calendar works without it. Reinstall "
                    "Vieraugen, or ask your IT to.\n\nDetails: %2")
                     .arg(loader().name(), details);
    return module;
}
