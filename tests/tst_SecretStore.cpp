#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/TestWorkspace.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <memory>

// QSKIP only leaves the function it is written in, so this has to be a macro.
#define REQUIRE_SCENARIO(needsUnlockedKeychain)                                                              \
    do {                                                                                                     \
        const QString reason = skipReason(needsUnlockedKeychain);                                            \
        if (!reason.isEmpty())                                                                               \
            QSKIP(qPrintable(reason));                                                                       \
    } while (false)

// Runs against a real Secret Service; support/run_with_keyring.sh sets up each scenario.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keysAreScopedToVieraugen();
    void chunksRespectByteLimitAndCharacters_data();
    void chunksRespectByteLimitAndCharacters();
    void unknownNameIsAnsweredWithoutAskingTheKeychain();

    // unlocked keychain
    void writeReadOverwriteRemove();
    void secretReallyLivesInTheSecretService();
    void unicodeAndLargeSecrets_data();
    void unicodeAndLargeSecrets();
    void concurrentRequestsAllAnswerOnce();
    void chunkedSecretsRoundTripAndShrink();
    void tooLongForChunksIsRefused();
    void removingAnOwnerRemovesAllItsSecrets();
    void indexNeverHoldsValues();
    void probeFindsAWorkingKeychain();
    void requestThatTimesOutAnswersOnceAndStoreRecovers();
    void dialogOpenedInAnAnswerDoesNotTimeOutLaterRequests();

    // keychain missing, locked or hanging
    void failureIsClearQuickAndPersistsNothing();

private:
    struct Outcome
    {
        SecretReply::Status status = SecretReply::Status::Pending;
        QString errorString;
        QString value;
        int timesFinished = 0;
    };
    static std::shared_ptr<Outcome> watch(SecretReply* reply);
    static Outcome await(SecretReply* reply, int timeoutMs = 8000);
    static QString lookupWithSecretTool(const QString& key);
    // Why this test does not apply to the current scenario; empty when it does.
    QString skipReason(bool needsUnlockedKeychain) const;

    QString m_scenario;
    std::unique_ptr<TestWorkspace> m_workspace;
};

std::shared_ptr<TestSecretStore::Outcome> TestSecretStore::watch(SecretReply* reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &SecretReply::finished, reply, [reply, outcome] {
        outcome->status = reply->status();
        outcome->errorString = reply->errorString();
        outcome->value = reply->value();
        ++outcome->timesFinished;
    });
    return outcome;
}

TestSecretStore::Outcome TestSecretStore::await(SecretReply* reply, int timeoutMs)
{
    const std::shared_ptr<Outcome> outcome = watch(reply);
    if (!QTest::qWaitFor([&] { return outcome->timesFinished > 0; }, timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    QTest::qWait(20); // a second finished() would arrive now
    return *outcome;
}

QString TestSecretStore::lookupWithSecretTool(const QString& key)
{
    // QtKeychain's libsecret schema stores the key as "user" and the service as "server".
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               { QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
                 SecretStore::serviceName() });
    if (!tool.waitForFinished(10000) || tool.exitCode() != 0)
        return QString();
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void TestSecretStore::init()
{
    m_scenario = qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO");
    m_workspace = std::make_unique<TestWorkspace>();
}

QString TestSecretStore::skipReason(bool needsUnlockedKeychain) const
{
    if (m_scenario.isEmpty())
        return QStringLiteral("needs a keyring scenario: run through support/run_with_keyring.sh");
    if (needsUnlockedKeychain != (m_scenario == QLatin1String("unlocked")))
        return QStringLiteral("not for the %1 scenario").arg(m_scenario);
    return QString();
}

void TestSecretStore::keysAreScopedToVieraugen()
{
    QCOMPARE(SecretStore::keyFor(QStringLiteral("server-1"), QStringLiteral("jwt-secret")),
             QStringLiteral("Vieraugen:server-1:jwt-secret"));
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("Vieraugen"));
}

void TestSecretStore::chunksRespectByteLimitAndCharacters_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<int>("expectedChunks");
    QTest::newRow("no limit") << QString(5000, QLatin1Char('a')) << 0 << 1;
    QTest::newRow("fits") << QString(2048, QLatin1Char('a')) << 2048 << 1;
    QTest::newRow("ascii") << QString(4097, QLatin1Char('a')) << 2048 << 3;
    QTest::newRow("two-byte characters") << QString(2048, QChar(0x00e4)) << 2048 << 2;
    QTest::newRow("emoji never split") << QString::fromUtf8("🔐🔐🔐🔐🔐") << 6 << 5;
    QTest::newRow("empty") << QString() << 2048 << 1;
}

