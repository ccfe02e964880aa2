// Phone numbers as counselors type or paste them, read with libphonenumber.
#include "core/base/PhoneNumber.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput::ensureApplication();
    const QString input = QString::fromUtf8(FuzzInput::bytes(data, size));
    QString e164;
    QString error;
    if (PhoneNumber::toE164(input, QStringLiteral("DE"), &e164, &error))
        PhoneNumber::canReceiveSms(e164);
    PhoneNumber::forDisplay(input, QStringLiteral("DE"));
    return 0;
}
