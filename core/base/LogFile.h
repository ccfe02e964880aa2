#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

// A size-rotated log file in the data folder: vieraugen.log, then vieraugen.1.log … up to
// maxFiles. Installed as Qt's message handler so every qCDebug/qCWarning lands there, and
// still echoed to stderr.
class LogFile
{
public:
    LogFile(const QString& directory, qint64 maxBytes = 1024 * 1024, int maxFiles = 5);
    ~LogFile();

    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    QString currentFilePath() const;

    // The message as written: links keep only scheme and host, mailto:/tel:/sms: links (with the
    // name, address and text they carry) are withheld, e-mail addresses and phone numbers too.
    // Qt's own warnings quote URLs (a failed QDesktopServices::openUrl names the whole mailto link).
    static QString withoutPersonalData(const QString& message);

    bool open(QString* errorMessage);
    void write(QtMsgType type, const QMessageLogContext& context, const QString& message);

    // Routes Qt's messages to this file until the object is destroyed. Messages at or above
    // echoLevel also go to the previous handler (stderr); a command-line tool keeps its output
    // clean with QtWarningMsg.
    void installAsMessageHandler(QtMsgType echoLevel = QtDebugMsg);

private:
    QString rotatedFilePath(int index) const;
    void rotate();

    QString m_directory;
    qint64 m_maxBytes;
    int m_maxFiles;
    QFile m_file;
    QMutex m_mutex;
    bool m_installed = false;
};
