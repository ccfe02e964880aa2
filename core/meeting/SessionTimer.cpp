#include "core/meeting/SessionTimer.h"

#include "core/base/Clock.h"

SessionTimer::SessionTimer(const Clock& clock, const QDateTime& plannedStart, const QDateTime& plannedEnd,
                           QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_plannedStart(plannedStart)
    , m_plannedEnd(plannedEnd)
{ }

void SessionTimer::start()
{
    if (isRunning())
        return;
    m_started = m_clock.nowUtc();
    // Begun within the last minutes already: no cue, it would only startle.
    m_cued = m_started.msecsTo(m_plannedEnd) <= cueBeforeEndMs;
}

qint64 SessionTimer::elapsedMs() const
{
    return isRunning() ? std::max<qint64>(0, m_started.msecsTo(m_clock.nowUtc())) : 0;
}

QString SessionTimer::text() const
{
    const qint64 seconds = elapsedMs() / 1000;
    const QString elapsed = seconds >= 3600
        ? QStringLiteral("%1:%2:%3")
              .arg(seconds / 3600)
              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
              .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const int plannedMinutes = int(m_plannedStart.secsTo(m_plannedEnd) / 60);
    return tr("%1 of %n min", "session time elapsed of planned", plannedMinutes).arg(elapsed);
}

void SessionTimer::update()
{
    if (!isRunning() || m_cued || m_clock.nowUtc().msecsTo(m_plannedEnd) > cueBeforeEndMs)
        return;
    m_cued = true;
    Q_EMIT nearEnd();
}
