#include "core/calendar/CalendarSchema.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsPrivateFileAtLatestSchema();
    void everyOpenSetsConnectionPragmas();
    void integerRowsKeepNullsAndRefuseBadStatements();
    void reopeningKeepsData();
    void garbageFileIsReportedAndLeftUntouched();
    void truncatedDatabaseIsReported();
    void damageFoundAfterOpeningStopsEveryWrite();
    void soundFileIsCheckedAfterOpeningAndWritesWaitForIt();
    void closingStopsTheCheckAndFindsNoDamage();
    void newerSchemaIsRefused();
    void failedMigrationRollsBackCompletely();
    void migrationStepInCodeSharesTheTransaction();
    void migrationOfExistingDataWritesBackupFirst();
    void freshDatabaseNeedsNoBackup();
    void copyIsAConsistentDatabase();
    void classifiesSqliteErrors_data();
    void classifiesSqliteErrors();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    static int scalar(const Database& db, const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

MigrationList twoSteps(const QString& secondStatement)
{
    return {
        { 1,
          QStringLiteral("notes"),
          { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)") } },
        { 2,
          QStringLiteral("tags"),
          { QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY)"), secondStatement } },
    };
}

QByteArray fileContent(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestDatabase::integerRowsKeepNullsAndRefuseBadStatements()
{
    Database db(QStringLiteral("t"), twoSteps(QStringLiteral("SELECT 1")));
    QVERIFY(db.open(path(QStringLiteral("n.sqlite")), path(QStringLiteral("backups"))));
    QSqlQuery insert(db.connection());
    QVERIFY(insert.exec(QStringLiteral("CREATE TABLE numbers (a INTEGER, b INTEGER)")));
    QVERIFY(
        insert.exec(QStringLiteral("INSERT INTO numbers VALUES (0, NULL), (-5, 9007199254740993), (7, 0)")));
    QList<QList<qint64>> rows;
    QVERIFY(db.forEachIntegerRow(QStringLiteral("SELECT a, b FROM numbers WHERE a <= ?1 ORDER BY rowid"),
                                 { 5 }, [&rows](const qint64* row) {
                                     rows.append({ row[0], row[1] });
                                 }));
    const QList<QList<qint64>> expected
        = { { 0, Database::nullInteger }, { -5, Q_INT64_C(9007199254740993) } };
    QCOMPARE(rows, expected);
    QVERIFY(!db.forEachIntegerRow(QStringLiteral("SELECT nothing FROM nowhere"), {}, [](const qint64*) {}));
}

int TestDatabase::scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsPrivateFileAtLatestSchema()
{
    Database db(QStringLiteral("t"), CalendarSchema::migrations());
    QVERIFY2(db.open(path(QStringLiteral("c.sqlite")), path(QStringLiteral("backups"))),
             qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), db.latestSchemaVersion());
    QVERIFY(db.latestSchemaVersion() >= 1);
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(path(QStringLiteral("c.sqlite")))
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#endif
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM appointments")));
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*) FROM appointment_search WHERE appointment_search MATCH 'x'")));
}

void TestDatabase::everyOpenSetsConnectionPragmas()
{
    for (int round = 0; round < 2; ++round) {
        Database db(QStringLiteral("t"), CalendarSchema::migrations());
        QVERIFY(db.open(path(QStringLiteral("c.sqlite")), path(QStringLiteral("backups"))));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")), 2); // FULL
    }
}

void TestDatabase::reopeningKeepsData()
{
    const MigrationList migrations = twoSteps(QStringLiteral("SELECT 1"));
    {
        Database db(QStringLiteral("t"), migrations);
        QVERIFY(db.open(path(QStringLiteral("n.sqlite")), path(QStringLiteral("backups"))));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes(text) VALUES ('kept')")));
    }
    Database db(QStringLiteral("t"), migrations);
    QVERIFY(db.open(path(QStringLiteral("n.sqlite")), path(QStringLiteral("backups"))));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), 1);
    QVERIFY(!QDir(path(QStringLiteral("backups"))).exists());
}

