#include "core/base/Clock.h"

QDateTime Clock::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(currentMSecsSinceEpoch(), Qt::UTC);
}

qint64 SystemClock::currentMSecsSinceEpoch() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}
