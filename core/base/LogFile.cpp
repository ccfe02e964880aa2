#include "core/base/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QMutexLocker>
#include <QRegularExpression>

#include <cstdio>

namespace {

LogFile* s_installedLog = nullptr;
QtMessageHandler s_previousHandler = nullptr;
int s_echoSeverity = 0;

// QtMsgType's values are not ordered by severity (QtInfoMsg is 4).
int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 4;
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (s_installedLog)
        s_installedLog->write(type, context, message);
    // The terminal's output ends up in the desktop's journal or ~/.xsession-errors: withheld alike.
    if (s_previousHandler && severity(type) >= s_echoSeverity)
        s_previousHandler(type, context, LogFile::withoutPersonalData(message));
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

} // namespace

LogFile::LogFile(const QString& directory, qint64 maxBytes, int maxFiles)
    : m_directory(directory)
    , m_maxBytes(maxBytes)
    , m_maxFiles(qMax(1, maxFiles))
{ }

LogFile::~LogFile()
{
    if (m_installed) {
        qInstallMessageHandler(s_previousHandler);
        s_installedLog = nullptr;
        s_previousHandler = nullptr;
    }
}

QString LogFile::currentFilePath() const
{
    return m_directory + QStringLiteral("/vieraugen.log");
}

QString LogFile::rotatedFilePath(int index) const
{
    return m_directory + QStringLiteral("/vieraugen.%1.log").arg(index);
}

bool LogFile::open(QString* errorMessage)
{
    QMutexLocker locker(&m_mutex);
    if (!QDir().mkpath(m_directory)) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    m_file.setFileName(currentFilePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (errorMessage)
            *errorMessage = m_file.errorString();
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void LogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedFilePath(m_maxFiles - 1));
    for (int index = m_maxFiles - 2; index >= 1; --index)
        QFile::rename(rotatedFilePath(index), rotatedFilePath(index + 1));
    if (m_maxFiles > 1)
        QFile::rename(currentFilePath(), rotatedFilePath(1));
    else
        QFile::remove(currentFilePath());
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString LogFile::withoutPersonalData(const QString& message)
{
    static const QRegularExpression contactLink(QStringLiteral("\\b(mailto|tel|sms|callto):.*$"),
                                                QRegularExpression::CaseInsensitiveOption
                                                    | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression webLink(
        QStringLiteral("\\b((?:https?|wss?)://[^/\\s?#'\"()<>]+)[/?#][^\\s'\"()<>]*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression email(QStringLiteral("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)+"));
    static const QRegularExpression phone(QStringLiteral("(\\+|\\b0)\\d[\\d ()/.-]{5,}\\d"));
    QString scrubbed = message;
    scrubbed.replace(contactLink, QStringLiteral("\\1:(withheld)"));
    scrubbed.replace(webLink, QStringLiteral("\\1/(withheld)"));
    scrubbed.replace(email, QStringLiteral("(e-mail withheld)"));
    scrubbed.replace(phone, QStringLiteral("(number withheld)"));
    return scrubbed;
}

void LogFile::write(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
        + withoutPersonalData(message).toUtf8() + '\n';

    QMutexLocker locker(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() + line.size() > m_maxBytes && m_file.size() > 0)
        rotate();
    m_file.write(line);
    m_file.flush();
}

void LogFile::installAsMessageHandler(QtMsgType echoLevel)
{
    s_echoSeverity = severity(echoLevel);
    s_installedLog = this;
    s_previousHandler = qInstallMessageHandler(handleMessage);
    m_installed = true;
}