void TestDatabase::garbageFileIsReportedAndLeftUntouched()
{
    const QString file = path(QStringLiteral("c.sqlite"));
    QByteArray garbage(8192, 'x');
    garbage.prepend("Certainly not SQLite\n");
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(garbage);
    out.close();

    Database db(QStringLiteral("t"), CalendarSchema::migrations());
    QVERIFY(!db.open(file, path(QStringLiteral("backups"))));
    QCOMPARE(db.error(), Database::Error::Corrupt);
    QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(file)), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("backup")), qPrintable(db.errorString()));
    QCOMPARE(fileContent(file), garbage);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestDatabase::truncatedDatabaseIsReported()
{
    const QString file = path(QStringLiteral("c.sqlite"));
    {
        Database db(QStringLiteral("t"), CalendarSchema::migrations());
        QVERIFY(db.open(file, path(QStringLiteral("backups"))));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QByteArray content = fileContent(file);
    QVERIFY(content.size() > 4096);
    content.truncate(content.size() / 2);
    content.append(QByteArray(1000, '\xff'));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(content);
    out.close();

    Database db(QStringLiteral("t"), CalendarSchema::migrations());
    QVERIFY(!db.open(file, path(QStringLiteral("backups"))));
    QCOMPARE(db.error(), Database::Error::Corrupt);
    QCOMPARE(fileContent(file), content);
}

namespace {
// A calendar-sized file whose first page (header, schema) is intact and whose table pages are not:
// it opens, and only PRAGMA quick_check finds the damage.
QString writeDamagedInside(const QString& file, const MigrationList& migrations)
{
    {
        Database db(QStringLiteral("t"), migrations);
        if (!db.open(file, {}))
            return db.errorString();
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("BEGIN"));
        for (int i = 0; i < 2000; ++i)
            query.exec(
                QStringLiteral("INSERT INTO notes(text) VALUES ('note %1 with some text to fill pages')")
                    .arg(i));
        query.exec(QStringLiteral("COMMIT"));
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile out(file);
    if (!out.open(QIODevice::ReadWrite) || out.size() < 8 * 4096)
        return QStringLiteral("too small");
    out.seek(4 * 4096);
    out.write(QByteArray(4096, '\x5a'));
    return {};
}
} // namespace

void TestDatabase::damageFoundAfterOpeningStopsEveryWrite()
{
    const MigrationList migrations = twoSteps(QStringLiteral("SELECT 1"));
    const QString file = path(QStringLiteral("d.sqlite"));
    const QString written = writeDamagedInside(file, migrations);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    const QByteArray damaged = fileContent(file);

    Database db(QStringLiteral("t"), migrations);
    QVERIFY2(db.open(file, path(QStringLiteral("backups")), Database::IntegrityCheck::Later),
             qPrintable(db.errorString()));
    std::optional<bool> passed;
    db.checkIntegrityInBackground([&passed](bool result) { passed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(passed.has_value(), 20000);
    QVERIFY(!*passed);
    QCOMPARE(db.error(), Database::Error::Corrupt);
    QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(file)), qPrintable(db.errorString()));
    QVERIFY(db.errorString().contains(QStringLiteral("backup")));
    QSqlError error;
    QVERIFY(!db.beginWrite(&error));
    QVERIFY2(Database::describeWriteError(error).contains(QStringLiteral("damaged")),
             qPrintable(Database::describeWriteError(error)));
    db.close();
    QCOMPARE(fileContent(file), damaged);
}

void TestDatabase::soundFileIsCheckedAfterOpeningAndWritesWaitForIt()
{
    const MigrationList migrations = twoSteps(QStringLiteral("SELECT 1"));
    const QString file = path(QStringLiteral("s.sqlite"));
    {
        Database db(QStringLiteral("t"), migrations);
        QVERIFY(db.open(file, path(QStringLiteral("backups"))));
    }
    Database db(QStringLiteral("t"), migrations);
    QVERIFY(db.open(file, path(QStringLiteral("backups")), Database::IntegrityCheck::Later));
    std::optional<bool> passed;
    db.checkIntegrityInBackground([&passed](bool result) { passed = result; });
    // A write right away waits for the check, then goes through.
    QSqlError error;
    QVERIFY2(db.beginWrite(&error), qPrintable(error.text()));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO notes(text) VALUES ('after the check')")));
    QVERIFY(db.connection().commit());
    QTRY_VERIFY_WITH_TIMEOUT(passed.has_value(), 20000);
    QVERIFY(*passed);
    QCOMPARE(db.error(), Database::Error::None);
}

void TestDatabase::closingStopsTheCheckAndFindsNoDamage()
{
    // A calendar large enough that reading all of it takes a while.
    const MigrationList migrations = twoSteps(QStringLiteral("SELECT 1"));
    const QString file = path(QStringLiteral("large.sqlite"));
    {
        Database db(QStringLiteral("t"), migrations);
        QVERIFY(db.open(file, path(QStringLiteral("backups"))));
        QSqlQuery fill(db.connection());
        QVERIFY(fill.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                         "WHERE i < 200000) INSERT INTO notes(text) SELECT printf('note %d', "
                                         "i) FROM n")));
    }
    // Quitting right after the start: the check stops where it is, and nothing calls the file damaged.
    std::optional<bool> passed;
    {
        Database db(QStringLiteral("t"), migrations);
        QVERIFY(db.open(file, path(QStringLiteral("backups")), Database::IntegrityCheck::Later));
        db.checkIntegrityInBackground([&passed](bool result) { passed = result; });
        QTest::ignoreMessage(QtInfoMsg, "integrity check stopped: the calendar was closed before it ended");
        db.close();
        QCOMPARE(db.error(), Database::Error::None);
    }
    QCoreApplication::processEvents();
    QVERIFY(!passed.has_value());

    // The next start checks it again, to the end.
    Database again(QStringLiteral("t"), migrations);
    QVERIFY(again.open(file, path(QStringLiteral("backups")), Database::IntegrityCheck::Later));
    again.checkIntegrityInBackground([&passed](bool result) { passed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(passed.has_value(), 20000);
    QVERIFY(*passed);
    QCOMPARE(scalar(again, QStringLiteral("SELECT count(*) FROM notes")), 200000);
}

void TestDatabase::newerSchemaIsRefused()
{
    const QString file = path(QStringLiteral("n.sqlite"));
    {
        Database db(QStringLiteral("t"), twoSteps(QStringLiteral("SELECT 1")));
        QVERIFY(db.open(file, path(QStringLiteral("backups"))));
    }
    Database older(QStringLiteral("t"), twoSteps(QStringLiteral("SELECT 1")).mid(0, 1));
    QVERIFY(!older.open(file, path(QStringLiteral("backups"))));
    QCOMPARE(older.error(), Database::Error::TooNew);
    QVERIFY2(older.errorString().contains(QStringLiteral("newer version")), qPrintable(older.errorString()));
}

void TestDatabase::migrationStepInCodeSharesTheTransaction()
{
    const QString file = path(QStringLiteral("c.sqlite"));
    {
        Database v1(QStringLiteral("t"), twoSteps(QString()).mid(0, 1));
        QVERIFY(v1.open(file, path(QStringLiteral("backups"))));
        QSqlQuery query(v1.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes(text) VALUES ('klein')")));
    }
    const auto exclaim = [](bool succeed) {
        return [succeed](QSqlQuery& query) {
            return query.exec(QStringLiteral("UPDATE notes SET text = text || '!'"))
                && (succeed || query.exec(QStringLiteral("SELECT * FROM missing_table")));
        };
    };
    MigrationList failing = twoSteps(QString()).mid(0, 1);
    failing.append(Migration(2, QStringLiteral("exclaim"), {}, exclaim(false)));
    {
        Database broken(QStringLiteral("t"), failing);
        QVERIFY(!broken.open(file, path(QStringLiteral("backups"))));
        QCOMPARE(broken.error(), Database::Error::MigrationFailed);
    }
    MigrationList working = twoSteps(QString()).mid(0, 1);
    working.append(Migration(2, QStringLiteral("exclaim"), {}, exclaim(true)));
    Database migrated(QStringLiteral("t"), working);
    QVERIFY2(migrated.open(file, path(QStringLiteral("backups"))), qPrintable(migrated.errorString()));
    QCOMPARE(migrated.schemaVersion(), 2);
    // Converted once: the failed attempt left nothing behind.
    QCOMPARE(scalar(migrated, QStringLiteral("SELECT count(*) FROM notes WHERE text = 'klein!'")), 1);
}

void TestDatabase::failedMigrationRollsBackCompletely()
{
    const QString file = path(QStringLiteral("n.sqlite"));
    {
        Database v1(QStringLiteral("t"), twoSteps(QString()).mid(0, 1));
        QVERIFY(v1.open(file, path(QStringLiteral("backups"))));
        QSqlQuery query(v1.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes(text) VALUES ('precious')")));
    }
    {
        Database broken(QStringLiteral("t"),
                        twoSteps(QStringLiteral("INSERT INTO missing_table VALUES (1)")));
        QVERIFY(!broken.open(file, path(QStringLiteral("backups"))));
        QCOMPARE(broken.error(), Database::Error::MigrationFailed);
        QVERIFY2(broken.errorString().contains(QStringLiteral("left as it was")),
                 qPrintable(broken.errorString()));
    }
    Database v1(QStringLiteral("t"), twoSteps(QString()).mid(0, 1));
    QVERIFY(v1.open(file, path(QStringLiteral("backups"))));
    QCOMPARE(v1.schemaVersion(), 1);
    QCOMPARE(scalar(v1, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tags'")), 0);
    QCOMPARE(scalar(v1, QStringLiteral("SELECT count(*) FROM notes WHERE text = 'precious'")), 1);
}

void TestDatabase::migrationOfExistingDataWritesBackupFirst()
{
    const QString file = path(QStringLiteral("n.sqlite"));
    {
        Database v1(QStringLiteral("t"), twoSteps(QString()).mid(0, 1));
        QVERIFY(v1.open(file, path(QStringLiteral("backups"))));
        QSqlQuery query(v1.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes(text) VALUES ('before')")));
    }
    Database v2(QStringLiteral("t"), twoSteps(QStringLiteral("SELECT 1")));
    QVERIFY2(v2.open(file, path(QStringLiteral("backups"))), qPrintable(v2.errorString()));
    QCOMPARE(v2.schemaVersion(), 2);

    const QStringList backups = QDir(path(QStringLiteral("backups"))).entryList(QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(backups.first().startsWith(QStringLiteral("before-schema-2-")), qPrintable(backups.first()));
    Database copy(QStringLiteral("copy"), twoSteps(QString()).mid(0, 1));
    QVERIFY(copy.open(path(QStringLiteral("backups/")) + backups.first(), path(QStringLiteral("unused"))));
    QCOMPARE(copy.schemaVersion(), 1);
    QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM notes WHERE text = 'before'")), 1);
}

void TestDatabase::freshDatabaseNeedsNoBackup()
{
    Database db(QStringLiteral("t"), CalendarSchema::migrations());
    QVERIFY(db.open(path(QStringLiteral("c.sqlite")), path(QStringLiteral("backups"))));
    QVERIFY(!QDir(path(QStringLiteral("backups"))).exists());
}

void TestDatabase::copyIsAConsistentDatabase()
{
    Database db(QStringLiteral("t"), twoSteps(QStringLiteral("SELECT 1")));
    QVERIFY(db.open(path(QStringLiteral("n.sqlite")), path(QStringLiteral("backups"))));
    QSqlQuery query(db.connection());
    QVERIFY(db.connection().transaction());
    for (int i = 0; i < 500; ++i)
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes(text) VALUES ('n%1')").arg(i)));
    QVERIFY(db.connection().commit());

    const QString target = path(QStringLiteral("copy's folder/copy.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(target).path()));
    QString error;
    QVERIFY2(db.copyTo(target, &error), qPrintable(error));
    QVERIFY2(db.copyTo(target, &error), qPrintable(error)); // replacing an older copy works too

    Database copy(QStringLiteral("copy"), twoSteps(QStringLiteral("SELECT 1")));
    QVERIFY(copy.open(target, path(QStringLiteral("unused"))));
    QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM notes")), 500);

    QVERIFY(!db.copyTo(path(QStringLiteral("no/such/folder/copy.sqlite")), &error));
    QVERIFY(!error.isEmpty());
}

void TestDatabase::classifiesSqliteErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Database::Error>("expected");
    QTest::newRow("read-only") << QStringLiteral("8") << Database::Error::ReadOnly;
    QTest::newRow("read-only, extended") << QStringLiteral("776") << Database::Error::ReadOnly;
    QTest::newRow("corrupt") << QStringLiteral("11") << Database::Error::Corrupt;
    QTest::newRow("disk full") << QStringLiteral("13") << Database::Error::DiskFull;
    QTest::newRow("not a database") << QStringLiteral("26") << Database::Error::Corrupt;
    QTest::newRow("cannot open") << QStringLiteral("14") << Database::Error::CannotOpen;
    QTest::newRow("busy") << QStringLiteral("5") << Database::Error::Busy;
    QTest::newRow("busy, snapshot") << QStringLiteral("517") << Database::Error::Busy;
    QTest::newRow("locked") << QStringLiteral("6") << Database::Error::Busy;
    QTest::newRow("no code") << QString() << Database::Error::CannotOpen;
}

void TestDatabase::classifiesSqliteErrors()
{
    QFETCH(QString, code);
    QFETCH(Database::Error, expected);
    QCOMPARE(Database::classify(code), expected);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_Database.moc"
