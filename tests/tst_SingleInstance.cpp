#include "core/instance/SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cstring>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOverArguments();
    void nobodyListeningMeansStartNormally();
    void differentFoldersDoNotMeet();
    void leftoverSocketIsReplaced();

private:
    static QString uniqueKey() { return QUuid::createUuid().toString(); }
};

void TestSingleInstance::secondLaunchHandsOverArguments()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QString error;
    QVERIFY2(first.listen(&error), qPrintable(error));
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    const QStringList arguments { QStringLiteral("--open"), QStringLiteral("abc-123"),
                                  QStringLiteral("Termin ä.ics") };
    std::atomic<bool> delivered = false;
    // A second launch is another process; a thread stands in for it so that this thread's
    // event loop can serve the first instance meanwhile.
    std::unique_ptr<QThread> secondLaunch(QThread::create([&] {
        SingleInstance second(key);
        delivered = second.sendToRunningInstance(arguments, QStringLiteral("/home/berater"));
    }));
    secondLaunch->start();
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);
    QCOMPARE(received.at(0).at(1).toString(), QStringLiteral("/home/berater"));
    QTRY_VERIFY(secondLaunch->isFinished());
    QVERIFY(delivered);
}

void TestSingleInstance::nobodyListeningMeansStartNormally()
{
    SingleInstance alone(uniqueKey());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!alone.sendToRunningInstance({ QStringLiteral("x") }, QString()));
    QVERIFY(timer.elapsed() < 2000);
}

void TestSingleInstance::differentFoldersDoNotMeet()
{
    SingleInstance a(QStringLiteral("/data/one") + uniqueKey());
    SingleInstance b(QStringLiteral("/data/two") + uniqueKey());
    QVERIFY(a.serverName() != b.serverName());
    QVERIFY(a.serverName().startsWith(QStringLiteral("vieraugen-")));
}

void TestSingleInstance::leftoverSocketIsReplaced()
{
#ifdef Q_OS_UNIX
    const QString key = uniqueKey();
    SingleInstance crashed(key);
    // A bound socket file without a listener is what a crashed instance leaves behind.
    const QByteArray socketPath
        = QFile::encodeName(QDir::tempPath() + QLatin1Char('/') + crashed.serverName());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(socketPath.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(QFile::decodeName(socketPath)));

    SingleInstance restarted(key);
    QVERIFY(!restarted.sendToRunningInstance({}, QString(), 500));
    QString error;
    QVERIFY2(restarted.listen(&error), qPrintable(error));
#else
    QSKIP("socket files exist on Unix only");
#endif
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_SingleInstance.moc"
