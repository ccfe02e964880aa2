#include "core/dav/CalDavDiscovery.h"
#include "core/dav/DavClient.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/RadicaleServer.h"
#include "tests/support/TestCertificates.h"

#include <QNetworkAccessManager>
#include <QTest>

// Finding an account's calendars on a real Radicale the way a counselor sets it up: the server's
// address only, a principal's address, or a colleague's calendar address; over TLS too.
class TestCalDavDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsTheCalendarsFromTheServerAddress_data();
    void findsTheCalendarsFromTheServerAddress();
    void acceptsACalendarsOwnAddress();
    void tellsReadOnlyCalendars();
    void worksOverVerifiedTls();
    void wrongPasswordIsSaidSo();
    void aMistypedAddressFallsBackToTheWellKnownOne();
    void aServerWithoutCalendarsSaysNotFound();
    void aTypedServerNameBecomesHttps();

private:
    struct Found
    {
        DavError error;
        QList<CalDavCalendar> calendars;
        QUrl principal;
    };
    Found discover(const QUrl& address, const QString& password = QStringLiteral("pw-reception"));
    static const CalDavCalendar* named(const QList<CalDavCalendar>& calendars, const QString& name);

    TestCertificates m_certificates;
    RadicaleServer m_server;
    RadicaleServer m_tlsServer;
    QNetworkAccessManager m_network;
};

void TestCalDavDiscovery::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
    QVERIFY2(m_certificates.trustInQtNetwork(&error), qPrintable(error));
    for (RadicaleServer* server : { &m_server, &m_tlsServer }) {
        server->addUser(QStringLiteral("reception"), QStringLiteral("pw-reception"));
        server->addUser(QStringLiteral("anna"), QStringLiteral("pw-anna"));
        QVERIFY2(server->createCalendar(QStringLiteral("reception/bookings"), QStringLiteral("Bookings"),
                                        QStringLiteral("#1e90ffff"), &error),
                 qPrintable(error));
        QVERIFY2(server->createCalendar(QStringLiteral("reception/private"), QStringLiteral("Private"),
                                        QString(), &error),
                 qPrintable(error));
        QVERIFY2(server->createCalendar(QStringLiteral("team/counseling"), QStringLiteral("Counseling team"),
                                        QStringLiteral("#2e8b57"), &error),
                 qPrintable(error));
        QVERIFY2(server->createCalendar(QStringLiteral("team/readonly-holidays"), QStringLiteral("Holidays"),
                                        QString(), &error),
                 qPrintable(error));
    }
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_tlsServer.start(&error, &m_certificates), qPrintable(error));
}

TestCalDavDiscovery::Found TestCalDavDiscovery::discover(const QUrl& address, const QString& password)
{
    DavClient client(m_network);
    client.setCredentials(QStringLiteral("reception"), password);
    CalDavDiscovery discovery(client);
    bool done = false;
    connect(&discovery, &CalDavDiscovery::finished, this, [&done] { done = true; });
    discovery.start(address);
    if (!QTest::qWaitFor([&done] { return done; }, 40000))
        qWarning("discovery did not finish");
    return { discovery.error(), discovery.calendars(), discovery.principalUrl() };
}

const CalDavCalendar* TestCalDavDiscovery::named(const QList<CalDavCalendar>& calendars, const QString& name)
{
    for (const CalDavCalendar& calendar : calendars) {
        if (calendar.displayName == name)
            return &calendar;
    }
    return nullptr;
}

void TestCalDavDiscovery::findsTheCalendarsFromTheServerAddress_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("server root, through .well-known") << QStringLiteral("/");
    QTest::newRow("principal") << QStringLiteral("/reception/");
}

