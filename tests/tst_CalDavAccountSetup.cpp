#include "core/secrets/SecretStore.h"
#include "core/sync/CalDavAccountSetup.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/RadicaleServer.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestWorkspace.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

// Adding an account against a real Radicale and a real keychain: the server is asked first, so a
// wrong password or address stores nothing; the right one stores the account, its calendars (with
// colour and access) and the password, in the keychain only. Where the keychain is locked, nothing
// is stored either.
class TestCalDavAccountSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void wrongPasswordStoresNothing();
    void unreachableServerStoresNothing();
    void aSelfSignedCertificateIsRefusedAndStoresNothing();
    void theRightPasswordStoresAccountCalendarsAndKeychainEntry();

private:
    // Runs the setup to its end; its error.
    QString add(const QUrl& address, const QString& password);

    RadicaleServer m_server;
    TestCertificates m_certificates;
    // The same account behind a certificate only the server itself vouches for.
    RadicaleServer m_selfSignedServer;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SyncStore> m_sync;
    std::unique_ptr<SecretStore> m_secrets;
    bool m_keychainLocked = false;
};

void TestCalDavAccountSetup::initTestCase()
{
    m_keychainLocked = qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO") == QLatin1String("locked");
    QString error;
    m_server.addUser(QStringLiteral("empfang"), QStringLiteral("richtig-1234"));
    QVERIFY2(m_server.createCalendar(QStringLiteral("empfang/termine"), QStringLiteral("Termine"),
                                     QStringLiteral("#d81b60"), &error),
             qPrintable(error));
    QVERIFY2(m_server.createCalendar(QStringLiteral("team/readonly-ferien"), QStringLiteral("Ferien"),
                                     QString(), &error),
             qPrintable(error));
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
    m_selfSignedServer.addUser(QStringLiteral("empfang"), QStringLiteral("richtig-1234"));
    QVERIFY2(m_selfSignedServer.createCalendar(QStringLiteral("empfang/termine"), QStringLiteral("Termine"),
                                               QString(), &error),
             qPrintable(error));
    QVERIFY2(m_selfSignedServer.start(&error, &m_certificates, RadicaleServer::Certificate::SelfSigned),
             qPrintable(error));
}

void TestCalDavAccountSetup::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_sync = std::make_unique<SyncStore>(m_workspace->database(), m_workspace->appointments(),
                                         m_workspace->clock());
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
}

QString TestCalDavAccountSetup::add(const QUrl& address, const QString& password)
{
    CalDavAccountSetup setup(*m_sync, *m_secrets);
    QSignalSpy finished(&setup, &CalDavAccountSetup::finished);
    setup.start(address, QStringLiteral("empfang"), password);
    if (!finished.wait(60000))
        return QStringLiteral("(no end)");
    return setup.error();
}

void TestCalDavAccountSetup::wrongPasswordStoresNothing()
{
    const QString error = add(m_server.url(), QStringLiteral("falsch"));
    QVERIFY2(error.contains(QStringLiteral("password")), qPrintable(error));
    QVERIFY(m_sync->accounts().isEmpty());
    QCOMPARE(m_sync->calendars().size(), 1); // this computer's only
}

void TestCalDavAccountSetup::unreachableServerStoresNothing()
{
    QUrl gone = m_server.url();
    gone.setPort(1);
    QVERIFY(!add(gone, QStringLiteral("richtig-1234")).isEmpty());
    QVERIFY(m_sync->accounts().isEmpty());
}

void TestCalDavAccountSetup::aSelfSignedCertificateIsRefusedAndStoresNothing()
{
    QCOMPARE(m_selfSignedServer.url().scheme(), QStringLiteral("https"));
    const QString error = add(m_selfSignedServer.url(), QStringLiteral("richtig-1234"));
    // In words the user can act on (DavError says the same in German).
    QVERIFY2(error.contains(QStringLiteral("certificate is not trusted, so nothing was sent")),
             qPrintable(error));
    QVERIFY(m_sync->accounts().isEmpty());
    QCOMPARE(m_sync->calendars().size(), 1); // this computer's only
    for (QDirIterator files(m_workspace->rootPath(), QDir::Files, QDirIterator::Subdirectories);
         files.hasNext();) {
        QFile stored(files.next());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY2(!stored.readAll().contains("richtig-1234"), qPrintable(stored.fileName()));
    }
}

void TestCalDavAccountSetup::theRightPasswordStoresAccountCalendarsAndKeychainEntry()
{
    const QString error = add(m_server.url(), QStringLiteral("richtig-1234"));
    if (m_keychainLocked) {
        QVERIFY2(error.contains(QStringLiteral("keychain")), qPrintable(error));
        QVERIFY(m_sync->accounts().isEmpty());
        QCOMPARE(m_sync->calendars().size(), 1);
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A colleague's calendar by its own address: a second account, only this calendar, read-only.
    const QString shared
        = add(m_server.url(QStringLiteral("/team/readonly-ferien/")), QStringLiteral("richtig-1234"));
    QVERIFY2(shared.isEmpty(), qPrintable(shared));
    const QList<CalDavAccount> accounts = m_sync->accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.constFirst().user, QStringLiteral("empfang"));
    QHash<QString, TeamCalendar> team;
    for (const TeamCalendar& calendar : m_sync->calendars())
        team.insert(calendar.name, calendar);
    QCOMPARE(team.size(), 3); // with this computer's
    QCOMPARE(team.value(QStringLiteral("Termine")).color.left(7), QStringLiteral("#d81b60"));
    QVERIFY(!team.value(QStringLiteral("Termine")).readOnly);
    QVERIFY(team.value(QStringLiteral("Ferien")).readOnly);

    SecretReply* reply
        = m_secrets->read(accounts.constFirst().secretOwner(), QLatin1String(CalDavAccount::passwordName));
    QSignalSpy read(reply, &SecretReply::finished);
    QVERIFY(read.wait(10000));
    QCOMPARE(reply->value(), QStringLiteral("richtig-1234"));
    // In the keychain only: in no file of the data folder (calendar, its journal, settings, log).
    for (QDirIterator files(m_workspace->rootPath(), QDir::Files, QDirIterator::Subdirectories);
         files.hasNext();) {
        QFile stored(files.next());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY2(!stored.readAll().contains("richtig-1234"), qPrintable(stored.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCalDavAccountSetup)
#include "tst_CalDavAccountSetup.moc"
