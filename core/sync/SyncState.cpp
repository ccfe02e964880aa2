#include "core/sync/SyncState.h"

#include <QStringList>
#include <QTimeZone>

QString SyncState::text(const QTimeZone& zone) const
{
    QStringList parts;
    parts.append(lastSync ? tr("Team calendars synced at %1")
                                .arg(lastSync->toTimeZone(zone).toString(QStringLiteral("HH:mm")))
                          : tr("Team calendars not synced yet"));
    if (pending > 0)
        parts.append(tr("%n change(s) waiting", nullptr, pending));
    if (conflicts > 0)
        parts.append(tr("%n conflict(s) to decide", nullptr, conflicts));
    if (!error.isEmpty())
        parts.append(error);
    return parts.join(QStringLiteral(" · "));
}
