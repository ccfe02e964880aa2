#include "core/contact/ContactModuleLoader.h"

#include "core/base/ModuleLoader.h"
#include "core/contact/ContactModule.h"

namespace {

ModuleLoader& loader()
{
    static ModuleLoader module(QStringLiteral("vieraugen-contact"));
    return module;
}

} // namespace

QStringList ContactModuleLoader::searchPath()
{
    return loader().searchPath();
}

void ContactModuleLoader::setSearchPath(const QStringList& folders)
{
    loader().setSearchPath(folders);
}

bool ContactModuleLoader::isLoaded()
{
    return loader().isLoaded<ContactModule>();
}

ContactModule* ContactModuleLoader::load(QString* error)
{
    QString details;
    auto* module = loader().load<ContactModule>(&details);
    if (!module && error)
        *error = tr("Checking phone numbers and sending e-mail need the module %1 of Vieraugen, which could "
                    "not be loaded. The calendar works without it. Reinstall Vieraugen, or ask your IT to."
                    "\n\nDetails: %2")
                     .arg(loader().name(), details);
    return module;
}
