#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

class TestCertificates;

// A real Radicale CalDAV server (Debian's package) on 127.0.0.1, for tests of discovery and sync.
// Each instance has its own port, htpasswd users and storage folder, removed afterwards; stop()
// and start() again keep both, so a test can take the server away mid-sync and bring it back.
//
// Rights: every user owns the collections under /<user>/; under /team/ everyone may read and
// write, except collections whose name starts with "readonly", which everyone may only read.
// Calendars are made by writing Radicale's storage directly (createCalendar), so a test needs no
// client to set up the server it tests a client against.
class RadicaleServer
{
public:
    RadicaleServer();
    ~RadicaleServer();

    // Which certificate an https server shows: one the test authority signed, or one signed by
    // nobody but itself (which clients must refuse).
    enum class Certificate
    {
        SignedByTheAuthority,
        SelfSigned
    };

    void addUser(const QString& name, const QString& password);
    // Plain http unless certificates are given (then https with the certificate chosen).
    bool start(QString* errorMessage, const TestCertificates* certificates = nullptr,
               Certificate certificate = Certificate::SignedByTheAuthority);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QUrl url(const QString& path = QStringLiteral("/")) const;
    // Radicale's "collection-root": one folder per collection, one .ics file per event.
    QString storageFolder() const;
    // A calendar at /<path>/ (e.g. "anna/work", "team/reception").
    bool createCalendar(const QString& path, const QString& displayName, const QString& color,
                        QString* errorMessage);

    // Runs tests/support/caldav_peer.py (python3-caldav, an independent client) as `user`
    // against this server with the arguments; its standard output is returned in output.
    bool runPeer(const QString& user, const QStringList& arguments, QByteArray* output,
                 QString* errorMessage) const;

private:
    bool writeConfiguration(const TestCertificates* certificates, Certificate certificate,
                            QString* errorMessage);
    bool waitUntilListening(QString* errorMessage);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_users;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_authorityFile;
};
