#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

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
        QByteArray cacheControl = "no-store";
        QList<std::pair<QByteArray, QByteArray>> headers = {}; // further headers, e.g. Location
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;

        QByteArray pathWithoutQuery() const { return path.split('?').value(0); }
    };
    using Handler = std::function<Response(const Request&)>;

    explicit LocalHttpServer(QObject* parent = nullptr);
    ~LocalHttpServer() override;

    bool listen();
    // HTTPS with this certificate and key (QSslServer); url() then starts with https.
    bool listen(const QSslConfiguration& tls);
    void close();
    quint16 port() const;
    QUrl url(const QString& path = QStringLiteral("/")) const;

    // Requests for unknown paths get 404.
    void setRoute(const QByteArray& path, const Response& response);
    // Answers every request no route matches.
    void setFallback(const Handler& handler) { m_fallback = handler; }
    QList<Request> requests() const { return m_requests; }

private:
    void serve(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Request& request);

    void accept();
    Response responseFor(const Request& request) const;

    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    QHash<QByteArray, Response> m_routes;
    Handler m_fallback;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
