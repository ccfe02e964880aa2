#include "tests/support/LocalSmtpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

LocalSmtpServer::LocalSmtpServer() = default;

LocalSmtpServer::~LocalSmtpServer()
{
    stop();
}

bool LocalSmtpServer::start(Mode mode, const QString& certificateFile, const QString& keyFile,
                            const QString& user, const QString& password)
{
    const QString modeName = mode == Mode::StartTls ? QStringLiteral("starttls")
        : mode == Mode::ImplicitTls                 ? QStringLiteral("tls")
                                                    : QStringLiteral("plain");
    QStringList arguments { qEnvironmentVariable("VIERAUGEN_SOURCE_DIR")
                                + QStringLiteral("/tests/support/smtp_server.py"),
                            m_outbox.path(), modeName, certificateFile, keyFile };
    if (!user.isEmpty())
        arguments << user << password;
    m_process.start(qEnvironmentVariable("VIERAUGEN_PYTHON", QStringLiteral("/usr/bin/python3")), arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    for (int attempt = 0; attempt < 100 && !m_process.canReadLine(); ++attempt)
        m_process.waitForReadyRead(100);
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT ")) {
        qWarning() << "SMTP test server did not start:" << m_process.readAllStandardError();
        return false;
    }
    m_port = quint16(line.mid(5).toUInt());
    return true;
}

void LocalSmtpServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QList<QJsonObject> LocalSmtpServer::messages() const
{
    QList<QJsonObject> result;
    const QStringList files
        = QDir(m_outbox.path()).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(QDir(m_outbox.path()).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return result;
}
