#include "core/sync/SyncConflict.h"

QString SyncConflict::title() const
{
    return localVersion.isEmpty() ? QString() : localVersion.constFirst().title;
}

AppointmentMerge::Result SyncConflict::mineOnto(const QList<Appointment>& theirs) const
{
    if (!baseVersion.isEmpty() && !localVersion.isEmpty() && !theirs.isEmpty())
        return AppointmentMerge::merge(baseVersion, localVersion, theirs);
    AppointmentMerge::Result whole;
    whole.merged = localVersion;
    return whole;
}
