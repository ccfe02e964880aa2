#include "core/sync/SyncConflict.h"

QString SyncConflict::title() const
{
    return localVersion.isEmpty() ? QString() : localVersion.constFirst().title;
}
