// An event-loop latency probe, preloaded into a program (LD_PRELOAD=bench_probe.so) so that the
// program itself stays as shipped. From the first turn of the event loop it ticks every 2 ms and
// notes the longest gap between ticks: how long the GUI thread was blocked. After
// VIERAUGEN_PROBE_SECONDS (default 3) it writes one JSON line to VIERAUGEN_PROBE_OUT and quits:
//   firstTickMs  launch (VIERAUGEN_PROBE_LAUNCH_MS, epoch ms) to the first turn of the event loop
//   maxBlockMs   the longest the event loop did not turn, minus the tick, and when (ms after launch)
//   paintedMs    launch to the first turn of the event loop after the first paint of a widget:
//                the window is on screen with its content and answers input (start to interactive)
//   rssKib       resident memory at the end (idle)
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <memory>

namespace {

qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Probe
{
    static constexpr int tickMs = 2;
    qint64 launchMs = 0;
    qint64 firstTickMs = -1;
    qint64 lastTickMs = -1;
    qint64 maxBlockMs = 0;
    qint64 maxBlockAtMs = 0;
    qint64 paintedMs = -1;
};

// Sees every event of the GUI thread; at the first paint of a widget it asks the event loop for its
// next turn, which comes once the whole frame is painted and handed to the window system.
class FirstPaintWatch : public QObject
{
public:
    explicit FirstPaintWatch(std::shared_ptr<Probe> probe)
        : QObject(QCoreApplication::instance())
        , m_probe(std::move(probe))
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                m_probe->paintedMs = QDateTime::currentMSecsSinceEpoch() - m_probe->launchMs;
            });
        }
        return false;
    }

private:
    std::shared_ptr<Probe> m_probe;
    bool m_seen = false;
};

void startProbe()
{
    auto probe = std::make_shared<Probe>();
    probe->launchMs = qgetenv("VIERAUGEN_PROBE_LAUNCH_MS").toLongLong();
    const int seconds = qEnvironmentVariableIsSet("VIERAUGEN_PROBE_SECONDS")
        ? qEnvironmentVariableIntValue("VIERAUGEN_PROBE_SECONDS")
        : 3;
    QCoreApplication::instance()->installEventFilter(new FirstPaintWatch(probe));
    auto* timer = new QTimer(QCoreApplication::instance());
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(Probe::tickMs);
    QObject::connect(timer, &QTimer::timeout, timer, [probe, seconds] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch() - probe->launchMs;
        if (probe->firstTickMs < 0)
            probe->firstTickMs = now;
        else if (now - probe->lastTickMs - Probe::tickMs > probe->maxBlockMs) {
            probe->maxBlockMs = now - probe->lastTickMs - Probe::tickMs;
            probe->maxBlockAtMs = now;
        }
        probe->lastTickMs = now;
        if (now - probe->firstTickMs < seconds * 1000)
            return;
        QFile out(qEnvironmentVariable("VIERAUGEN_PROBE_OUT"));
        if (out.open(QIODevice::WriteOnly))
            out.write(QStringLiteral("{\"firstTickMs\": %1, \"maxBlockMs\": %2, \"maxBlockAtMs\": %3, "
                                     "\"paintedMs\": %4, \"rssKib\": %5}\n")
                          .arg(probe->firstTickMs)
                          .arg(probe->maxBlockMs)
                          .arg(probe->maxBlockAtMs)
                          .arg(probe->paintedMs)
                          .arg(residentKib())
                          .toUtf8());
        QCoreApplication::quit();
    });
    // Started from the event loop, so the first tick is its first turn.
    QTimer::singleShot(0, timer, [timer] { timer->start(); });
}

// Runs when the application object is constructed.
const bool installed = [] {
    qAddPreRoutine(startProbe);
    return true;
}();

} // namespace
