#include "core/base/LogFile.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/Retention.h"
#include "core/invite/InvitationLog.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/sync/CalendarObject.h"
#include "core/sync/SyncConflicts.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// After the retention period, clients' data is in no file of the data folder: not in the
// calendar, its write-ahead log, a backup or the log.
class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void expiredClientDataLeavesEveryFile();
    void dailyBackupsOlderThanThePeriodAreRemoved();

private:
    Appointment appointment(const QString& title, const QDateTime& start, const Participant& client,
                            const QString& notes) const;
    void addInvitation(const QString& uid, InvitationLog::Status status);
    int maintain(int retentionDays = 90);
    // Which of the words occur in which file under the data folder, case-insensitively, in the raw bytes.
    QStringList filesContaining(const QStringList& words) const;
    QString backupDirectory() const { return m_workspace->dataLocation().backupDirectory(); }

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<LogFile> m_log;
    std::unique_ptr<InvitationLog> m_invitations;
};

void TestRetention::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    QString error;
    QVERIFY2(m_workspace->dataLocation().prepare(&error), qPrintable(error));
    m_log = std::make_unique<LogFile>(m_workspace->dataLocation().logDirectory());
    QVERIFY2(m_log->open(&error), qPrintable(error));
    m_log->installAsMessageHandler(QtWarningMsg);
    m_invitations = std::make_unique<InvitationLog>(m_workspace->database(), m_workspace->clock());
}

void TestRetention::cleanup()
{
    m_invitations.reset();
    m_log.reset();
    m_workspace.reset();
}

Appointment TestRetention::appointment(const QString& title, const QDateTime& start,
                                       const Participant& client, const QString& notes) const
{
    Appointment result;
    result.title = title;
    result.start = start;
    result.end = start.addSecs(50 * 60);
    result.timeZone = QStringLiteral("Europe/Berlin");
    result.kind = SessionKind::InPerson;
    result.participants = { client };
    result.notes = notes;
    return result;
}

void TestRetention::addInvitation(const QString& uid, InvitationLog::Status status)
{
    InvitationLog::Entry entry;
    entry.appointmentUid = uid;
    entry.status = status;
    QString error;
    QVERIFY2(m_invitations->add(entry, &error) > 0, qPrintable(error));
}

int TestRetention::maintain(int retentionDays)
{
    QString error;
    const int purged = Retention::apply(m_workspace->database(), m_workspace->appointments(),
                                        m_workspace->clock(), backupDirectory(), retentionDays, &error);
    if (purged < 0)
        qWarning("retention failed: %s", qPrintable(error));
    return purged;
}

QStringList TestRetention::filesContaining(const QStringList& words) const
{
    QStringList found;
    QDirIterator files(m_workspace->dataLocation().path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll().toLower();
        for (const QString& word : words) {
            if (bytes.contains(word.toLower().toUtf8()))
                found.append(QFileInfo(path).fileName() + QStringLiteral(": ") + word);
        }
    }
    return found;
}

