// Calendar benchmarks on this machine (run on demand, never by ctest):
//   bench_calendar [path-to-vieraugen] [path-to-bench_bare_window]
//   bench_calendar --import-only [RUNS]   the import of a 10k-event .ics alone, each run into a
//                                         new calendar (for callgrind: RUNS 1)
// Prints medians; the targets are in the issue and the closing note.
#include "core/base/Clock.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/calendar/IcsCodec.h"
#include "core/storage/Database.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/OccurrenceModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

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
