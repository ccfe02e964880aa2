#include "core/secrets/InstallKey.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

class TestInstallKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdOnFirstNeedThenStable();
    void damagedKeyIsReportedNotReplaced();
    void withoutKeychainThereIsNoKey();

private:
    struct Answer
    {
        bool ok = false;
        QByteArray key;
        QString error;
        int calls = 0;
    };
    static Answer fetch(InstallKey& installKey);
    static bool unlocked()
    {
        return qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO") == QLatin1String("unlocked");
    }
};

TestInstallKey::Answer TestInstallKey::fetch(InstallKey& installKey)
{
    Answer answer;
    installKey.fetch([&answer](bool ok, const QByteArray& key, const QString& error) {
        answer = { ok, key, error, answer.calls + 1 };
    });
    if (!QTest::qWaitFor([&] { return answer.calls > 0; }, 8000))
        answer.error = QStringLiteral("no answer");
    QTest::qWait(20);
    return answer;
}

void TestInstallKey::createdOnFirstNeedThenStable()
{
    if (!unlocked())
        QSKIP("needs an unlocked keychain");
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    InstallKey installKey(secrets);
    QVERIFY(!secrets.contains(QStringLiteral("install"), QStringLiteral("master-key")));
    const Answer first = fetch(installKey);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.calls, 1);
    QCOMPARE(first.key.size(), InstallKey::keyBytes);
    QVERIFY(first.key != QByteArray(InstallKey::keyBytes, '\0'));
    QVERIFY(secrets.contains(QStringLiteral("install"), QStringLiteral("master-key")));

    InstallKey again(secrets);
    QCOMPARE(fetch(again).key, first.key);
}

void TestInstallKey::damagedKeyIsReportedNotReplaced()
{
    if (!unlocked())
        QSKIP("needs an unlocked keychain");
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    bool written = false;
    SecretReply* reply
        = secrets.write(QStringLiteral("install"), QStringLiteral("master-key"), QStringLiteral("c2hvcnQ="));
    connect(reply, &SecretReply::finished, this, [&written] { written = true; });
    QTRY_VERIFY(written);

    InstallKey installKey(secrets);
    const Answer answer = fetch(installKey);
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains(QStringLiteral("damaged")), qPrintable(answer.error));
    QVERIFY(answer.key.isEmpty());
}

void TestInstallKey::withoutKeychainThereIsNoKey()
{
    if (unlocked() || qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO").isEmpty())
        QSKIP("needs a keychain that does not work");
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    // The index says a key exists, as after a keychain that was wiped or locked since.
    workspace.settings().recordSecret(QStringLiteral("install"), QStringLiteral("master-key"), 1);
    InstallKey installKey(secrets);
    const Answer answer = fetch(installKey);
    QVERIFY(!answer.ok);
    QCOMPARE(answer.calls, 1);
    QVERIFY(answer.key.isEmpty());
    QVERIFY2(answer.error.contains(QStringLiteral("No secure storage")), qPrintable(answer.error));
}

QTEST_GUILESS_MAIN(TestInstallKey)
#include "tst_InstallKey.moc"