void TestCalDavDiscovery::findsTheCalendarsFromTheServerAddress()
{
    QFETCH(QString, path);
    const Found found = discover(m_server.url(path));
    QVERIFY2(!found.error.isError(), qPrintable(found.error.message()));
    QCOMPARE(found.principal, m_server.url(QStringLiteral("/reception/")));
    QCOMPARE(found.calendars.size(), 2);
    const CalDavCalendar* bookings = named(found.calendars, QStringLiteral("Bookings"));
    QVERIFY(bookings);
    QCOMPARE(bookings->url, m_server.url(QStringLiteral("/reception/bookings/")));
    QCOMPARE(bookings->color, QStringLiteral("#1e90ff"));
    QVERIFY(!bookings->readOnly);
    QVERIFY(!bookings->ctag.isEmpty());
    QVERIFY(!bookings->syncToken.isEmpty());
    QVERIFY(bookings->supportsSyncCollection);
    const CalDavCalendar* personal = named(found.calendars, QStringLiteral("Private"));
    QVERIFY(personal);
    QVERIFY(personal->color.isEmpty());
}

void TestCalDavDiscovery::acceptsACalendarsOwnAddress()
{
    const Found found = discover(m_server.url(QStringLiteral("/team/counseling/")));
    QVERIFY2(!found.error.isError(), qPrintable(found.error.message()));
    QCOMPARE(found.calendars.size(), 1);
    QCOMPARE(found.calendars.constFirst().displayName, QStringLiteral("Counseling team"));
    QCOMPARE(found.calendars.constFirst().color, QStringLiteral("#2e8b57"));
    QVERIFY(!found.calendars.constFirst().readOnly);
}

void TestCalDavDiscovery::tellsReadOnlyCalendars()
{
    const Found found = discover(m_server.url(QStringLiteral("/team/readonly-holidays/")));
    QVERIFY2(!found.error.isError(), qPrintable(found.error.message()));
    QCOMPARE(found.calendars.size(), 1);
    QVERIFY(found.calendars.constFirst().readOnly);
}

void TestCalDavDiscovery::worksOverVerifiedTls()
{
    const Found found = discover(m_tlsServer.url());
    QVERIFY2(!found.error.isError(), qPrintable(found.error.message()));
    QCOMPARE(found.calendars.size(), 2);
    QVERIFY(named(found.calendars, QStringLiteral("Bookings")));
}

void TestCalDavDiscovery::wrongPasswordIsSaidSo()
{
    const Found found = discover(m_server.url(), QStringLiteral("wrong"));
    QCOMPARE(found.error.kind(), DavError::Kind::WrongPassword);
    QVERIFY(found.calendars.isEmpty());
}

void TestCalDavDiscovery::aMistypedAddressFallsBackToTheWellKnownOne()
{
    const Found found = discover(m_server.url(QStringLiteral("/team/misspelled/")));
    QVERIFY2(!found.error.isError(), qPrintable(found.error.message()));
    QCOMPARE(found.calendars.size(), 2);
    QVERIFY(named(found.calendars, QStringLiteral("Bookings")));
}

void TestCalDavDiscovery::aServerWithoutCalendarsSaysNotFound()
{
    LocalHttpServer plainWebServer;
    QVERIFY(plainWebServer.listen());
    const Found found = discover(plainWebServer.url(QStringLiteral("/calendar/")));
    QCOMPARE(found.error.kind(), DavError::Kind::NotFound);
    QVERIFY(found.calendars.isEmpty());
    QCOMPARE(plainWebServer.requests().size(), 2);
    QCOMPARE(plainWebServer.requests().at(1).path, QByteArray("/.well-known/caldav"));
}

void TestCalDavDiscovery::aTypedServerNameBecomesHttps()
{
    QCOMPARE(CalDavDiscovery::addressFromUserInput(QStringLiteral(" cloud.example.org ")),
             QUrl(QStringLiteral("https://cloud.example.org/")));
    QCOMPARE(CalDavDiscovery::addressFromUserInput(QStringLiteral("cloud.example.org/remote.php/dav")),
             QUrl(QStringLiteral("https://cloud.example.org/remote.php/dav")));
    QCOMPARE(CalDavDiscovery::addressFromUserInput(QStringLiteral("http://cloud.example.org")).scheme(),
             QStringLiteral("http"));
}

QTEST_GUILESS_MAIN(TestCalDavDiscovery)
#include "tst_CalDavDiscovery.moc"
