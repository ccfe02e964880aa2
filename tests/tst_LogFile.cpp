#include "core/base/LogFile.h"
#include "core/base/Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesCarryLevelAndCategory();
    void rotatesAndKeepsOnlyMaxFiles();
    void echoesOnlyFromTheChosenLevel();
    void fileIsPrivate();
    void reportsUnusableFolder();
};

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestLogFile::messagesCarryLevelAndCategory()
{
    QTemporaryDir dir;
    {
        LogFile log(dir.path());
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        log.installAsMessageHandler();
        qCWarning(lcStorage) << "schema" << 3;
        qCInfo(lcApp) << "started";
    }
    qCWarning(lcStorage) << "after uninstall";
    const QByteArray content = readAll(dir.filePath(QStringLiteral("vieraugen.log")));
    QVERIFY2(content.contains("warning vieraugen.core.storage: schema 3"), content.constData());
    QVERIFY2(content.contains("info vieraugen.app: started"), content.constData());
    QVERIFY(!content.contains("after uninstall"));
}

void TestLogFile::rotatesAndKeepsOnlyMaxFiles()
{
    QTemporaryDir dir;
    LogFile log(dir.path(), 200, 3);
    QVERIFY(log.open(nullptr));
    const QMessageLogContext context;
    for (int i = 0; i < 40; ++i)
        log.write(QtWarningMsg, context,
                  QStringLiteral("line %1 with some padding text").arg(i, 3, 10, QLatin1Char('0')));

    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
             QStringList({ QStringLiteral("vieraugen.1.log"), QStringLiteral("vieraugen.2.log"),
                           QStringLiteral("vieraugen.log") }));
    for (const QString& file : files)
        QVERIFY(QFileInfo(dir.filePath(file)).size() <= 200);
    QVERIFY(readAll(dir.filePath(QStringLiteral("vieraugen.log"))).contains("line 039"));
    QVERIFY(!readAll(dir.filePath(QStringLiteral("vieraugen.2.log"))).contains("line 000"));
}

void TestLogFile::echoesOnlyFromTheChosenLevel()
{
    static QStringList echoed;
    echoed.clear();
    const QtMessageHandler testlib = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext&, const QString& message) { echoed.append(message); });
    QTemporaryDir dir;
    {
        LogFile log(dir.path());
        QVERIFY(log.open(nullptr));
        log.installAsMessageHandler(QtWarningMsg);
        qCInfo(lcApp) << "quiet info";
        qCWarning(lcApp) << "loud warning";
    }
    qInstallMessageHandler(testlib);
    QCOMPARE(echoed, QStringList({ QStringLiteral("loud warning") }));
    QFile file(dir.filePath(QStringLiteral("vieraugen.log")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("quiet info"));
    QVERIFY(content.contains("loud warning"));
}

void TestLogFile::fileIsPrivate()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    LogFile log(dir.path());
    QVERIFY(log.open(nullptr));
    QCOMPARE(QFile::permissions(log.currentFilePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#else
    QSKIP("POSIX permissions only");
#endif
}

void TestLogFile::reportsUnusableFolder()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    LogFile log(blocker + QStringLiteral("/logs"));
    QString error;
    QVERIFY(!log.open(&error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_LogFile.moc"
