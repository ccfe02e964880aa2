#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/calendar/DailyMaintenance.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// The daily run works on a worker thread while the calendar stays in use: the purge of expired client
// data does not hold up the GUI thread, and the store shows its result; the backup is a complete,
// consistent copy of one moment of the calendar, however the writes go on meanwhile.
class TestDailyMaintenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backupWhileWritingIsACompleteConsistentCopy();
    void closingWaitsForTheBackup();
    void purgeRunsOnTheWorkerAndTheStoreReloads();

private:
    Appointment appointment(const QString& title, int dayOffset) const;
    void fill(int count);
    QString backupDirectory() const { return m_workspace->dataLocation().backupDirectory(); }
    std::unique_ptr<DailyMaintenance> maintenance();

    std::unique_ptr<TestWorkspace> m_workspace;
};

void TestDailyMaintenance::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    QString error;
    QVERIFY2(m_workspace->dataLocation().prepare(&error), qPrintable(error));
}

void TestDailyMaintenance::cleanup()
{
    m_workspace.reset();
}

Appointment TestDailyMaintenance::appointment(const QString& title, int dayOffset) const
{
    Appointment result;
    result.title = title;
    // In the future: nothing here expires, so the backup holds every appointment it saw.
    result.start = m_workspace->clock().nowUtc().addDays(dayOffset % 700 + 1);
    result.end = result.start.addSecs(50 * 60);
    result.timeZone = QStringLiteral("Europe/Berlin");
    result.kind = SessionKind::InPerson;
    result.participants = { { QStringLiteral("Klientin %1").arg(title), QString(), QString() } };
    return result;
}

void TestDailyMaintenance::fill(int count)
{
    QList<Appointment> appointments;
    for (int i = 0; i < count; ++i)
        appointments.append(appointment(QStringLiteral("Bestand %1").arg(i), i));
    int created = 0;
    int updated = 0;
    QString error;
    QVERIFY2(m_workspace->appointments().saveAll(appointments, &created, &updated, &error),
             qPrintable(error));
}

std::unique_ptr<DailyMaintenance> TestDailyMaintenance::maintenance()
{
    return std::make_unique<DailyMaintenance>(m_workspace->appointments(), m_workspace->clock(),
                                              m_workspace->database().filePath(), backupDirectory());
}

void TestDailyMaintenance::backupWhileWritingIsACompleteConsistentCopy()
{
    const int existing = 3000;
    fill(existing);
    const std::unique_ptr<DailyMaintenance> daily = maintenance();
    QSignalSpy finished(daily.get(), &DailyMaintenance::finished);
    daily->run(90);
    QVERIFY(finished.isEmpty()); // the backup is written while this thread goes on

    // The calendar keeps being written, one appointment with its client per transaction, until the
    // backup is done (the bound only keeps a broken worker from hanging the test).
    int written = 0;
    QString error;
    for (int turn = 0; finished.isEmpty() && turn < 1000000; ++turn) {
        Appointment added = appointment(QStringLiteral("Neu %1").arg(written), written);
        QVERIFY2(m_workspace->appointments().save(added, &error), qPrintable(error));
        ++written;
        QCoreApplication::processEvents();
    }
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QString());
    QVERIFY(written > 0);

    const QList<QFileInfo> backups = Backups::list(backupDirectory());
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().fileName(), QStringLiteral("daily-2026-11-27.sqlite"));
    const QString connectionName = QStringLiteral("backup-check");
    {
        QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        backup.setDatabaseName(backups.first().filePath());
        backup.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(backup.open());
        QSqlQuery query(backup);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), CalendarSchema::migrations().last().version);
        // Everything there was before the run, and of what came during it a beginning without gaps:
        // one moment of the calendar.
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE title LIKE 'Bestand %'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), existing);
        QVERIFY(
            query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(CAST(SUBSTR(title, 5) AS INTEGER)), -1) "
                                      "FROM appointments WHERE title LIKE 'Neu %'"))
            && query.next());
        const int newInBackup = query.value(0).toInt();
        QVERIFY(newInBackup <= written);
        QCOMPARE(query.value(1).toInt(), newInBackup - 1);
        // Each appointment with its client: no transaction is in it by halves.
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM appointments a WHERE (SELECT COUNT(*) FROM "
                                          "participants p WHERE p.appointment_id = a.id) != 1"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        backup.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    // And the calendar itself lost nothing meanwhile.
    QSqlQuery calendar(m_workspace->database().connection());
    QVERIFY(calendar.exec(QStringLiteral("SELECT COUNT(*) FROM appointments")) && calendar.next());
    QCOMPARE(calendar.value(0).toInt(), existing + written);
}

void TestDailyMaintenance::closingWaitsForTheBackup()
{
    fill(1000);
    maintenance()->run(90); // the program quits at once
    const QList<QFileInfo> backups = Backups::list(backupDirectory());
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().fileName(), QStringLiteral("daily-2026-11-27.sqlite"));
    QVERIFY(QDir(backupDirectory()).entryList({ QStringLiteral("*.part") }, QDir::Files).isEmpty());
}

void TestDailyMaintenance::purgeRunsOnTheWorkerAndTheStoreReloads()
{
    AppointmentStore& store = m_workspace->appointments();
    Appointment expired = appointment(QStringLiteral("Erstgespräch"), 0);
    expired.start = m_workspace->clock().nowUtc().addDays(-200);
    expired.end = expired.start.addSecs(50 * 60);
    Appointment coming = appointment(QStringLiteral("Folgetermin"), 3);
    QString error;
    QVERIFY2(store.save(expired, &error), qPrintable(error));
    QVERIFY2(store.save(coming, &error), qPrintable(error));
    const auto titleOf = [&store](const Appointment& shown) {
        const QList<Occurrence> occurrences = store.occurrences(shown.start, shown.end);
        return occurrences.size() == 1 ? occurrences.first().appointment->title : QStringLiteral("(missing)");
    };
    QCOMPARE(titleOf(expired), expired.title); // read once, as a view does

    // Another program holds the calendar's write lock: a purge on this thread would wait for it here.
    const QString otherName = QStringLiteral("other-writer");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), otherName);
        other.setDatabaseName(m_workspace->database().filePath());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        const std::unique_ptr<DailyMaintenance> daily = maintenance();
        QSignalSpy finished(daily.get(), &DailyMaintenance::finished);
        QSignalSpy changed(&store, &AppointmentStore::changed);
        daily->run(90);
        // Back at once, and the calendar reads as before while the purge waits for the lock.
        QVERIFY(finished.isEmpty());
        QCOMPARE(titleOf(expired), expired.title);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toString(), QString());

        // The store learnt of the purge written through another connection: the views read again and
        // see it, the coming appointment untouched.
        QCOMPARE(changed.size(), 1);
        const std::optional<Appointment> purged = store.find(expired.uid);
        QVERIFY(purged && purged->personalDataPurged);
        QVERIFY(purged->participants.isEmpty());
        QCOMPARE(titleOf(expired), QString());
        QCOMPARE(titleOf(coming), coming.title);
        QCOMPARE(store.find(coming.uid)->participants.size(), 1);
        other.close();
    }
    QSqlDatabase::removeDatabase(otherName);
}

QTEST_GUILESS_MAIN(TestDailyMaintenance)
#include "tst_DailyMaintenance.moc"
