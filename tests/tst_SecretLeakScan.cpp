#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The promise "no secret ever lands in the database, settings, logs or output", checked from the
// outside: real vieraugen-cli and vieraugen processes against a real Secret Service, then every
// file they could have written is searched for the secrets.
class TestSecretLeakScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretOutsideTheKeychain();

private:
    QString run(const QString& program, const QStringList& arguments, int* exitCode);
    void scanTree(const QString& root, bool expectFiles = true);
    static bool isInput(const QString& file) { return file.endsWith(QLatin1String("provision.json")); }
    void scanBytes(const QByteArray& content, const QString& where);

    QStringList m_secrets;
    QTemporaryDir m_dir;
    QString m_allOutput;
};

void TestSecretLeakScan::initTestCase()
{
    if (qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO") != QLatin1String("unlocked"))
        QSKIP("needs an unlocked keychain: run through support/run_with_keyring.sh");
    m_secrets
        = { QStringLiteral("LeakCanary-JwtAppSecret-7f3a"), QStringLiteral("LeakCanary-SmtpPassword-c9d2"),
            QStringLiteral("LeakCanary-SmsApiKey-11e8") };
}

QString TestSecretLeakScan::run(const QString& program, const QStringList& arguments, int* exitCode)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        *exitCode = -1;
    } else {
        *exitCode = process.exitCode();
    }
    const QString output
        = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    m_allOutput += output;
    return output;
}

void TestSecretLeakScan::scanBytes(const QByteArray& content, const QString& where)
{
    for (const QString& secret : std::as_const(m_secrets)) {
        const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
        for (const QByteArray& needle : { secret.toUtf8(), utf16, secret.toUtf8().toBase64() })
            QVERIFY2(!content.contains(needle),
                     qPrintable(QStringLiteral("%1 contains %2").arg(where, secret)));
    }
}

void TestSecretLeakScan::scanTree(const QString& root, bool expectFiles)
{
    QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.fileName().contains(QLatin1String("/keyrings/")) || isInput(file.fileName()))
            continue; // gnome-keyring's encrypted store is where the secrets belong; the input holds them by
                      // design
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        scanBytes(file.readAll(), file.fileName());
        ++scanned;
    }
    QVERIFY2(scanned > 0 || !expectFiles, qPrintable(root));
}

void TestSecretLeakScan::noSecretOutsideTheKeychain()
{
    const QString cli = qEnvironmentVariable("VIERAUGEN_CLI_EXECUTABLE");
    const QString gui = qEnvironmentVariable("VIERAUGEN_GUI_EXECUTABLE");
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString provisioning = m_dir.filePath(QStringLiteral("provision.json"));
    QFile file(provisioning);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({
      "servers": [{"id": "berlin", "name": "Berlin", "url": "https://meet.berlin.example", "appId": "v",
                   "issuer": "v", "audience": "jitsi", "appSecret": "%1"}],
      "smtp": {"host": "mail.example.org", "user": "beratung", "password": "%2", "from": "b@example.org"},
      "sms": {"provider": "seven", "apiKey": "%3", "sender": "Beratung"}
    })")
                   .arg(m_secrets.at(0), m_secrets.at(1), m_secrets.at(2))
                   .toUtf8());
    file.close();

    int exitCode = -1;
    const QString provisionOutput = run(
        cli, { QStringLiteral("--data-dir"), data, QStringLiteral("provision"), provisioning }, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(provisionOutput));
    run(cli, { QStringLiteral("--data-dir"), data, QStringLiteral("profiles"), QStringLiteral("list") },
        &exitCode);
    QCOMPARE(exitCode, 0);
    const QString json = run(cli,
                             { QStringLiteral("--data-dir"), data, QStringLiteral("profiles"),
                               QStringLiteral("list"), QStringLiteral("--json") },
                             &exitCode);
    QVERIFY2(json.contains(QStringLiteral("\"hasAppSecret\": true")), qPrintable(json));
    const QString check
        = run(cli, { QStringLiteral("--data-dir"), data, QStringLiteral("secrets"), QStringLiteral("check") },
              &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(check));
    QCOMPARE(check.count(QStringLiteral("present")), 3);
    run(cli, { QStringLiteral("--data-dir"), data, QStringLiteral("info") }, &exitCode);
    QCOMPARE(exitCode, 0);
    run(gui,
        { QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"),
          m_dir.filePath(QStringLiteral("s.png")) },
        &exitCode);
    QCOMPARE(exitCode, 0);

    // Not vacuous: the secrets are in the Secret Service, and the files we scan exist.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 { QStringLiteral("lookup"), QStringLiteral("user"),
                   QStringLiteral("Vieraugen:%1:server-berlin:jwt-app-secret")
                       .arg(QSettings(data + QStringLiteral("/settings.ini"), QSettings::IniFormat)
                                .value(QStringLiteral("secrets/namespace"))
                                .toString()),
                   QStringLiteral("server"), QStringLiteral("Vieraugen") });
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()), m_secrets.at(0));
    QVERIFY(QFile::exists(data + QStringLiteral("/calendar.sqlite")));
    QVERIFY(QFile::exists(data + QStringLiteral("/logs/vieraugen.log")));
    // The settings of a data folder named on the command line live in it (and are scanned with it).
    QVERIFY(QFile::exists(data + QStringLiteral("/settings.ini")));

    scanBytes(m_allOutput.toUtf8(), QStringLiteral("the programs' output"));
    scanTree(data);
    scanTree(m_dir.path()); // the export too
    // The home folder holds nothing of ours now but the keyring; whatever else appears there is scanned.
    scanTree(qEnvironmentVariable("HOME"), false);
}

QTEST_GUILESS_MAIN(TestSecretLeakScan)
#include "tst_SecretLeakScan.moc"
