// Team-calendar benchmarks against a real Radicale on this machine (run on demand, never by ctest):
//   bench_caldav [EVENTS]        (default 5000; needs VIERAUGEN_SOURCE_DIR for the python peer)
// Prints: Radicale's own first listing of the calendar (python3-caldav); the initial sync of a
// calendar of EVENTS events into an empty data folder; a sync with nothing changed (its requests and
// time, median of 20); and how long one local change takes to be on the server, from the edit
// (debounce included) to the server answering.
#include "core/calendar/AppointmentStore.h"
#include "core/sync/CalDavAccount.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncQueue.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/RadicaleServer.h"
#include "tests/support/TestWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

bool writeEvents(const QString& folder, int count)
{
    const QDateTime first(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const QString uid = QStringLiteral("bench-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QDateTime start = first.addDays(i / 8).addSecs(3600 * (i % 8));
        const QByteArray ics
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Vieraugen//bench//EN\r\nBEGIN:VEVENT\r\nUID:"
            + uid.toUtf8() + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:"
            + start.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toUtf8()
            + "\r\nDTEND:" + start.addSecs(3000).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toUtf8()
            + "\r\nSUMMARY:Beratung " + QByteArray::number(i) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        QFile file(folder + QLatin1Char('/') + uid + QStringLiteral(".ics"));
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;

    RadicaleServer server;
    server.addUser(QStringLiteral("reception"), QStringLiteral("pw"));
    QString error;
    if (!server.createCalendar(QStringLiteral("team/bench"), QStringLiteral("Bench"), QString(), &error)
        || !writeEvents(server.storageFolder() + QStringLiteral("/team/bench"), events)
        || !server.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }

    TestWorkspace workspace;
    SyncStore store(workspace.database(), workspace.appointments(), workspace.clock());
    SyncQueue queue(workspace.database());
    CalDavAccount account { {}, server.url(), QStringLiteral("reception"), QStringLiteral("reception"), {} };
    TeamCalendar team;
    if (!store.addAccount(account, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    team.accountId = account.id;
    team.url = server.url(QStringLiteral("/team/bench/"));
    team.name = QStringLiteral("Bench");
    store.saveCalendar(team, &error);
    QNetworkAccessManager network;
    SyncEngine engine(network, store, workspace.appointments(), queue,
                      [](const CalDavAccount&, std::function<void(const QString&, const QString&)> done) {
                          done(QStringLiteral("pw"), QString());
                      });
    auto syncOnce = [&engine] {
        bool done = false;
        QObject context;
        QObject::connect(&engine, &SyncEngine::finished, &context, [&done] { done = true; });
        engine.syncNow();
        if (!QTest::qWaitFor([&done] { return done; }, 600000))
            std::fprintf(stderr, "the sync did not finish\n");
    };

    // The events are written into Radicale's folder behind its back, so Radicale first parses each
    // and writes its item cache (a file per event, each synced to disk): a cost a real server pays
    // when a client PUTs the event, never at a member's initial sync. Another client (python3-caldav)
    // lists the calendar first, and that time is Radicale's own.
    QElapsedTimer timer;
    timer.start();
    QByteArray listing;
    if (!server.runPeer(QStringLiteral("reception"),
                        { QStringLiteral("list"), QStringLiteral("/team/bench/") }, &listing, &error)) {
        std::fprintf(stderr, "python3-caldav: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Radicale's first listing (python3-caldav, builds Radicale's cache): %.2f s\n",
                timer.nsecsElapsed() / 1e9);

    timer.restart();
    syncOnce();
    std::printf("initial sync of %d events: %.2f s (%d downloaded, %d requests, error %d)\n", events,
                timer.nsecsElapsed() / 1e9, engine.lastCounts().downloaded, engine.lastRequestCount(),
                int(engine.lastError().kind()));

    QList<double> idle;
    for (int run = 0; run < 20; ++run) {
        timer.restart();
        syncOnce();
        idle.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(idle.begin(), idle.end());
    std::printf("sync with nothing changed: %d request(s), median %.1f ms (min %.1f, max %.1f)\n",
                engine.lastRequestCount(), idle.at(idle.size() / 2), idle.constFirst(), idle.constLast());

    // One edit, the engine running by itself: from the save to the server having it.
    engine.start();
    syncOnce();
    std::optional<Appointment> appointment = workspace.appointments().find(QStringLiteral("bench-00000"));
    if (!appointment) {
        std::fprintf(stderr, "the first event did not arrive\n");
        return 1;
    }
    appointment->title = QStringLiteral("Beratung (geändert)");
    bool uploaded = false;
    QObject context;
    QObject::connect(&engine, &SyncEngine::finished, &context,
                     [&engine, &uploaded] { uploaded = uploaded || engine.lastCounts().uploaded > 0; });
    timer.restart();
    workspace.appointments().save(*appointment, &error);
    if (!QTest::qWaitFor([&uploaded] { return uploaded; }, 60000))
        std::fprintf(stderr, "the change did not reach the server\n");
    std::printf("one local change on the server after %.0f ms (debounce %d ms included)\n",
                timer.nsecsElapsed() / 1e6, SyncEngine::debounceMs);
    return 0;
}
