#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

class Clock;

// How long a session has run, against how long it was planned, read from the app's clock; and a
// quiet cue, once, when the planned end is near.
class SessionTimer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 cueBeforeEndMs = 5 * 60 * 1000;

    // plannedStart and plannedEnd: the appointment's date (UTC).
    SessionTimer(const Clock& clock, const QDateTime& plannedStart, const QDateTime& plannedEnd,
                 QObject* parent = nullptr);

    // The session began (the counselor joined). A rejoin keeps the first start.
    void start();
    bool isRunning() const { return m_started.isValid(); }
    qint64 elapsedMs() const;
    // Elapsed and planned time, e.g. "12:05 of 50 min".
    QString text() const;
    // Reads the clock; emits nearEnd() once when the planned end is cueBeforeEndMs away.
    void update();

Q_SIGNALS:
    void nearEnd();

private:
    const Clock& m_clock;
    QDateTime m_plannedStart;
    QDateTime m_plannedEnd;
    QDateTime m_started;
    bool m_cued = false;
};
