#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A real HTTP/1.1 server on 127.0.0.1 with a random port, for tests that talk to web servers
// (Jitsi servers, SMS gateways). Routes answer with fixed responses; every request is recorded.
class LocalHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "text/plain; charset=utf-8";
        int delayMs = 0;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit LocalHttpServer(QObject* parent = nullptr);
    ~LocalHttpServer() override;

    bool listen();
    void close();
    quint16 port() const;
    QUrl url(const QString& path = QStringLiteral("/")) const;

    // Requests for unknown paths get 404.
    void setRoute(const QByteArray& path, const Response& response);
    QList<Request> requests() const { return m_requests; }

private:
    void serve(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Request& request);

    QTcpServer* m_server;
    QHash<QByteArray, Response> m_routes;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
