#include "tests/support/MockClock.h"

MockClock::MockClock(const QDateTime& start)
    : m_msecs(start.toMSecsSinceEpoch())
{ }

void MockClock::setTime(const QDateTime& time)
{
    m_msecs = time.toMSecsSinceEpoch();
}

void MockClock::advance(qint64 msecs)
{
    m_msecs += msecs;
}
