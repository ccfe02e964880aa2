// An administrator's provisioning file, checked before anything is applied.
#include "core/secrets/SecretStore.h"
#include "core/settings/Provisioner.h"
#include "core/settings/Settings.h"
#include "tests/fuzz/FuzzInput.h"

#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput::ensureApplication();
    static QTemporaryDir folder;
    static Settings settings(folder.filePath(QStringLiteral("settings.ini")));
    static SecretStore secrets(settings);
    const Provisioner provisioner(settings, secrets);
    Provisioner::Plan plan;
    QString error;
    provisioner.parse(FuzzInput::bytes(data, size), &plan, &error);
    return 0;
}
