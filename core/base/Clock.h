#pragma once

#include <QDateTime>

// The source of "now" for everything time-dependent (reminders, retention, tokens), so that
// tests can pin the time instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual qint64 currentMSecsSinceEpoch() const = 0;

    QDateTime nowUtc() const;
};

class SystemClock final : public Clock
{
public:
    qint64 currentMSecsSinceEpoch() const override;

    static const SystemClock& instance();
};
