// Session start and memory against the stand-in Jitsi server (tests/support), each measurement in
// a fresh process so that Chromium starts cold:
//   bare  – a plain QWebEngineView loads the stand-in meeting page directly (the yardstick), in
//           bench_session_bare: this file built with VIERAUGEN_BENCH_BARE, linked to Qt WebEngine;
//   cold  – "Start" with nothing prepared: the session module (Qt WebEngine) loaded, engine, host
//           page, IFrame API, meeting — in a program that, like Vieraugen, does not link WebEngine;
//   warm  – "Start" after the warm-up that runs ahead of an appointment (and loads the module).
// The time ends when the meeting has the camera and microphone (bare) or when Vieraugen sees the
// conference joined (cold, warm). Memory is the resident size of the whole process tree
// (browser, renderer, GPU/utility processes) a second after joining.
//
//   bench_session [RUNS]        runs every mode RUNS times (default 5) and prints medians and ratios
//   bench_session MODE          one measurement, printed as JSON
#include "core/base/Clock.h"
#include "core/meeting/RoomFactory.h"
#include "core/meeting/SessionPlan.h"
#include "tests/support/StandInJitsiServer.h"
#include "tests/support/TestCertificates.h"
#ifndef VIERAUGEN_BENCH_BARE
#include "ui/session/AbstractSessionWindow.h"
#include "ui/session/SessionHost.h"
#include "ui/session/SessionModule.h"
#include "ui/session/SessionModuleLoader.h"
#endif

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTextStream>
#ifdef VIERAUGEN_BENCH_BARE
#include <QWebEngineProfile>
#include <QWebEngineView>
#endif

#include <algorithm>

namespace {
// Resident memory of this process and all its descendants, in KiB (Linux /proc).
qint64 processTreeRssKib()
{
    QHash<qint64, qint64> parentOf;
    QHash<qint64, qint64> rssOf;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& pid : pids) {
        bool numeric = false;
        const qint64 id = pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("PPid:"))
                parentOf.insert(id, line.mid(5).trimmed().toLongLong());
            else if (line.startsWith("VmRSS:"))
                rssOf.insert(id, line.mid(6).trimmed().split(' ').value(0).toLongLong());
        }
    }
    const qint64 self = QCoreApplication::applicationPid();
    qint64 total = 0;
    for (auto it = rssOf.cbegin(); it != rssOf.cend(); ++it) {
        for (qint64 id = it.key(); id > 1; id = parentOf.value(id, 0)) {
            if (id == self) {
                total += it.value();
                break;
            }
        }
    }
    return total;
}

