// Phone numbers as counselors type or paste them, read with libphonenumber.
#include "core/base/PhoneNumber.h"
#include "tests/fuzz/FuzzInput.h"

#include <cstdio>
#include <cstdlib>

namespace {

// Without libphonenumber (the contact module, loaded at run time) every input is refused unread: a
// run would pass while testing nothing, as a copy of the program away from its module once did.
void requireTheContactModule()
{
    static const bool loaded = [] {
        QString e164;
        return PhoneNumber::toE164(QStringLiteral("+4915112345678"), QStringLiteral("DE"), &e164, nullptr);
    }();
    if (!loaded) {
        std::fprintf(stderr, "the contact module is not loaded: fuzzing phone numbers would test nothing\n");
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput::ensureApplication();
    requireTheContactModule();
    const QString input = QString::fromUtf8(FuzzInput::bytes(data, size));
    QString e164;
    QString error;
    if (PhoneNumber::toE164(input, QStringLiteral("DE"), &e164, &error))
        PhoneNumber::canReceiveSms(e164);
    PhoneNumber::forDisplay(input, QStringLiteral("DE"));
    return 0;
}
