#include "core/base/DataLocation.h"
#include "core/cli/CommandLineTool.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// Settings and keychain entries belong to their data folder. Runs against a real gnome-keyring in a
// throwaway HOME (KEYRING_SCENARIOS unlocked), where the usual data folder and the platform's
// settings store are the sandbox's own.
class TestDataFolderSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoFoldersNeverSeeEachOther();
    void theUsualFolderKeepsTodaysSetup();
    void commandLineUsesTheFolderItIsGiven();

private:
    static ServerProfile profile(const QString& id);
    static SecretReply::Status write(SecretStore& store, const QString& owner, const QString& secret);
    static std::pair<SecretReply::Status, QString> read(SecretStore& store, const QString& owner);
    static std::pair<SecretReply::Status, QString> outcomeOf(SecretReply* reply);
    static QString lookupWithSecretTool(const QString& key);

    QTemporaryDir m_dir;
};

void TestDataFolderSettings::initTestCase()
{
    if (qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO") != QLatin1String("unlocked"))
        QSKIP("needs an unlocked keyring: run through support/run_with_keyring.sh unlocked");
    QCoreApplication::setOrganizationName(QStringLiteral("Vieraugen"));
    QCoreApplication::setApplicationName(QStringLiteral("Vieraugen"));
    qunsetenv(DataLocation::environmentVariable);
    QVERIFY(m_dir.isValid());
}

ServerProfile TestDataFolderSettings::profile(const QString& id)
{
    ServerProfile server;
    server.id = id;
    server.name = id;
    server.baseUrl = QUrl(QStringLiteral("https://meet.beratung.example"));
    server.auth = ServerProfile::AuthMode::None;
    return server;
}

SecretReply::Status TestDataFolderSettings::write(SecretStore& store, const QString& owner,
                                                  const QString& secret)
{
    return outcomeOf(store.write(owner, QStringLiteral("jwt-app-secret"), secret)).first;
}

std::pair<SecretReply::Status, QString> TestDataFolderSettings::read(SecretStore& store, const QString& owner)
{
    return outcomeOf(store.read(owner, QStringLiteral("jwt-app-secret")));
}

// A reply deletes itself once it has finished, so what it says is taken in finished(), not
// asked of it afterwards (UndefinedBehaviorSanitizer found the call on the deleted reply).
std::pair<SecretReply::Status, QString> TestDataFolderSettings::outcomeOf(SecretReply* reply)
{
    if (reply->isFinished())
        return { reply->status(), reply->value() };
    std::pair<SecretReply::Status, QString> outcome { SecretReply::Status::Pending, {} };
    const QObject listening; // a reply still pending at the timeout must not write here later
    QObject::connect(reply, &SecretReply::finished, &listening, [reply, &outcome] {
        outcome = { reply->status(), reply->value() };
    });
    // Still pending after 10 s: the caller reports Pending.
    (void)QTest::qWaitFor([&outcome] { return outcome.first != SecretReply::Status::Pending; }, 10000);
    return outcome;
}

QString TestDataFolderSettings::lookupWithSecretTool(const QString& key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               { QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
                 SecretStore::serviceName() });
    if (!tool.waitForFinished(10000) || tool.exitCode() != 0)
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void TestDataFolderSettings::twoFoldersNeverSeeEachOther()
{
    const DataLocation first(m_dir.filePath(QStringLiteral("first")));
    const DataLocation second(m_dir.filePath(QStringLiteral("second")));
    QString error;
    QVERIFY2(first.prepare(&error) && second.prepare(&error), qPrintable(error));
    {
        const std::unique_ptr<Settings> settings = Settings::forDataFolder(first);
        settings->saveServerProfile(profile(QStringLiteral("berlin")));
        SecretStore secrets(*settings);
        QCOMPARE(write(secrets, QStringLiteral("berlin"), QStringLiteral("first-secret")),
                 SecretReply::Status::Ok);
    }
    QVERIFY(QFile::exists(first.settingsFile()));

    const std::unique_ptr<Settings> settings = Settings::forDataFolder(second);
    QVERIFY(settings->serverProfiles().isEmpty());
    SecretStore secrets(*settings);
    // Even knowing the profile's id, the other folder's secret is not there…
    QCOMPARE(read(secrets, QStringLiteral("berlin")).first, SecretReply::Status::NotFound);
    // …and the same id here is a separate entry that leaves the first folder's alone.
    settings->saveServerProfile(profile(QStringLiteral("berlin")));
    QCOMPARE(write(secrets, QStringLiteral("berlin"), QStringLiteral("second-secret")),
             SecretReply::Status::Ok);

    const std::unique_ptr<Settings> again = Settings::forDataFolder(first);
    QCOMPARE(again->serverProfiles().size(), 1);
    SecretStore firstSecrets(*again);
    QCOMPARE(read(firstSecrets, QStringLiteral("berlin")).second, QStringLiteral("first-secret"));
    QCOMPARE(read(secrets, QStringLiteral("berlin")).second, QStringLiteral("second-secret"));
    QVERIFY(again->secretNamespace() != settings->secretNamespace());
    QCOMPARE(lookupWithSecretTool(
                 firstSecrets.entryKey(QStringLiteral("berlin"), QStringLiteral("jwt-app-secret"))),
             QStringLiteral("first-secret"));

    // Nothing of either reached the user's global settings.
    QVERIFY(Settings().serverProfiles().isEmpty());
}

void TestDataFolderSettings::theUsualFolderKeepsTodaysSetup()
{
    // Set up as before data folders had settings of their own: platform settings, plain keys.
    {
        Settings today;
        today.saveServerProfile(profile(QStringLiteral("muenchen")));
        SecretStore secrets(today);
        QCOMPARE(write(secrets, QStringLiteral("muenchen"), QStringLiteral("usual-secret")),
                 SecretReply::Status::Ok);
    }
    QCOMPARE(lookupWithSecretTool(QStringLiteral("Vieraugen:muenchen:jwt-app-secret")),
             QStringLiteral("usual-secret"));

    const DataLocation usual;
    QVERIFY(usual.isUsual());
    const std::unique_ptr<Settings> settings = Settings::forDataFolder(usual);
    QVERIFY(settings->serverProfile(QStringLiteral("muenchen")).has_value());
    SecretStore secrets(*settings);
    QCOMPARE(read(secrets, QStringLiteral("muenchen")).second, QStringLiteral("usual-secret"));

    const std::unique_ptr<Settings> other
        = Settings::forDataFolder(DataLocation(m_dir.filePath(QStringLiteral("other"))));
    QVERIFY(!other->serverProfile(QStringLiteral("muenchen")).has_value());
    SecretStore otherSecrets(*other);
    QCOMPARE(read(otherSecrets, QStringLiteral("muenchen")).first, SecretReply::Status::NotFound);
}

void TestDataFolderSettings::commandLineUsesTheFolderItIsGiven()
{
    const QString withProfile = m_dir.filePath(QStringLiteral("cli-a"));
    const QString without = m_dir.filePath(QStringLiteral("cli-b"));
    Settings::forDataFolder(DataLocation(withProfile))->saveServerProfile(profile(QStringLiteral("hamburg")));
    const auto profiles = [](const QString& folder) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CommandLineTool tool(outStream, errStream);
        tool.run({ QStringLiteral("vieraugen-cli"), QStringLiteral("--data-dir"), folder,
                   QStringLiteral("profiles"), QStringLiteral("list") });
        outStream.flush();
        return out;
    };
    QVERIFY2(profiles(withProfile).contains(QLatin1String("hamburg")), qPrintable(profiles(withProfile)));
    QVERIFY2(!profiles(without).contains(QLatin1String("hamburg")), qPrintable(profiles(without)));
    QCOMPARE(DataLocation::explicitPathIn(
                 { QStringLiteral("vieraugen"), QStringLiteral("--data-dir=") + without }),
             without);
}

QTEST_GUILESS_MAIN(TestDataFolderSettings)
#include "tst_DataFolderSettings.moc"