void TestSecretStore::chunksRespectByteLimitAndCharacters()
{
    QFETCH(QString, secret);
    QFETCH(int, chunkSize);
    QFETCH(int, expectedChunks);
    const QStringList chunks = SecretStore::splitIntoChunks(secret, chunkSize);
    QCOMPARE(chunks.size(), expectedChunks);
    QCOMPARE(chunks.join(QString()), secret);
    for (const QString& chunk : chunks) {
        if (chunkSize > 0)
            QVERIFY(chunk.toUtf8().size() <= chunkSize);
        QCOMPARE(QString::fromUtf8(chunk.toUtf8()), chunk); // no broken surrogate pairs
    }
}

void TestSecretStore::unknownNameIsAnsweredWithoutAskingTheKeychain()
{
    SecretStore store(m_workspace->settings());
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = await(store.read(QStringLiteral("profile"), QStringLiteral("never-stored")));
    QCOMPARE(outcome.status, SecretReply::Status::NotFound);
    QCOMPARE(outcome.timesFinished, 1);
    QVERIFY(timer.elapsed() < 1000);
    // Even without a keychain this is no error about secure storage: nothing was asked.
    QCOMPARE(store.availability(), SecretStore::Availability::Unknown);
}

void TestSecretStore::writeReadOverwriteRemove()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    const QString owner = QStringLiteral("server-a");
    const QString name = QStringLiteral("jwt-secret");

    Outcome outcome = await(store.write(owner, name, QStringLiteral("first secret")));
    QVERIFY2(outcome.status == SecretReply::Status::Ok, qPrintable(outcome.errorString));
    QCOMPARE(outcome.timesFinished, 1);
    QVERIFY(store.contains(owner, name));
    QCOMPARE(await(store.read(owner, name)).value, QStringLiteral("first secret"));

    QCOMPARE(await(store.write(owner, name, QStringLiteral("second secret"))).status,
             SecretReply::Status::Ok);
    QCOMPARE(await(store.read(owner, name)).value, QStringLiteral("second secret"));

    outcome = await(store.remove(owner, name));
    QCOMPARE(outcome.status, SecretReply::Status::Ok);
    QVERIFY(!store.contains(owner, name));
    QCOMPARE(await(store.read(owner, name)).status, SecretReply::Status::NotFound);
    QCOMPARE(lookupWithSecretTool(SecretStore::keyFor(owner, name)), QString());

    // Removing what is already gone is not an error.
    QCOMPARE(await(store.remove(owner, name)).status, SecretReply::Status::Ok);
}

void TestSecretStore::secretReallyLivesInTheSecretService()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    QCOMPARE(
        await(store.write(QStringLiteral("smtp"), QStringLiteral("password"), QStringLiteral("Mail-Pa55")))
            .status,
        SecretReply::Status::Ok);
    QCOMPARE(lookupWithSecretTool(QStringLiteral("Vieraugen:smtp:password")), QStringLiteral("Mail-Pa55"));
}

void TestSecretStore::unicodeAndLargeSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("umlauts and emoji") << QString::fromUtf8("Passwört ✓ 🔐 日本語 «ß»");
    QString large;
    auto* random = QRandomGenerator::global();
    for (int i = 0; i < 10 * 1024; ++i)
        large.append(QChar(u'!' + random->bounded(94)));
    QTest::newRow("10 kB") << large;
    QTest::newRow("spaces and newlines") << QStringLiteral("  line one\nline two\t ");
}

void TestSecretStore::unicodeAndLargeSecrets()
{
    REQUIRE_SCENARIO(true);
    QFETCH(QString, secret);
    SecretStore store(m_workspace->settings());
    QCOMPARE(await(store.write(QStringLiteral("p"), QStringLiteral("s"), secret)).status,
             SecretReply::Status::Ok);
    QCOMPARE(await(store.read(QStringLiteral("p"), QStringLiteral("s"))).value, secret);
}

void TestSecretStore::concurrentRequestsAllAnswerOnce()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    QList<std::shared_ptr<Outcome>> writes;
    for (int i = 0; i < 20; ++i)
        writes.append(watch(
            store.write(QStringLiteral("p"), QStringLiteral("n%1").arg(i), QStringLiteral("v%1").arg(i))));
    QList<std::shared_ptr<Outcome>> reads;
    for (int i = 0; i < 20; ++i)
        reads.append(watch(store.read(QStringLiteral("p"), QStringLiteral("n%1").arg(i))));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(reads.cbegin(), reads.cend(), [](const auto& o) { return o->timesFinished > 0; }), 15000);
    QTest::qWait(20);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(writes.at(i)->timesFinished, 1);
        QCOMPARE(writes.at(i)->status, SecretReply::Status::Ok);
        // Reads were queued before the writes finished and still see them: requests run in order.
        QCOMPARE(reads.at(i)->timesFinished, 1);
        QCOMPARE(reads.at(i)->value, QStringLiteral("v%1").arg(i));
    }
}

