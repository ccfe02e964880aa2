#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

// A throwaway certificate authority and a server certificate for 127.0.0.1, made with the
// openssl command. trustInWebEngine() adds the authority to the NSS database Chromium reads
// on Linux, in a throwaway HOME, so QtWebEngine trusts the test server without any product
// code accepting bad certificates. Call it before the first WebEngine object exists.
class TestCertificates
{
public:
    TestCertificates();

    // False with a message when openssl or certutil (libnss3-tools) fail.
    bool create(QString* errorMessage);
    bool trustInWebEngine(QString* errorMessage);
    // Trusts the authority for Qt's own TLS in this process only, as an organization's own
    // authority would be trusted system-wide.
    bool trustInQtNetwork(QString* errorMessage) const;

    QSslConfiguration serverConfiguration() const;
    QString authorityFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString serverCertificateFile() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    QString serverKeyFile() const { return m_dir.filePath(QStringLiteral("server.key")); }
    // A certificate no authority vouches for, to see it refused.
    QSslConfiguration selfSignedConfiguration() const;
    QString selfSignedCertificateFile() const { return m_dir.filePath(QStringLiteral("self.pem")); }
    QString selfSignedKeyFile() const { return m_dir.filePath(QStringLiteral("self.key")); }

private:
    bool run(const QString& program, const QStringList& arguments, QString* errorMessage) const;
    QSslConfiguration configuration(const QString& certificate, const QString& key) const;

    QTemporaryDir m_dir;
};
