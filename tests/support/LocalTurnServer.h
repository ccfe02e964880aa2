#pragma once

#include <QJsonArray>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

// A real TURN relay (coturn's turnserver) on 127.0.0.1 with one long-term user, for the
// pre-session connection test: the browser engine relays through it as it would through an
// organization's TURN server.
class LocalTurnServer : public QObject
{
    Q_OBJECT

public:
    explicit LocalTurnServer(QObject* parent = nullptr);
    ~LocalTurnServer() override;

    bool start(QString* errorMessage);
    // What a credential endpoint would answer, as {iceServers: […]}'s list; wrongPassword gives
    // credentials the relay refuses.
    QJsonArray iceServers(bool wrongPassword = false) const;

private:
    QTemporaryDir m_directory;
    QProcess m_process;
    quint16 m_port = 0;
};