void TestSecretStore::chunkedSecretsRoundTripAndShrink()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    store.setChunkSize(1100);
    const QString longSecret = QString(10000, QLatin1Char('k'));
    QCOMPARE(await(store.write(QStringLiteral("p"), QStringLiteral("long"), longSecret)).status,
             SecretReply::Status::Ok);
    QCOMPARE(m_workspace->settings().secretChunkCount(QStringLiteral("p"), QStringLiteral("long")), 10);
    QCOMPARE(lookupWithSecretTool(QStringLiteral("Vieraugen:p:long.9")).size(), 10000 - 9 * 1100);
    QCOMPARE(await(store.read(QStringLiteral("p"), QStringLiteral("long"))).value, longSecret);

    QCOMPARE(await(store.write(QStringLiteral("p"), QStringLiteral("long"), QStringLiteral("short"))).status,
             SecretReply::Status::Ok);
    QCOMPARE(m_workspace->settings().secretChunkCount(QStringLiteral("p"), QStringLiteral("long")), 1);
    QCOMPARE(lookupWithSecretTool(QStringLiteral("Vieraugen:p:long.1")), QString());
    QCOMPARE(await(store.read(QStringLiteral("p"), QStringLiteral("long"))).value, QStringLiteral("short"));
}

void TestSecretStore::tooLongForChunksIsRefused()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    store.setChunkSize(100);
    const Outcome outcome
        = await(store.write(QStringLiteral("p"), QStringLiteral("huge"), QString(5000, QLatin1Char('x'))));
    QCOMPARE(outcome.status, SecretReply::Status::Failed);
    QVERIFY2(outcome.errorString.contains(QStringLiteral("too long")), qPrintable(outcome.errorString));
    QVERIFY(!store.contains(QStringLiteral("p"), QStringLiteral("huge")));
    QCOMPARE(lookupWithSecretTool(QStringLiteral("Vieraugen:p:huge")), QString());
}

void TestSecretStore::removingAnOwnerRemovesAllItsSecrets()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    for (const QString& name :
         { QStringLiteral("jwt-secret"), QStringLiteral("a/b"), QStringLiteral("third") })
        QCOMPARE(await(store.write(QStringLiteral("doomed"), name, QStringLiteral("x"))).status,
                 SecretReply::Status::Ok);
    QCOMPARE(
        await(store.write(QStringLiteral("kept"), QStringLiteral("jwt-secret"), QStringLiteral("y"))).status,
        SecretReply::Status::Ok);
    QCOMPARE(store.storedNames(QStringLiteral("doomed")),
             QStringList({ QStringLiteral("a/b"), QStringLiteral("jwt-secret"), QStringLiteral("third") }));

    QCOMPARE(await(store.removeOwner(QStringLiteral("doomed"))).status, SecretReply::Status::Ok);
    QVERIFY(store.storedNames(QStringLiteral("doomed")).isEmpty());
    QCOMPARE(lookupWithSecretTool(QStringLiteral("Vieraugen:doomed:a/b")), QString());
    QCOMPARE(lookupWithSecretTool(QStringLiteral("Vieraugen:doomed:jwt-secret")), QString());
    QCOMPARE(await(store.read(QStringLiteral("kept"), QStringLiteral("jwt-secret"))).value,
             QStringLiteral("y"));
}

void TestSecretStore::indexNeverHoldsValues()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    const QString secret = QStringLiteral("IndexMustNotSeeThis-4711");
    QCOMPARE(await(store.write(QStringLiteral("p"), QStringLiteral("s"), secret)).status,
             SecretReply::Status::Ok);
    m_workspace->settings().sync();
    QFile settingsFile(m_workspace->settings().fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray content = settingsFile.readAll();
    QVERIFY(content.contains("secretIndex"));
    QVERIFY(!content.contains(secret.toUtf8()));
}

