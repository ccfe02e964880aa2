// A CalDAV server's 207 Multi-Status answers (PROPFIND, calendar-multiget, sync-collection) and
// error bodies: what any server a team calendar points at can send to the sync.
#include "core/dav/DavNames.h"
#include "core/dav/Multistatus.h"
#include "tests/fuzz/FuzzInput.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput::ensureApplication();
    static const QUrl requestUrl(
        QStringLiteral("https://cloud.example.org/remote.php/dav/calendars/anna/beratung/"));
    const QByteArray body = FuzzInput::bytes(data, size);
    const Multistatus answer = Multistatus::parse(body, requestUrl);
    for (const DavResource& resource : answer.resources())
        answer.resource(resource.href);
    Multistatus::namesPrecondition(body, DavNames::validSyncToken);
    return 0;
}