void TestRetention::expiredClientDataLeavesEveryFile()
{
    MockClock& clock = m_workspace->clock();
    AppointmentStore& store = m_workspace->appointments();
    QString error;

    // Ends 80 days ago: expires on the eleventh day below.
    Appointment single
        = appointment(QStringLiteral("Frau Quast"), clock.nowUtc().addDays(-80),
                      { QStringLiteral("Berenike Quast"), QStringLiteral("b.quast@example.org"),
                        QStringLiteral("+4915123456789") },
                      QStringLiteral("Trennungsangst seit dem Umzug"));
    QVERIFY2(store.save(single, &error), qPrintable(error));
    // A series whose last date was 79 days ago, that date changed on its own.
    Appointment series
        = appointment(QStringLiteral("Herr Wendeburg"), clock.nowUtc().addDays(-107),
                      { QStringLiteral("Olaf Wendeburg"), QStringLiteral("olaf@wendeburg.example"),
                        QStringLiteral("+4917098765432") },
                      QStringLiteral("Schuldnerberatung vermittelt"));
    series.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=5");
    QVERIFY2(store.save(series, &error), qPrintable(error));
    const std::optional<Occurrence> last = store.occurrenceOf(series.uid, series.start.addDays(28));
    QVERIFY(last);
    QVERIFY2(store.updateOccurrence(
                 *last, [](Appointment& changed) { changed.notes = QStringLiteral("Zwiebelturmgespraech"); },
                 &error),
             qPrintable(error));
    // Still running: stays.
    Appointment current
        = appointment(QStringLiteral("Frau Lammfromm"), clock.nowUtc().addDays(3),
                      { QStringLiteral("Gesine Lammfromm"), QString(), QString() }, QString());
    QVERIFY2(store.save(current, &error), qPrintable(error));
    addInvitation(single.uid, InvitationLog::Status::Sent);
    addInvitation(series.uid, InvitationLog::Status::Pending); // still in the outbox
    // A team calendar's conflict never decided keeps her version and the one it was changed from.
    SyncConflicts conflicts(m_workspace->database(), store, clock);
    QVERIFY2(conflicts.record(single.uid, QStringLiteral("team"),
                              CalendarObject::writeWhole(store.series(single.uid)), &error),
             qPrintable(error));

    QCOMPARE(maintain(), 0);
    // Copies that must not keep the data either: one made before a schema update and the calendar
    // saved before a restore.
    const QString beforeUpdate
        = backupDirectory() + QStringLiteral("/before-schema-4-20261127-110000.sqlite");
    QVERIFY2(m_workspace->database().copyTo(beforeUpdate, &error), qPrintable(error));
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        old.setDatabaseName(beforeUpdate);
        QVERIFY(old.open());
        QVERIFY(QSqlQuery(old).exec(QStringLiteral("PRAGMA user_version = 2")));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    const QString beforeRestore
        = backupDirectory() + QStringLiteral("/before-restore-20261127-113000.sqlite");
    QVERIFY2(m_workspace->database().copyTo(beforeRestore, &error), qPrintable(error));

    const QStringList clientData = { QStringLiteral("Quast"),
                                     QStringLiteral("b.quast@example.org"),
                                     QStringLiteral("23456789"),
                                     QStringLiteral("Trennungsangst"),
                                     QStringLiteral("Wendeburg"),
                                     QStringLiteral("98765432"),
                                     QStringLiteral("Schuldnerberatung"),
                                     QStringLiteral("Zwiebelturm") };
    QVERIFY(filesContaining(clientData).size() > 10); // the scan sees them while they are kept

    int purged = 0;
    for (int day = 1; day <= 12; ++day) {
        clock.advance(24 * 3600 * 1000LL);
        const int purgedToday = maintain();
        QVERIFY(purgedToday >= 0);
        purged += purgedToday;
    }
    QCOMPARE(purged, 3); // the single appointment, the series and its changed date

    QCOMPARE(filesContaining(clientData), QStringList());
    QVERIFY(m_invitations->forAppointment(single.uid).isEmpty());
    QVERIFY(m_invitations->outbox().isEmpty());
    QCOMPARE(conflicts.count(), 0); // a question about data that is gone goes with it
    // What is not expired is kept, in the calendar and in the backups.
    QVERIFY(filesContaining({ QStringLiteral("Lammfromm") }).size() > 1);
    QCOMPARE(store.find(current.uid)->participants.size(), 1);
    QVERIFY(QFileInfo::exists(beforeRestore));
    QVERIFY(!QFileInfo::exists(beforeUpdate));
    QCOMPARE(Backups::list(backupDirectory()).size(), Backups::keptDailyBackups + 1);
}

void TestRetention::dailyBackupsOlderThanThePeriodAreRemoved()
{
    for (int day = 0; day < 6; ++day) {
        QCOMPARE(maintain(3), 0);
        m_workspace->clock().advance(24 * 3600 * 1000LL);
    }
    QCOMPARE(maintain(3), 0);
    QList<QDate> days;
    for (const QFileInfo& backup : Backups::list(backupDirectory()))
        days.append(Backups::dailyDate(backup).value_or(QDate()));
    std::sort(days.begin(), days.end());
    const QDate today = m_workspace->clock().nowUtc().toLocalTime().date();
    QCOMPARE(days, (QList<QDate> { today.addDays(-3), today.addDays(-2), today.addDays(-1), today }));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_Retention.moc"
