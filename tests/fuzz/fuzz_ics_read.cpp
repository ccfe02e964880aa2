// The .ics reader on any bytes: what an e-mail attachment or another program's export can hold.
#include "core/calendar/IcsCodec.h"
#include "core/calendar/IcsImportReport.h"
#include "tests/fuzz/FuzzInput.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput::ensureApplication();
    IcsImportReport report;
    IcsCodec::read(FuzzInput::bytes(data, size), QTimeZone("Europe/Berlin"), &report);
    return 0;
}
