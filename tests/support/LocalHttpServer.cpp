#include "tests/support/LocalHttpServer.h"

#include <QHostAddress>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

LocalHttpServer::LocalHttpServer(QObject* parent)
    : QObject(parent)
{ }

LocalHttpServer::~LocalHttpServer() = default;

bool LocalHttpServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &LocalHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool LocalHttpServer::listen(const QSslConfiguration& tls)
{
    auto* server = new QSslServer(this);
    server->setSslConfiguration(tls);
    m_server = server;
    m_tls = true;
    // A TLS socket is pending only after its handshake; newConnection would come too early.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &LocalHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void LocalHttpServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            serve(socket);
    }
}

void LocalHttpServer::close()
{
    m_server->close();
}

quint16 LocalHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl LocalHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(path));
}

void LocalHttpServer::setRoute(const QByteArray& path, const Response& response)
{
    m_routes.insert(path, response);
}

void LocalHttpServer::serve(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_requests.append(request);

    const int delay = m_routes.value(request.pathWithoutQuery()).delayMs;
    if (delay > 0)
        QTimer::singleShot(delay, socket, [this, socket, request] { respond(socket, request); });
    else
        respond(socket, request);
}

LocalHttpServer::Response LocalHttpServer::responseFor(const Request& request) const
{
    const auto route = m_routes.constFind(request.pathWithoutQuery());
    if (route != m_routes.cend())
        return *route;
    if (m_fallback)
        return m_fallback(request);
    return Response { 404, "not found", "text/plain", 0 };
}

void LocalHttpServer::respond(QTcpSocket* socket, const Request& request)
{
    const Response response = responseFor(request);
    const QByteArray reason = response.status == 200 ? "OK" : "Status";
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason + "\r\n";
    answer += "Content-Type: " + response.contentType + "\r\n";
    answer += "Cache-Control: " + response.cacheControl + "\r\n";
    answer += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        answer += name + ": " + value + "\r\n";
    answer += "Connection: close\r\n\r\n";
    answer += response.body;
    socket->write(answer);
    socket->disconnectFromHost();
}
