#include "tests/support/TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

TestCertificates::TestCertificates() = default;

bool TestCertificates::run(const QString& program, const QStringList& arguments, QString* errorMessage) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *errorMessage = program + QStringLiteral(" failed: ")
            + QString::fromLocal8Bit(process.readAllStandardError()) + process.errorString();
        return false;
    }
    return true;
}

bool TestCertificates::create(QString* errorMessage)
{
    const QString openssl = QStringLiteral("openssl");
    const QStringList ecKey { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    QFile extensions(m_dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
                     "basicConstraints=CA:FALSE\n");
    extensions.close();
    return run(openssl,
               QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ecKey
                   + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                   QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                                   QStringLiteral("2"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=Vieraugen Test CA"), QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
               errorMessage)
        && run(openssl,
               QStringList { QStringLiteral("req") } + ecKey
                   + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                   QStringLiteral("-out"), QStringLiteral("server.csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") },
               errorMessage)
        && run(openssl,
               { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext") },
               errorMessage)
        && run(openssl,
               QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ecKey
                   + QStringList { QStringLiteral("-keyout"), QStringLiteral("self.key"),
                                   QStringLiteral("-out"), QStringLiteral("self.pem"),
                                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                   QStringLiteral("subjectAltName=IP:127.0.0.1") },
               errorMessage);
}

bool TestCertificates::trustInWebEngine(QString* errorMessage)
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString database = QStringLiteral("sql:") + home + QStringLiteral("/.pki/nssdb");
    if (!QDir().mkpath(home + QStringLiteral("/.pki/nssdb")))
        return false;
    if (!run(QStringLiteral("certutil"),
             { QStringLiteral("-d"), database, QStringLiteral("-N"), QStringLiteral("--empty-password") },
             errorMessage)
        || !run(QStringLiteral("certutil"),
                { QStringLiteral("-d"), database, QStringLiteral("-A"), QStringLiteral("-t"),
                  QStringLiteral("C,,"), QStringLiteral("-n"), QStringLiteral("vieraugen-test-ca"),
                  QStringLiteral("-i"), authorityFile() },
                errorMessage))
        return false;
    qputenv("HOME", QFile::encodeName(home));
    return true;
}

QSslConfiguration TestCertificates::configuration(const QString& certificate, const QString& key) const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile certificateFile(m_dir.filePath(certificate));
    QFile keyFile(m_dir.filePath(key));
    if (certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly)) {
        tls.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
    }
    return tls;
}

QSslConfiguration TestCertificates::serverConfiguration() const
{
    return configuration(QStringLiteral("server.pem"), QStringLiteral("server.key"));
}

QSslConfiguration TestCertificates::selfSignedConfiguration() const
{
    return configuration(QStringLiteral("self.pem"), QStringLiteral("self.key"));
}

bool TestCertificates::trustInQtNetwork(QString* errorMessage) const
{
    QSslConfiguration trusted = QSslConfiguration::defaultConfiguration();
    if (!trusted.addCaCertificates(authorityFile())) {
        *errorMessage = QStringLiteral("the test authority could not be read");
        return false;
    }
    QSslConfiguration::setDefaultConfiguration(trusted);
    return true;
}
