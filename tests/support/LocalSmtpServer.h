#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real SMTP server (python3-aiosmtpd, see smtp_server.py) on 127.0.0.1 for one test. Received
// messages come back parsed by Python's email package, an independent MIME parser.
class LocalSmtpServer
{
public:
    enum class Mode
    {
        StartTls,
        ImplicitTls,
        Plain
    };

    LocalSmtpServer();
    ~LocalSmtpServer();

    bool start(Mode mode, const QString& certificateFile, const QString& keyFile, const QString& user = {},
               const QString& password = {});
    void stop();
    quint16 port() const { return m_port; }
    QList<QJsonObject> messages() const;

private:
    QProcess m_process;
    QTemporaryDir m_outbox;
    quint16 m_port = 0;
};
