#include "tests/support/RadicaleServer.h"

#include "tests/support/TestCertificates.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace {

// Debian's interpreter has Radicale and python3-caldav; a pyenv python3 earlier in PATH does not.
const QString debianPython = QStringLiteral("/usr/bin/python3");

constexpr char rights[] = R"([root]
user: .+
collection:
permissions: R

[principal]
user: .+
collection: {user}
permissions: RW

[own-calendars]
user: .+
collection: {user}/[^/]+
permissions: rw

[team]
user: .+
collection: team
permissions: R

[team-readonly]
user: .+
collection: team/readonly[^/]*
permissions: r

[team-calendars]
user: .+
collection: team/[^/]+
permissions: rw
)";

bool writeFile(const QString& path, const QByteArray& content, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *errorMessage = QStringLiteral("cannot write ") + path;
        return false;
    }
    return true;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

RadicaleServer::RadicaleServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

RadicaleServer::~RadicaleServer()
{
    stop();
}

void RadicaleServer::addUser(const QString& name, const QString& password)
{
    m_users.insert(name, password);
}

QString RadicaleServer::storageFolder() const
{
    return m_dir.filePath(QStringLiteral("storage/collection-root"));
}

QUrl RadicaleServer::url(const QString& path) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

bool RadicaleServer::writeConfiguration(const TestCertificates* certificates, Certificate certificate,
                                        QString* errorMessage)
{
    QByteArray users;
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
        users += it.key().toUtf8() + ':' + it.value().toUtf8() + '\n';
    QByteArray config = "[server]\nhosts = 127.0.0.1:" + QByteArray::number(m_port) + "\n";
    if (certificates) {
        const bool selfSigned = certificate == Certificate::SelfSigned;
        config += "ssl = True\ncertificate = "
            + (selfSigned ? certificates->selfSignedCertificateFile() : certificates->serverCertificateFile())
                  .toUtf8()
            + "\nkey = "
            + (selfSigned ? certificates->selfSignedKeyFile() : certificates->serverKeyFile()).toUtf8()
            + "\n";
    }
    // No delay after a wrong password: tests try one on purpose.
    config
        += "[auth]\ntype = htpasswd\nhtpasswd_filename = " + m_dir.filePath(QStringLiteral("users")).toUtf8()
        + "\nhtpasswd_encryption = plain\ndelay = 0\n"
          "[rights]\ntype = from_file\nfile = "
        + m_dir.filePath(QStringLiteral("rights")).toUtf8()
        + "\n[storage]\nfilesystem_folder = " + m_dir.filePath(QStringLiteral("storage")).toUtf8()
        + "\n[web]\ntype = none\n[logging]\nlevel = warning\n";
    return writeFile(m_dir.filePath(QStringLiteral("users")), users, errorMessage)
        && writeFile(m_dir.filePath(QStringLiteral("rights")), rights, errorMessage)
        && writeFile(m_dir.filePath(QStringLiteral("config")), config, errorMessage)
        && QDir().mkpath(storageFolder());
}

bool RadicaleServer::start(QString* errorMessage, const TestCertificates* certificates,
                           Certificate certificate)
{
    if (!m_dir.isValid()) {
        *errorMessage = QStringLiteral("no temporary folder");
        return false;
    }
    m_tls = certificates != nullptr;
    if (certificates)
        m_authorityFile = certificates->authorityFile();
    // A port found free may be taken by someone else before Radicale binds it: try another.
    const bool keepPort = m_port != 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!keepPort)
            m_port = freePort();
        if (!writeConfiguration(certificates, certificate, errorMessage))
            return false;
        m_process.start(debianPython,
                        { QStringLiteral("-m"), QStringLiteral("radicale"), QStringLiteral("--config"),
                          m_dir.filePath(QStringLiteral("config")) });
        if (waitUntilListening(errorMessage))
            return true;
        stop();
        if (keepPort)
            break;
    }
    return false;
}

bool RadicaleServer::waitUntilListening(QString* errorMessage)
{
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            *errorMessage
                = QStringLiteral("radicale did not start: ") + QString::fromLocal8Bit(m_process.readAll());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    *errorMessage = QStringLiteral("radicale did not listen on port %1").arg(m_port);
    return false;
}

void RadicaleServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool RadicaleServer::createCalendar(const QString& path, const QString& displayName, const QString& color,
                                    QString* errorMessage)
{
    const QString folder = storageFolder() + QLatin1Char('/') + path;
    if (!QDir().mkpath(folder)) {
        *errorMessage = QStringLiteral("cannot create ") + folder;
        return false;
    }
    QJsonObject properties { { QStringLiteral("tag"), QStringLiteral("VCALENDAR") },
                             { QStringLiteral("D:displayname"), displayName },
                             { QStringLiteral("C:supported-calendar-component-set"),
                               QStringLiteral("VEVENT") } };
    if (!color.isEmpty())
        properties.insert(QStringLiteral("ICAL:calendar-color"), color);
    return writeFile(folder + QStringLiteral("/.Radicale.props"), QJsonDocument(properties).toJson(),
                     errorMessage);
}

bool RadicaleServer::runPeer(const QString& user, const QStringList& arguments, QByteArray* output,
                             QString* errorMessage) const
{
    QProcess peer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The password goes through the environment, not the command line other processes can read.
    environment.insert(QStringLiteral("CALDAV_URL"), url().toString());
    environment.insert(QStringLiteral("CALDAV_USER"), user);
    environment.insert(QStringLiteral("CALDAV_PASSWORD"), m_users.value(user));
    environment.insert(QStringLiteral("CALDAV_CA_FILE"), m_tls ? m_authorityFile : QString());
    peer.setProcessEnvironment(environment);
    const QString script
        = qEnvironmentVariable("VIERAUGEN_SOURCE_DIR") + QStringLiteral("/tests/support/caldav_peer.py");
    peer.start(debianPython, QStringList { script } + arguments);
    if (!peer.waitForFinished(60000) || peer.exitStatus() != QProcess::NormalExit || peer.exitCode() != 0) {
        *errorMessage
            = QStringLiteral("caldav_peer.py %1 failed: %2")
                  .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(peer.readAllStandardError()));
        return false;
    }
    *output = peer.readAllStandardOutput();
    return true;
}
