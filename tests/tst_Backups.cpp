#include "core/calendar/CalendarSchema.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneCopyPerDayNewestSevenKept();
    void restorePutsTheBackupInPlaceAndKeepsTheOldFile();
    void restoreRefusesAnythingButACalendar();
    void damagedCalendarCanBeReplaced();

private:
    static int countNotes(const QString& file);
    static void addNote(const QString& file, const QString& title);
};

void TestBackups::addNote(const QString& file, const QString& title)
{
    Database database(QStringLiteral("writer"), CalendarSchema::migrations());
    QVERIFY(database.open(file, QFileInfo(file).path() + QStringLiteral("/backups")));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO appointments (uid, title, start_utc, end_utc, time_zone, kind, "
                       "created_utc, modified_utc) VALUES ('%1', '%1', 0, 1, 'UTC', 'phone', 0, 0)")
            .arg(title)));
}

int TestBackups::countNotes(const QString& file)
{
    Database database(QStringLiteral("reader"), CalendarSchema::migrations());
    if (!database.open(file, QFileInfo(file).path() + QStringLiteral("/backups")))
        return -1;
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM appointments")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

void TestBackups::oneCopyPerDayNewestSevenKept()
{
    QTemporaryDir dir;
    Database database(QStringLiteral("t"), CalendarSchema::migrations());
    QVERIFY(database.open(dir.filePath(QStringLiteral("c.sqlite")), dir.filePath(QStringLiteral("backups"))));
    const QString backups = dir.filePath(QStringLiteral("backups"));
    QString error;
    for (int day = 1; day <= 10; ++day) {
        QVERIFY2(Backups::ensureDailyBackup(database.filePath(), backups, QDate(2026, 12, day), &error),
                 qPrintable(error));
        QVERIFY(Backups::ensureDailyBackup(database.filePath(), backups, QDate(2026, 12, day),
                                           &error)); // twice a day: one copy
    }
    const QStringList files = QDir(backups).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 7);
    QCOMPARE(files.first(), QStringLiteral("daily-2026-12-04.sqlite"));
    QCOMPARE(files.last(), QStringLiteral("daily-2026-12-10.sqlite"));
    QCOMPARE(Backups::list(backups).size(), 7);
}

void TestBackups::restorePutsTheBackupInPlaceAndKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString calendar = dir.filePath(QStringLiteral("calendar.sqlite"));
    const QString backupFile = dir.filePath(QStringLiteral("saved.sqlite"));
    addNote(calendar, QStringLiteral("one"));
    {
        Database database(QStringLiteral("copy"), CalendarSchema::migrations());
        QVERIFY(database.open(calendar, dir.filePath(QStringLiteral("backups"))));
        QString error;
        QVERIFY(database.copyTo(backupFile, &error));
    }
    addNote(calendar, QStringLiteral("two"));
    QCOMPARE(countNotes(calendar), 2);

    QString savedAs;
    QString error;
    QVERIFY2(Backups::restore(backupFile, calendar, dir.filePath(QStringLiteral("backups")),
                              CalendarSchema::migrations(), &savedAs, &error),
             qPrintable(error));
    QCOMPARE(countNotes(calendar), 1);
    QVERIFY(savedAs.contains(QStringLiteral("before-restore-")));
    QCOMPARE(countNotes(savedAs), 2);
    QVERIFY(QFile::exists(backupFile));
}

void TestBackups::restoreRefusesAnythingButACalendar()
{
    QTemporaryDir dir;
    const QString calendar = dir.filePath(QStringLiteral("calendar.sqlite"));
    addNote(calendar, QStringLiteral("kept"));
    const QString bogus = dir.filePath(QStringLiteral("holiday.jpg"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5000, 'j'));
    file.close();
    QString savedAs;
    QString error;
    QVERIFY(!Backups::restore(bogus, calendar, dir.filePath(QStringLiteral("backups")),
                              CalendarSchema::migrations(), &savedAs, &error));
    QVERIFY2(error.contains(QStringLiteral("not a usable Vieraugen calendar")), qPrintable(error));
    QCOMPARE(countNotes(calendar), 1);
    QVERIFY(!Backups::restore(dir.filePath(QStringLiteral("missing.sqlite")), calendar,
                              dir.filePath(QStringLiteral("backups")), CalendarSchema::migrations(), &savedAs,
                              &error));
    QCOMPARE(countNotes(calendar), 1);
}

void TestBackups::damagedCalendarCanBeReplaced()
{
    QTemporaryDir dir;
    const QString calendar = dir.filePath(QStringLiteral("calendar.sqlite"));
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    addNote(good, QStringLiteral("from backup"));
    QFile damaged(calendar);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("SQLite format 3\0 but then nothing useful", 40);
    damaged.close();
    QString savedAs;
    QString error;
    QVERIFY2(Backups::restore(good, calendar, dir.filePath(QStringLiteral("backups")),
                              CalendarSchema::migrations(), &savedAs, &error),
             qPrintable(error));
    QCOMPARE(countNotes(calendar), 1);
    QFile kept(savedAs);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("SQLite format 3")); // the damaged file is kept byte for byte
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_Backups.moc"
