// Calendar benchmarks on this machine (run on demand, never by ctest):
//   bench_calendar [path-to-vieraugen] [path-to-bench_bare_window]
//   bench_calendar --import-only [RUNS]   the import of a 10k-event .ics alone, each run into a
//                                         new calendar (for callgrind: RUNS 1)
//   bench_calendar --start RUNS path-to-bench_bare_window path-to-vieraugen…
//                                         start with 10k appointments of each program against the
//                                         bare window, side by side (before/after builds): cache-warm
//                                         and disk-cold start (to the picture and the end), first frame
//                                         painted (to interactive, without the picture's second paint
//                                         and the exit), idle memory, longest GUI-thread block
// Prints medians; the targets are in the issue and the closing note.
#include "core/base/Clock.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/calendar/IcsCodec.h"
#include "core/storage/Database.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/OccurrenceModel.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <sqlite3.h>
#include <unistd.h>

namespace {

double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

QList<Appointment> generate(int count, int recurringPercent, const QDateTime& centre, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList names
        = { QStringLiteral("Jana Müller"), QStringLiteral("Ali Demir"), QStringLiteral("Sam Lee"),
            QStringLiteral("Eva Schmidt"), QStringLiteral("Ole Hansen") };
    QList<Appointment> appointments;
    appointments.reserve(count);
    for (int i = 0; i < count; ++i) {
        Appointment appointment;
        appointment.title = QStringLiteral("Beratung %1").arg(i);
        appointment.kind = SessionKind::InPerson;
        appointment.timeZone = QStringLiteral("Europe/Berlin");
        // Five years around the centre, in working hours.
        const QDateTime start = centre.addDays(qint64(random.bounded(5 * 365)) - 2 * 365)
                                    .addSecs(qint64(random.bounded(10)) * 3600);
        appointment.start = start;
        appointment.end = start.addSecs(50 * 60);
        appointment.participants
            = { { names.at(int(random.bounded(qsizetype(names.size())))), {}, {}, QStringLiteral("de") } };
        if (int(random.bounded(100)) < recurringPercent)
            appointment.rrule
                = random.bounded(2) ? QStringLiteral("FREQ=WEEKLY") : QStringLiteral("FREQ=WEEKLY;COUNT=20");
        appointments.append(appointment);
    }
    return appointments;
}

double coldStartMs(const QString& program, const QStringList& arguments)
{
    return medianMs(5, [&] {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
    });
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double startMs(const QString& program, const QStringList& arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return timer.nsecsElapsed() / 1e6;
}

// Drops what the page cache holds of the program, its libraries, Qt's plugins and the calendar
// (pages other processes have mapped stay): the start that follows reads them from disk.
void evictFromPageCache(const QString& program, const QString& dataDir)
{
    QStringList files { program };
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { program });
    ldd.waitForFinished();
    for (const QByteArray& line : ldd.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() >= 3 && parts.at(1) == "=>")
            files.append(QString::fromLocal8Bit(parts.at(2)));
    }
    for (const QString& folder : { QLibraryInfo::path(QLibraryInfo::PluginsPath), dataDir }) {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    for (const QString& file : std::as_const(files)) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

// One run of the program with the event-loop probe preloaded, until the probe ends it.
QJsonObject probed(const QString& program, const QStringList& arguments)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("probe.json"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_PRELOAD"),
                       QCoreApplication::applicationDirPath() + QStringLiteral("/bench_probe.so"));
    environment.insert(QStringLiteral("VIERAUGEN_PROBE_OUT"), out);
    environment.insert(QStringLiteral("VIERAUGEN_PROBE_LAUNCH_MS"),
                       QString::number(QDateTime::currentMSecsSinceEpoch()));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.waitForFinished(60000);
    QFile result(out);
    return result.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(result.readAll()).object()
                                            : QJsonObject();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
}

int compareStarts(int runs, const QString& bare, const QStringList& programs, const QDateTime& centre)
{
    // As the counselor's calendar: 10k appointments, the last start's write-ahead log folded in.
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        QDir().mkpath(data);
        Database database(QStringLiteral("start"), CalendarSchema::migrations());
        database.open(data + QStringLiteral("/calendar.sqlite"), data + QStringLiteral("/backups"));
        AppointmentStore store(database, SystemClock::instance());
        QList<Appointment> tenThousand = generate(10000, 10, centre, 7);
        int created = 0;
        int updated = 0;
        QString error;
        store.saveAll(tenThousand, &created, &updated, &error);
    }
    // Kept as it is before any start: on it, each program's first start of a day purges expired data
    // (five years of appointments: ~40 % at once) and writes the daily backup.
    const QString unpurged = dir.filePath(QStringLiteral("unpurged.sqlite"));
    QFile::copy(data + QStringLiteral("/calendar.sqlite"), unpurged);
    const QString firstOfDay = dir.filePath(QStringLiteral("first-of-day"));
    const QString shot = dir.filePath(QStringLiteral("shot.bmp"));
    const QStringList calendarArguments { QStringLiteral("--data-dir"), data };
    const QStringList names = QStringList { bare } + programs;
    QHash<QString, QList<double>> warm, cold, rss, block, firstTick, painted, firstOfDayBlock;
    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    for (int run = 0; run < runs; ++run) {
        for (const QString& program : names) {
            const bool isBare = program == bare;
            const QStringList screenshot = isBare
                ? QStringList { shot }
                : calendarArguments + QStringList { QStringLiteral("--screenshot"), shot };
            warm[program].append(startMs(program, screenshot));
            evictFromPageCache(program, data);
            cold[program].append(startMs(program, screenshot));
            const QJsonObject probe = probed(program, isBare ? QStringList() : calendarArguments);
            rss[program].append(probe.value(QLatin1String("rssKib")).toDouble() / 1024);
            block[program].append(probe.value(QLatin1String("maxBlockMs")).toDouble());
            firstTick[program].append(probe.value(QLatin1String("firstTickMs")).toDouble());
            painted[program].append(probe.value(QLatin1String("paintedMs")).toDouble());
            if (isBare)
                continue;
            QDir(firstOfDay).removeRecursively();
            QDir().mkpath(firstOfDay);
            QFile::copy(unpurged, firstOfDay + QStringLiteral("/calendar.sqlite"));
            firstOfDayBlock[program].append(probed(program, { QStringLiteral("--data-dir"), firstOfDay })
                                                .value(QLatin1String("maxBlockMs"))
                                                .toDouble());
        }
    }
    std::printf("load average after:  %s\n", qPrintable(loadAverage()));
    std::printf(
        "medians of %d runs, 10k appointments (program: start, disk-cold start, first event-loop turn, "
        "first frame painted, idle RSS, longest GUI-thread block after the first turn)\n",
        runs);
    for (const QString& program : names) {
        std::printf(
            "%s\n  %.0f ms, disk-cold %.0f ms, loop %.0f ms, painted %.0f ms, %.1f MiB, blocked %.0f ms",
            qPrintable(program), median(warm[program]), median(cold[program]), median(firstTick[program]),
            median(painted[program]), median(rss[program]), median(block[program]));
        if (program != bare)
            std::printf(
                " | vs bare: start %.2f (target <= 1.6), disk-cold %.2f, painted %.2f, RSS %.2f "
                "(target <= 1.5); worst block of all runs %.0f ms (target <= 50)",
                median(warm[program]) / median(warm[bare]), median(cold[program]) / median(cold[bare]),
                median(painted[program]) / median(painted[bare]), median(rss[program]) / median(rss[bare]),
                *std::max_element(block[program].cbegin(), block[program].cend()));
        if (program != bare)
            std::printf(
                "\n  first start of a day (purge and backup): longest block %.0f ms, worst of all "
                "runs %.0f ms",
                median(firstOfDayBlock[program]),
                *std::max_element(firstOfDayBlock[program].cbegin(), firstOfDayBlock[program].cend()));
        std::printf("\n");
    }
    return 0;
}

