#include "core/instance/SingleInstance.h"

#include "core/base/Logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace {

const QByteArray acknowledgement = QByteArrayLiteral("ok\n");

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
{
    const QByteArray digest = QCryptographicHash::hash((currentUserName() + QLatin1Char('\n') + key).toUtf8(),
                                                       QCryptographicHash::Sha256);
    m_serverName = QStringLiteral("vieraugen-") + QString::fromLatin1(digest.toHex().left(24));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::sendToRunningInstance(const QStringList& arguments, const QString& workingDirectory,
                                           int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;

    const QJsonObject message { { QStringLiteral("arguments"), QJsonArray::fromStringList(arguments) },
                                { QStringLiteral("workingDirectory"), workingDirectory } };
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == acknowledgement;
}

bool SingleInstance::isRunning() const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    const bool connected = socket.waitForConnected(1000);
    socket.abort();
    return connected;
}

bool SingleInstance::listen(QString* errorMessage)
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    }
    if (m_server->listen(m_serverName))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on this name a moment ago, so the socket is a leftover.
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName))
            return true;
    }
    qCWarning(lcInstance) << "cannot listen for further launches:" << m_server->errorString();
    if (errorMessage)
        *errorMessage = m_server->errorString();
    return false;
}

void SingleInstance::readConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonObject message = QJsonDocument::fromJson(socket->readLine()).object();
            socket->write(acknowledgement);
            socket->flush();
            socket->disconnectFromServer();
            QStringList arguments;
            for (const QJsonValue& value : message.value(QStringLiteral("arguments")).toArray())
                arguments.append(value.toString());
            qCInfo(lcInstance) << "another launch handed over" << arguments.size() << "arguments";
            // Not from inside this socket's handler: what the arguments lead to (a modal box) runs
            // the event loop, which deletes the socket when the other launch hangs up.
            QMetaObject::invokeMethod(
                this,
                [this, arguments,
                 workingDirectory = message.value(QStringLiteral("workingDirectory")).toString()] {
                    Q_EMIT argumentsReceived(arguments, workingDirectory);
                },
                Qt::QueuedConnection);
        });
    }
}