void TestSecretStore::probeFindsAWorkingKeychain()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    const Outcome outcome = await(store.probe());
    QVERIFY2(outcome.status == SecretReply::Status::Ok, qPrintable(outcome.errorString));
    QCOMPARE(outcome.value, QString());
    QCOMPARE(store.availability(), SecretStore::Availability::Available);
    QCOMPARE(lookupWithSecretTool(QStringLiteral("Vieraugen:install:keychain-probe")), QString());
}

void TestSecretStore::requestThatTimesOutAnswersOnceAndStoreRecovers()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    store.setTimeout(0);
    const Outcome timedOut
        = await(store.write(QStringLiteral("p"), QStringLiteral("late"), QStringLiteral("v")));
    QCOMPARE(timedOut.status, SecretReply::Status::TimedOut);
    QCOMPARE(timedOut.timesFinished, 1);
    QVERIFY(timedOut.errorString.contains(QStringLiteral("did not answer")));
    QVERIFY(!store.contains(QStringLiteral("p"), QStringLiteral("late")));

    store.setTimeout(SecretStore::defaultTimeoutMs);
    QCOMPARE(await(store.write(QStringLiteral("p"), QStringLiteral("on-time"), QStringLiteral("w"))).status,
             SecretReply::Status::Ok);
    QCOMPARE(await(store.read(QStringLiteral("p"), QStringLiteral("on-time"))).value, QStringLiteral("w"));
}

void TestSecretStore::dialogOpenedInAnAnswerDoesNotTimeOutLaterRequests()
{
    REQUIRE_SCENARIO(true);
    SecretStore store(m_workspace->settings());
    store.setTimeout(1000);
    QCOMPARE(await(store.write(QStringLiteral("p"), QStringLiteral("s"), QStringLiteral("v"))).status,
             SecretReply::Status::Ok);
    // Already queued when the first answer opens its dialog, and asked from inside the dialog.
    SecretReply* first = store.read(QStringLiteral("p"), QStringLiteral("s"));
    const std::shared_ptr<Outcome> queued = watch(store.read(QStringLiteral("p"), QStringLiteral("s")));
    std::shared_ptr<Outcome> askedDuringDialog;
    connect(first, &SecretReply::finished, this, [&store, &askedDuringDialog] {
        askedDuringDialog = watch(store.read(QStringLiteral("p"), QStringLiteral("s")));
        // A modal dialog the counselor reads for longer than the timeout: a nested event loop.
        QEventLoop dialog;
        QTimer::singleShot(3000, &dialog, &QEventLoop::quit);
        dialog.exec();
    });
    QTRY_VERIFY_WITH_TIMEOUT(askedDuringDialog && askedDuringDialog->timesFinished > 0, 10000);
    // Answered by the keychain, not by the timeout.
    QCOMPARE(queued->status, SecretReply::Status::Ok);
    QCOMPARE(queued->value, QStringLiteral("v"));
    QCOMPARE(askedDuringDialog->status, SecretReply::Status::Ok);
    QCOMPARE(store.availability(), SecretStore::Availability::Available);
}

void TestSecretStore::failureIsClearQuickAndPersistsNothing()
{
    REQUIRE_SCENARIO(false);
    SecretStore store(m_workspace->settings());
    const QString secret = QStringLiteral("NeverPersisted-0815");

    QElapsedTimer timer;
    timer.start();
    const Outcome probe = await(store.probe());
    const qint64 probeMs = timer.elapsed();
    const SecretReply::Status expected = m_scenario == QLatin1String("unreachable")
        ? SecretReply::Status::TimedOut
        : SecretReply::Status::NoSecureStorage;
    QCOMPARE(probe.status, expected);
    QCOMPARE(probe.timesFinished, 1);
    // The promise is an answer after the 5 s timeout at the latest; the slack absorbs a busy machine.
    QVERIFY2(probeMs <= SecretStore::defaultTimeoutMs + 1000, qPrintable(QString::number(probeMs)));
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    QVERIFY2(store.unavailableReason().contains(SecretStore::enableInstructions()),
             qPrintable(store.unavailableReason()));
    qInfo("%s: probe answered after %lld ms: %s", qPrintable(m_scenario), probeMs,
          qPrintable(probe.errorString));

    const Outcome write = await(store.write(QStringLiteral("smtp"), QStringLiteral("password"), secret));
    QCOMPARE(write.status, expected);
    QCOMPARE(write.timesFinished, 1);
    QVERIFY(!store.contains(QStringLiteral("smtp"), QStringLiteral("password")));

    // No plaintext fallback anywhere: not in the settings, not anywhere under this HOME.
    m_workspace->settings().sync();
    for (const QString& root : { m_workspace->rootPath(), qEnvironmentVariable("HOME") }) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_SecretStore.moc"
