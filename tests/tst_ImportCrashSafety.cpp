#include "core/base/Clock.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/storage/Database.h"
#include "core/sync/SyncStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A real vieraugen-cli process is killed (SIGKILL: no chance to clean up) in the middle of
// importing 10,000 appointments. The calendar must open cleanly afterwards, with everything that
// was committed before and either all of the import or none of it.
class TestImportCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportLeavesTheCalendarConsistent();
    void killedImportIntoATeamCalendarKeepsItsChangesQueued();

private:
    int run(const QStringList& arguments);
    // 10,000 appointments with UIDs bulk-N.
    QString writeBulkFile();
    // Starts an import and kills it as soon as it writes; whether it was still running then.
    bool killImportMidway(const QStringList& arguments);
    QString dataDirectory() const { return m_dir.filePath(QStringLiteral("data")); }

    QString m_cli;
    QTemporaryDir m_dir;
};

int TestImportCrashSafety::run(const QStringList& arguments)
{
    QProcess process;
    process.start(m_cli,
                  QStringList { QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")) }
                      + arguments);
    process.waitForFinished(60000);
    return process.exitCode();
}

void TestImportCrashSafety::initTestCase()
{
    m_cli = qEnvironmentVariable("VIERAUGEN_CLI_EXECUTABLE");
}

QString TestImportCrashSafety::writeBulkFile()
{
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//crash//EN\r\n";
    for (int i = 0; i < 10000; ++i) {
        const QDateTime start = QDateTime(QDate(2027, 1, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(i) * 3600);
        ics += "BEGIN:VEVENT\r\nUID:bulk-" + QByteArray::number(i) + "\r\nSUMMARY:Termin "
            + QByteArray::number(i) + "\r\nDESCRIPTION:" + QByteArray(200, 'd')
            + "\r\nDTSTART:" + start.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1()
            + "\r\nDTEND:" + start.addSecs(1800).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1()
            + "\r\nEND:VEVENT\r\n";
    }
    ics += "END:VCALENDAR\r\n";
    const QString file = m_dir.filePath(QStringLiteral("bulk.ics"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(ics) != ics.size())
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

bool TestImportCrashSafety::killImportMidway(const QStringList& arguments)
{
    // Kill as soon as the import is writing: the write-ahead log starts to grow.
    const QString wal = m_dir.filePath(QStringLiteral("data/calendar.sqlite-wal"));
    const qint64 walBefore = QFileInfo(wal).size();
    QProcess import;
    import.start(m_cli,
                 QStringList { QStringLiteral("--data-dir"), dataDirectory(), QStringLiteral("import") }
                     + arguments);
    if (!import.waitForStarted())
        qFatal("vieraugen-cli did not start");
    QElapsedTimer timer;
    timer.start();
    while (import.state() == QProcess::Running && QFileInfo(wal).size() <= walBefore + 64 * 1024
           && timer.elapsed() < 30000)
        QTest::qWait(2);
    const bool killedMidway = import.state() == QProcess::Running;
    import.kill();
    import.waitForFinished(10000);
    qInfo("import killed after %lld ms (mid-import: %s)", timer.elapsed(), killedMidway ? "yes" : "no");
    return killedMidway;
}

void TestImportCrashSafety::killedImportLeavesTheCalendarConsistent()
{
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Vorher %1").arg(i),
                       QStringLiteral("--start"), QStringLiteral("2026-12-0%1T09:00").arg(i + 1),
                       QStringLiteral("--end"), QStringLiteral("2026-12-0%1T10:00").arg(i + 1),
                       QStringLiteral("--in-person") }),
                 0);
    }
    const bool killedMidway = killImportMidway({ writeBulkFile() });

    Database database(QStringLiteral("after-crash"), CalendarSchema::migrations());
    QVERIFY2(database.open(m_dir.filePath(QStringLiteral("data/calendar.sqlite")),
                           m_dir.filePath(QStringLiteral("b"))),
             qPrintable(database.errorString()));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE title LIKE 'Vorher %'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE uid LIKE 'bulk-%'"))
            && query.next());
    const int imported = query.value(0).toInt();
    QVERIFY2(imported == 0 || imported == 10000, qPrintable(QString::number(imported)));
    if (killedMidway)
        QCOMPARE(imported, 0);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM appointment_search")) && query.next());
    QCOMPARE(query.value(0).toInt(), 3 + imported);
}

void TestImportCrashSafety::killedImportIntoATeamCalendarKeepsItsChangesQueued()
{
    // Every change to a team calendar is in the sync queue, also after a kill at any moment: a change
    // the server never hears of would be lost for the team.
    QString teamId;
    {
        QDir(dataDirectory()).removeRecursively();
        QDir().mkpath(dataDirectory());
        Database database(QStringLiteral("setup"), CalendarSchema::migrations());
        QVERIFY(database.open(m_dir.filePath(QStringLiteral("data/calendar.sqlite")),
                              m_dir.filePath(QStringLiteral("b"))));
        AppointmentStore store(database, SystemClock::instance());
        SyncStore sync(database, store, SystemClock::instance());
        CalDavAccount account {
            {}, QUrl(QStringLiteral("https://cloud.example.org/")), QStringLiteral("anna"), {}, {}
        };
        QVERIFY(sync.addAccount(account, nullptr));
        TeamCalendar team;
        team.accountId = account.id;
        team.url = QUrl(QStringLiteral("https://cloud.example.org/calendars/anna/team/"));
        team.name = QStringLiteral("Team");
        QVERIFY(sync.saveCalendar(team, nullptr));
        teamId = team.id;
    }
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--calendar"), teamId, QStringLiteral("--title"),
                       QStringLiteral("Vorher %1").arg(i), QStringLiteral("--start"),
                       QStringLiteral("2026-12-0%1T09:00").arg(i + 1), QStringLiteral("--end"),
                       QStringLiteral("2026-12-0%1T10:00").arg(i + 1), QStringLiteral("--in-person") }),
                 0);
    }
    const bool killedMidway = killImportMidway({ QStringLiteral("--calendar"), teamId, writeBulkFile() });

    Database database(QStringLiteral("after-team-crash"), CalendarSchema::migrations());
    QVERIFY2(database.open(m_dir.filePath(QStringLiteral("data/calendar.sqlite")),
                           m_dir.filePath(QStringLiteral("b"))),
             qPrintable(database.errorString()));
    QSqlQuery query(database.connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE calendar_id = '%1'").arg(teamId))
        && query.next());
    const int inTeam = query.value(0).toInt();
    QVERIFY2(inTeam == 3 || inTeam == 10003, qPrintable(QString::number(inTeam)));
    if (killedMidway)
        QCOMPARE(inTeam, 3);
    // Each of them, and nothing else, waits for the server.
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_queue")) && query.next());
    QCOMPARE(query.value(0).toInt(), inTeam);
    QVERIFY(query.exec(QStringLiteral(
                "SELECT COUNT(*) FROM appointments WHERE uid NOT IN (SELECT uid FROM sync_queue)"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestImportCrashSafety)
#include "tst_ImportCrashSafety.moc"
