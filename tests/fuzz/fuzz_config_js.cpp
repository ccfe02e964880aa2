// A Jitsi server's config.js: what any server the counselor points Vieraugen at can send to the
// privacy audit and the connection test.
#include "core/checks/JitsiConfigReader.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput::ensureApplication();
    QJsonObject config;
    QString error;
    JitsiConfigReader::read(FuzzInput::bytes(data, size), QStringLiteral("config"), &config, &error);
    return 0;
}
