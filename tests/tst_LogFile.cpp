#include "core/base/LogFile.h"
#include "core/base/Logging.h"
#include "core/invite/InviteMessage.h"

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
    void linksAndContactsInQtsOwnWarningsAreWithheld();
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
        // Tester11's H34: Qt's own warning reached the terminal with the client's address.
        qWarning("Unable to detect a launcher for '%s'", "mailto:mia.roth@example.org?subject=Videotermin");
    }
    qInstallMessageHandler(testlib);
    QCOMPARE(echoed,
             QStringList({ QStringLiteral("loud warning"),
                           QStringLiteral("Unable to detect a launcher for 'mailto:(withheld)") }));
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

void TestLogFile::linksAndContactsInQtsOwnWarningsAreWithheld()
{
    InviteMessage mail;
    mail.to = QStringLiteral("mia.roth@example.org");
    mail.subject = QStringLiteral("Ihr Videotermin am 3. Dezember");
    mail.body
        = QStringLiteral("Guten Tag Mia Roth,\nhttps://meet.beratung.example/abcdefghijklmnopqrstuvwxyz\n");
    const QUrl mailto = mail.mailtoUrl();
    const QUrl moderator(
        QStringLiteral("https://meet.beratung.example/abcdefghijklmnopqrstuvwxyz?jwt=eyJhbGciOi#config.x"));
    QTemporaryDir dir;
    {
        LogFile log(dir.path());
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        log.installAsMessageHandler(QtFatalMsg);
        // What Qt itself writes when no mail program, browser or phone app is registered.
        qWarning("This plugin does not support QDesktopServices::openUrl() for '%s'.",
                 qPrintable(mailto.toString()));
        qWarning("Unable to detect a launcher for '%s'", qPrintable(mailto.toString()));
        qWarning("Launch failed (%s)",
                 qPrintable(QStringLiteral("xdg-open ") + QString::fromUtf8(mailto.toEncoded())));
        qWarning("Unable to detect a web browser to launch '%s'", qPrintable(moderator.toString()));
        qWarning("This plugin does not support QDesktopServices::openUrl() for '%s'.",
                 "tel:+49 151 1234 5678");
        qCWarning(lcInvite) << "reply 550 <mia.roth@example.org> rejected; call 0151 12345678";
        qCInfo(lcInvite) << "outbox entry" << 12 << "sent after" << 3 << "attempts";
    }
    const QByteArray content = readAll(dir.filePath(QStringLiteral("vieraugen.log")));
    for (const char* personal :
         { "mia.roth", "Mia", "Roth", "Videotermin", "abcdefghijklmnopqrstuvwxyz", "eyJhbG", "151", "5678" })
        QVERIFY2(!content.contains(personal), content.constData());
    // What helps support stays: which kind of link, which server, our own counts.
    QVERIFY2(content.contains("'mailto:(withheld)"), content.constData());
    QVERIFY2(content.contains("https://meet.beratung.example/(withheld)"), content.constData());
    QVERIFY2(content.contains("outbox entry 12 sent after 3 attempts"), content.constData());
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_LogFile.moc"
