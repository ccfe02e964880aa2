// The floor under Vieraugen's start, for bench_calendar --start: the bare window of
// bench_bare_window.cpp plus what any calendar on Vieraugen's libraries pays before it builds a widget
// of its own — the same libraries loaded at start (Qt Sql, Qt Network, SQLite, QtKeychain, libical,
// libpsl, through vieraugen-core), its translations installed, the calendar file opened the way
// Vieraugen opens it (integrity check later) and its appointments counted, a network access manager.
// Vieraugen's start beyond this floor is its own window, its first window of appointments and the
// week it paints.
//   bench_floor_window --data-dir FOLDER [--screenshot FILE]   (the arguments of vieraugen)
#include "core/base/Translations.h"
#include "core/calendar/CalendarSchema.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchWindow.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSqlQuery>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString folder = arguments.value(arguments.indexOf(QStringLiteral("--data-dir")) + 1);
    const QString file = arguments.contains(QStringLiteral("--screenshot"))
        ? arguments.value(arguments.indexOf(QStringLiteral("--screenshot")) + 1)
        : QString();
    Translations::install(app, QString());
    Database database(QStringLiteral("calendar"), CalendarSchema::migrations());
    if (!database.open(folder + QStringLiteral("/calendar.sqlite"), folder + QStringLiteral("/backups"),
                       Database::IntegrityCheck::Later))
        return 2;
    QSqlQuery count(QStringLiteral("SELECT count(*) FROM appointments"), database.connection());
    const int appointments = count.next() ? count.value(0).toInt() : 0;
    QNetworkAccessManager network;

    QMainWindow window;
    window.setCentralWidget(new QLabel(QString::number(appointments), &window));
    return showBenchWindow(window, file);
}
