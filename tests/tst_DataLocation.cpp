#include "core/base/DataLocation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDataLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void explicitFolderWinsOverEnvironment();
    void environmentWinsOverPlatformFolder();
    void platformFolderIsTheDefault();
    void prepareCreatesPrivateFolder();
    void fileInTheWayIsReportedAndKept();
    void filesLiveInsideTheFolder();

private:
    QTemporaryDir m_root;
};

void TestDataLocation::init()
{
    qunsetenv(DataLocation::environmentVariable);
}

void TestDataLocation::explicitFolderWinsOverEnvironment()
{
    qputenv(DataLocation::environmentVariable, m_root.filePath(QStringLiteral("from-env")).toUtf8());
    const DataLocation location(m_root.filePath(QStringLiteral("explicit")));
    QCOMPARE(location.path(), m_root.filePath(QStringLiteral("explicit")));
}

void TestDataLocation::environmentWinsOverPlatformFolder()
{
    qputenv(DataLocation::environmentVariable, m_root.filePath(QStringLiteral("from-env")).toUtf8());
    QCOMPARE(DataLocation().path(), m_root.filePath(QStringLiteral("from-env")));
}

void TestDataLocation::platformFolderIsTheDefault()
{
    QCOMPARE(DataLocation().path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

void TestDataLocation::prepareCreatesPrivateFolder()
{
    const DataLocation location(m_root.filePath(QStringLiteral("new/nested")));
    QString error;
    QVERIFY2(location.prepare(&error), qPrintable(error));
    QVERIFY(QFileInfo(location.path()).isDir());
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(location.path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#endif
    QVERIFY(
        QDir(location.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestDataLocation::fileInTheWayIsReportedAndKept()
{
    const QString blocker = m_root.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    const DataLocation location(blocker);
    QString error;
    QVERIFY(!location.prepare(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(blocker)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("--data-dir")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestDataLocation::filesLiveInsideTheFolder()
{
    const DataLocation location(m_root.filePath(QStringLiteral("d")));
    for (const QString& path :
         { location.databaseFile(), location.backupDirectory(), location.logDirectory() })
        QVERIFY2(path.startsWith(location.path() + QLatin1Char('/')), qPrintable(path));
}

QTEST_GUILESS_MAIN(TestDataLocation)
#include "tst_DataLocation.moc"