int measure(const QString& mode)
{
    TestCertificates certificates;
    QString error;
    if (!certificates.create(&error) || !certificates.trustInWebEngine(&error)) {
        qCritical() << error;
        return 1;
    }
    StandInJitsiServer server;
    if (!server.listen(certificates.serverConfiguration()))
        return 1;
    Appointment appointment;
    appointment.title = QStringLiteral("Benchmark");
    SessionPlan plan;
    plan.occurrence.appointment = std::make_shared<const Appointment>(appointment);
    plan.server.baseUrl = server.baseUrl();
    plan.server.auth = ServerProfile::AuthMode::None;
    plan.roomName = RoomFactory().newRoomName();
    plan.language = QStringLiteral("en");

    bool joined = false;
    QElapsedTimer clock;
    qint64 joinMs = 0;
    const auto markJoined = [&] {
        if (!joined) {
            joined = true;
            joinMs = clock.elapsed();
        }
    };
#ifdef VIERAUGEN_BENCH_BARE
    std::unique_ptr<QWebEngineProfile> bareProfile;
    std::unique_ptr<QWebEngineView> bareView;
    if (mode == QLatin1String("bare")) {
        QObject::connect(&server, &StandInJitsiServer::reported, &server, [&](const QString& kind) {
            if (kind == QLatin1String("media"))
                markJoined();
        });
        clock.start();
        bareProfile = std::make_unique<QWebEngineProfile>();
        bareView = std::make_unique<QWebEngineView>();
        auto* page = new QWebEnginePage(bareProfile.get(), bareView.get());
        QObject::connect(page, &QWebEnginePage::featurePermissionRequested, page,
                         [page](const QUrl& origin, QWebEnginePage::Feature feature) {
                             page->setFeaturePermission(origin, feature,
                                                        QWebEnginePage::PermissionGrantedByUser);
                         });
        bareView->setPage(page);
        bareView->resize(1200, 800);
        bareView->show();
        QUrl meeting = plan.guestLink();
        meeting.setFragment(QStringLiteral("jitsi_meet_external_api_id=0"));
        page->load(meeting);
    }
#else
    SessionModuleLoader::setSearchPath({ QStringLiteral(VIERAUGEN_SESSION_MODULE_BUILD_DIR) });
    std::unique_ptr<SessionHost> host;
    const auto loadHost = [&host] {
        QString loadError;
        SessionModule* module = SessionModuleLoader::load(&loadError);
        if (!module)
            qCritical() << loadError;
        else
            host.reset(module->createHost(nullptr));
        return module != nullptr;
    };
    AbstractSessionWindow* window = nullptr;
    if (mode == QLatin1String("warm")) {
        if (!loadHost())
            return 1;
        host->warmUp(QUrl(plan.meetingOptions().value(QLatin1String("scriptUrl")).toString()));
        if (!QTest::qWaitFor([&server] { return server.scriptLoads() > 0; }, 30000))
            return 1;
        QTest::qWait(1000);
    }
    clock.start();
    if (!host && !loadHost())
        return 1;
    window = host->createWindow(plan, SystemClock::instance());
    QObject::connect(window, &AbstractSessionWindow::joined, window, markJoined);
    window->show();
#endif
    if (!QTest::qWaitFor([&joined] { return joined; }, 60000))
        return 1;
    QTest::qWait(1000);
    const qint64 rss = processTreeRssKib();
    QTextStream(stdout) << QJsonDocument(QJsonObject { { QStringLiteral("mode"), mode },
                                                       { QStringLiteral("ms"), joinMs },
                                                       { QStringLiteral("rssKib"), rss } })
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
#ifdef VIERAUGEN_BENCH_BARE
    bareView.reset();
    bareProfile.reset();
#else
    delete window;
#endif
    return 0;
}

#ifndef VIERAUGEN_BENCH_BARE
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int compare(int runs)
{
    QHash<QString, QList<double>> ms;
    QHash<QString, QList<double>> rss;
    const QStringList modes { QStringLiteral("bare"), QStringLiteral("cold"), QStringLiteral("warm") };
    for (int run = 0; run < runs; ++run) {
        for (const QString& mode : modes) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(mode == QLatin1String("bare")
                            ? QCoreApplication::applicationDirPath() + QStringLiteral("/bench_session_bare")
                            : QCoreApplication::applicationFilePath(),
                        { mode });
            if (!child.waitForFinished(120000) || child.exitCode() != 0) {
                qCritical() << mode << "failed";
                return 1;
            }
            const QJsonObject result
                = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed().split('\n').constLast())
                      .object();
            ms[mode].append(result.value(QLatin1String("ms")).toDouble());
            rss[mode].append(result.value(QLatin1String("rssKib")).toDouble() / 1024.0);
        }
    }
    QTextStream out(stdout);
    for (const QString& mode : modes)
        out << QStringLiteral("%1: median %2 ms to joined, %3 MiB process tree (runs: %4)\n")
                   .arg(mode, -4)
                   .arg(median(ms[mode]), 0, 'f', 0)
                   .arg(median(rss[mode]), 0, 'f', 0)
                   .arg(ms[mode].size());
    out << QStringLiteral("cold / bare time:   %1 (target <= 1.2)\n")
               .arg(median(ms[QStringLiteral("cold")]) / median(ms[QStringLiteral("bare")]), 0, 'f', 2)
        << QStringLiteral("warm / cold time:   %1 (target <= 0.6)\n")
               .arg(median(ms[QStringLiteral("warm")]) / median(ms[QStringLiteral("cold")]), 0, 'f', 2)
        << QStringLiteral("cold / bare memory: %1 (target <= 1.15)\n")
               .arg(median(rss[QStringLiteral("cold")]) / median(rss[QStringLiteral("bare")]), 0, 'f', 2);
    return 0;
}
#endif
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
#ifdef VIERAUGEN_BENCH_BARE
    return measure(QStringLiteral("bare"));
#else
    const QString argument = app.arguments().value(1);
    bool isNumber = false;
    const int runs = argument.toInt(&isNumber);
    if (argument.isEmpty() || isNumber)
        return compare(isNumber ? runs : 5);
    return measure(argument);
#endif
}
