#pragma once

#include "core/base/Clock.h"

// A clock that stands still until the test moves it.
class MockClock final : public Clock
{
public:
    explicit MockClock(const QDateTime& start);

    qint64 currentMSecsSinceEpoch() const override { return m_msecs; }

    void setTime(const QDateTime& time);
    void advance(qint64 msecs);

private:
    qint64 m_msecs;
};
