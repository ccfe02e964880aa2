// Read → write → read gives the same appointments: what Vieraugen exports from a file it imported
// (backups, invitations) must come back unchanged.
#include "core/calendar/Appointment.h"
#include "core/calendar/IcsCodec.h"
#include "core/calendar/IcsImportReport.h"
#include "tests/fuzz/FuzzInput.h"

#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput::ensureApplication();
    const QTimeZone zone("Europe/Berlin");
    IcsImportReport firstReport;
    const QList<Appointment> first = IcsCodec::read(FuzzInput::bytes(data, size), zone, &firstReport);
    if (first.isEmpty())
        return 0;
    const QByteArray written = IcsCodec::write(first);
    IcsImportReport secondReport;
    const QList<Appointment> second = IcsCodec::read(written, zone, &secondReport);
    if (second != first) {
        std::fprintf(stderr, "round trip changed the appointments: %lld read, %lld after writing\n%s\n",
                     static_cast<long long>(first.size()), static_cast<long long>(second.size()),
                     written.constData());
        std::abort();
    }
    return 0;
}