// A 10k-event .ics file, parsed and stored in one transaction; prints read and store times.
double importMs(AppointmentStore& store, const QDateTime& centre)
{
    QList<Appointment> toExport = generate(10000, 0, centre.addYears(10), 99);
    for (Appointment& appointment : toExport)
        appointment.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray ics = IcsCodec::write(toExport);
    QElapsedTimer import;
    import.start();
    IcsImportReport report;
    QList<Appointment> imported = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    const qint64 readMs = import.elapsed();
    QString error;
    int created = 0;
    int updated = 0;
    store.saveAll(imported, &created, &updated, &error);
    std::printf(
        "import of a 10k-event .ics (%.1f MB): %.0f ms (read %lld ms, store %lld ms; target <= 3000 ms)\n",
        ics.size() / 1e6, double(import.elapsed()), readMs, import.elapsed() - readMs);
    return double(import.elapsed());
}

int importOnly(int runs, const QDateTime& centre)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        Database database(QStringLiteral("import"), CalendarSchema::migrations());
        database.open(dir.filePath(QStringLiteral("calendar.sqlite")),
                      dir.filePath(QStringLiteral("backups")));
        AppointmentStore store(database, SystemClock::instance());
        samples.append(importMs(store, centre));
    }
    std::sort(samples.begin(), samples.end());
    std::printf("import of a 10k-event .ics, median of %d: %.0f ms\n", runs, samples.at(samples.size() / 2));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QDateTime centre(QDate(2026, 11, 16), QTime(8, 0), Qt::UTC);
    if (argc >= 2 && qstrcmp(argv[1], "--import-only") == 0)
        return importOnly(argc >= 3 ? std::max(1, std::atoi(argv[2])) : 5, centre);
    if (argc >= 5 && qstrcmp(argv[1], "--start") == 0)
        return compareStarts(std::max(1, std::atoi(argv[2])), QString::fromLocal8Bit(argv[3]),
                             app.arguments().mid(4), QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    Database database(QStringLiteral("bench"), CalendarSchema::migrations());
    database.open(dir.filePath(QStringLiteral("calendar.sqlite")), dir.filePath(QStringLiteral("backups")));
    AppointmentStore store(database, SystemClock::instance());

    QElapsedTimer fill;
    fill.start();
    for (int batch = 0; batch < 10; ++batch) {
        QList<Appointment> appointments = generate(10000, 10, centre, quint32(batch + 1));
        int created = 0;
        int updated = 0;
        QString error;
        if (!store.saveAll(appointments, &created, &updated, &error)) {
            std::fprintf(stderr, "fill failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("100k appointments (10%% recurring) written in %.0f ms\n", double(fill.elapsed()));
    // As the app finds the file when it starts: the write-ahead log folded into the database.
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    const QDateTime monthStart(QDate(2026, 11, 1), QTime(0, 0), QTimeZone("Europe/Berlin"));
    const QDateTime monthEnd = monthStart.addMonths(1);
    int occurrences = 0;
    const double window
        = medianMs(51, [&] { occurrences = int(store.occurrences(monthStart, monthEnd).size()); });
    // The same two range scans the store runs, stepped through SQLite's C API, and nothing else.
    sqlite3* handle = *static_cast<sqlite3* const*>(database.connection().driver()->handle().constData());
    const QByteArray rawStatement
        = "SELECT id, start_utc, end_utc, NULL FROM appointments WHERE rrule IS NULL AND start_utc < ?1 AND "
          "start_utc >= ?2 AND end_utc > ?3 UNION ALL SELECT appointment_id, start_utc, end_utc, "
          "recurrence_id_utc FROM series_occurrences WHERE start_utc < ?1 AND start_utc >= ?2 AND end_utc > "
          "?3";
    int rawRows = 0;
    qint64 checksum = 0;
    const double rawMs = medianMs(51, [&] {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(handle, rawStatement.constData(), int(rawStatement.size()), &statement, nullptr);
        sqlite3_bind_int64(statement, 1, monthEnd.toMSecsSinceEpoch());
        sqlite3_bind_int64(statement, 2, monthStart.toMSecsSinceEpoch() - 3 * 3600 * 1000);
        sqlite3_bind_int64(statement, 3, monthStart.toMSecsSinceEpoch());
        rawRows = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < 4; ++column)
                checksum += sqlite3_column_int64(statement, column);
            ++rawRows;
        }
        sqlite3_finalize(statement);
    });
    std::printf("raw rows: %d\n", rawRows);
    std::printf(
        "month window: %.2f ms for %d occurrences (target <= 5 ms); raw SQLite on the same index: %.2f ms "
        "(ratio %.2f, target <= 2)\n",
        window, occurrences, rawMs, window / rawMs);

    OccurrenceModel model(store);
    MonthView view(model);
    view.resize(1000, 700);
    const double paint = medianMs(31, [&] {
        model.setWindow(view.windowStart(QDate(2026, 11, 15)).addDays(0), 42);
        model.reload();
        view.grab();
    });
    std::printf("month view model load + first paint: %.2f ms (target <= 16 ms)\n", paint);

    int hits = 0;
    const double search = medianMs(21, [&] { hits = int(store.search(QStringLiteral("müller")).size()); });
    std::printf("full-text search: %.2f ms, %d hits (target <= 20 ms)\n", search, hits);

    importMs(store, centre);

    if (argc >= 3) {
        // Cold start with 10k appointments against a bare Qt Widgets window, in the same run. Both
        // save their picture uncompressed: PNG-compressing a full calendar alone takes ~45 ms.
        QTemporaryDir startDir;
        Database small(QStringLiteral("small"), CalendarSchema::migrations());
        QDir().mkpath(startDir.filePath(QStringLiteral("data")));
        small.open(startDir.filePath(QStringLiteral("data/calendar.sqlite")),
                   startDir.filePath(QStringLiteral("data/backups")));
        AppointmentStore smallStore(small, SystemClock::instance());
        QList<Appointment> tenThousand = generate(10000, 10, QDateTime::currentDateTimeUtc(), 7);
        int created = 0;
        int updated = 0;
        QString error;
        smallStore.saveAll(tenThousand, &created, &updated, &error);
        small.close();
        const double vieraugen
            = coldStartMs(QString::fromLocal8Bit(argv[1]),
                          { QStringLiteral("--data-dir"), startDir.filePath(QStringLiteral("data")),
                            QStringLiteral("--screenshot"), startDir.filePath(QStringLiteral("v.bmp")) });
        const double bare
            = coldStartMs(QString::fromLocal8Bit(argv[2]), { startDir.filePath(QStringLiteral("b.bmp")) });
        std::printf("cold start to an interactive calendar with 10k appointments: %.0f ms; bare Qt Widgets "
                    "window: %.0f ms "
                    "(ratio %.2f, target <= 1.3)\n",
                    vieraugen, bare, vieraugen / bare);
    }
    return 0;
}
