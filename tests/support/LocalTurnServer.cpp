#include "tests/support/LocalTurnServer.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUdpSocket>

namespace {
const QString user = QStringLiteral("vieraugen");
const QString password = QStringLiteral("relay-test-password");

quint16 freePort()
{
    // A port free for both UDP and TCP, as turnserver listens on both.
    for (int attempt = 0; attempt < 20; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        QTcpServer tcp;
        if (tcp.listen(QHostAddress::LocalHost, udp.localPort()))
            return udp.localPort();
    }
    return 0;
}
} // namespace

LocalTurnServer::LocalTurnServer(QObject* parent)
    : QObject(parent)
{ }

LocalTurnServer::~LocalTurnServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool LocalTurnServer::start(QString* errorMessage)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("turnserver"));
    if (program.isEmpty()) {
        *errorMessage = QStringLiteral("turnserver not found (Debian package coturn)");
        return false;
    }
    m_port = freePort();
    const quint16 relayFrom = freePort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(
        program,
        { QStringLiteral("-n"), QStringLiteral("--listening-ip=127.0.0.1"),
          QStringLiteral("--relay-ip=127.0.0.1"), QStringLiteral("--listening-port=%1").arg(m_port),
          QStringLiteral("--min-port=%1").arg(relayFrom), QStringLiteral("--max-port=%1").arg(relayFrom + 40),
          QStringLiteral("--lt-cred-mech"), QStringLiteral("--user=%1:%2").arg(user, password),
          QStringLiteral("--realm=vieraugen.test"), QStringLiteral("--allow-loopback-peers"),
          QStringLiteral("--no-tls"), QStringLiteral("--no-dtls"), QStringLiteral("--no-cli"),
          QStringLiteral("--no-software-attribute"), QStringLiteral("--log-file=stdout"),
          QStringLiteral("--simple-log"), QStringLiteral("--pidfile="),
          QStringLiteral("--userdb=") + m_directory.filePath(QStringLiteral("turndb")) });
    if (!m_process.waitForStarted(5000)) {
        *errorMessage = m_process.errorString();
        return false;
    }
    // Ready once its relay threads are up.
    QByteArray log;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        log += m_process.readAll();
        if (log.contains("Total General servers"))
            return true;
    }
    *errorMessage = QStringLiteral("turnserver did not come up: ") + QString::fromLocal8Bit(log.right(2000));
    return false;
}

QJsonArray LocalTurnServer::iceServers(bool wrongPassword) const
{
    return { QJsonObject {
        { QStringLiteral("urls"),
          QJsonArray { QStringLiteral("turn:127.0.0.1:%1?transport=udp").arg(m_port) } },
        { QStringLiteral("username"), user },
        { QStringLiteral("credential"), wrongPassword ? QStringLiteral("wrong") : password } } };
}
