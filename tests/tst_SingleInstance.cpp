#include "core/instance/SingleInstance.h"
#include "ui/common/MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
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
    void messageBoxAfterHandOverSurvivesTheLaunchEnding();

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

// A broken calendar file handed over by a second launch makes the first one show a modal box.
// The second launch ends while the box is open; closing the box must not touch the connection
// it came through (it once crashed in QIODevice::channelReadyRead, about one time in ten).
void TestSingleInstance::messageBoxAfterHandOverSurvivesTheLaunchEnding()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QString error;
    QVERIFY2(first.listen(&error), qPrintable(error));

    std::unique_ptr<QThread> secondLaunch;
    int boxesClosed = 0;
    int stillConnected = 0;
    connect(&first, &SingleInstance::argumentsReceived, this, [&](const QStringList& arguments) {
        // The other launch has its answer; its connection is done with before any dialog.
        for (const QLocalSocket* connection : first.findChildren<QLocalSocket*>())
            stillConnected += connection->state() == QLocalSocket::ConnectedState ? 1 : 0;
        // Closed like a user would, once the second launch is gone and its hang-up has arrived.
        auto* closer = new QTimer(this);
        connect(closer, &QTimer::timeout, closer, [&, closer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || !secondLaunch->isFinished())
                return;
            QTest::qWait(20);
            box->button(QMessageBox::Ok)->click();
            ++boxesClosed;
            closer->deleteLater();
        });
        closer->start(1);
        MessageBox::warning(nullptr, QStringLiteral("Import failed"),
                            arguments.value(0) + QStringLiteral(" is not a calendar file."));
    });

    for (int launch = 0; launch < 50; ++launch) {
        std::atomic<bool> delivered = false;
        secondLaunch.reset(QThread::create([&] {
            SingleInstance second(key);
            delivered = second.sendToRunningInstance({ QStringLiteral("broken.ics") }, QDir::tempPath());
        }));
        secondLaunch->start();
        QTRY_COMPARE(boxesClosed, launch + 1);
        QTRY_VERIFY(secondLaunch->isFinished());
        QVERIFY(delivered);
    }
    QCOMPARE(stillConnected, 0);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_SingleInstance.moc"
