#include "core/dav/DavClient.h"
#include "core/dav/DavNames.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/RadicaleServer.h"
#include "tests/support/TestCertificates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

// The WebDAV/CalDAV requests against a real Radicale, with python3-caldav as another client that
// writes what we must read and reads what we wrote.
class TestDavClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsOnlyWhatDoesNotExist();
    void replacesOnlyTheVersionItKnows();
    void deletesOnlyTheVersionItKnows();
    void readsWhatAnotherClientWrote();
    void anotherClientReadsWhatItWrote();
    void syncCollectionReportsChangesSinceTheToken();
    void anExpiredSyncTokenSaysStartOver();
    void calendarQueryFindsEventsInTheRange();
    void wrongPasswordIsSaidSo();
    void worksOverVerifiedTls();
    void untrustedCertificateIsRefused();
    void plainHttpToAnotherComputerIsRefusedUnsent();
    void unreachableServerIsSaidSo();
    void redirectsKeepTheMethodAndDropCredentialsElsewhere();
    void neverLogsThePassword();

private:
    QByteArray calendarObject(const QString& uid, const QString& summary) const;
    QUrl workCalendar() const { return m_server.url(QStringLiteral("/anna/work/")); }

    TestCertificates m_certificates;
    RadicaleServer m_server;
    RadicaleServer m_tlsServer;
    QNetworkAccessManager m_network;
    DavClient* m_client = nullptr;
    // A finished reply deletes itself after the slot; the tests read it inside.
    struct Finished
    {
        DavError error;
        int status = 0;
        QByteArray body;
        QString etag;
        Multistatus multistatus;
        QUrl url;
    };
    Finished run(DavReply* reply);
};

void TestDavClient::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
    QVERIFY2(m_certificates.trustInQtNetwork(&error), qPrintable(error));
    m_server.addUser(QStringLiteral("anna"), QStringLiteral("s3cret-Anna"));
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_server.createCalendar(QStringLiteral("anna/work"), QStringLiteral("Work"), QString(), &error),
             qPrintable(error));
    m_tlsServer.addUser(QStringLiteral("anna"), QStringLiteral("s3cret-Anna"));
    QVERIFY2(m_tlsServer.start(&error, &m_certificates), qPrintable(error));
    QVERIFY2(
        m_tlsServer.createCalendar(QStringLiteral("anna/work"), QStringLiteral("Work"), QString(), &error),
        qPrintable(error));
    m_client = new DavClient(m_network, this);
    m_client->setCredentials(QStringLiteral("anna"), QStringLiteral("s3cret-Anna"));
}

TestDavClient::Finished TestDavClient::run(DavReply* reply)
{
    Finished result;
    bool done = false;
    connect(reply, &DavReply::finished, this, [&] {
        result = { reply->error(), reply->httpStatus(),  reply->body(),
                   reply->etag(),  reply->multistatus(), reply->url() };
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 40000))
        qWarning("the request did not finish");
    return result;
}

QByteArray TestDavClient::calendarObject(const QString& uid, const QString& summary) const
{
    return QStringLiteral(
               "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Vieraugen//tests//EN\r\nBEGIN:VEVENT\r\n"
               "UID:%1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261201T090000Z\r\n"
               "DTEND:20261201T100000Z\r\nSUMMARY:%2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        .arg(uid, summary)
        .toUtf8();
}

void TestDavClient::createsOnlyWhatDoesNotExist()
{
    const QUrl url = workCalendar().resolved(QUrl(QStringLiteral("create-1.ics")));
    const Finished created
        = run(m_client->put(url, calendarObject(QStringLiteral("create-1"), QStringLiteral("First")), {}));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
    QCOMPARE(created.status, 201);
    QVERIFY(!created.etag.isEmpty());

    const Finished again
        = run(m_client->put(url, calendarObject(QStringLiteral("create-1"), QStringLiteral("Second")), {}));
    QCOMPARE(again.error.kind(), DavError::Kind::PreconditionFailed);
    QVERIFY(again.error.message().contains(QLatin1String("Both versions are kept")));

    const Finished read = run(m_client->get(url));
    QVERIFY(!read.error.isError());
    QVERIFY(read.body.contains("SUMMARY:First"));
    QCOMPARE(read.etag, created.etag);
}

void TestDavClient::replacesOnlyTheVersionItKnows()
{
    const QUrl url = workCalendar().resolved(QUrl(QStringLiteral("replace-1.ics")));
    const Finished created
        = run(m_client->put(url, calendarObject(QStringLiteral("replace-1"), QStringLiteral("v1")), {}));
    QVERIFY(!created.error.isError());
    const Finished changed = run(
        m_client->put(url, calendarObject(QStringLiteral("replace-1"), QStringLiteral("v2")), created.etag));
    QVERIFY2(!changed.error.isError(), qPrintable(changed.error.message()));
    QVERIFY(changed.etag != created.etag);

    const Finished stale = run(
        m_client->put(url, calendarObject(QStringLiteral("replace-1"), QStringLiteral("v3")), created.etag));
    QCOMPARE(stale.error.kind(), DavError::Kind::PreconditionFailed);
    QVERIFY(run(m_client->get(url)).body.contains("SUMMARY:v2"));
}

void TestDavClient::deletesOnlyTheVersionItKnows()
{
    const QUrl url = workCalendar().resolved(QUrl(QStringLiteral("delete-1.ics")));
    const Finished created
        = run(m_client->put(url, calendarObject(QStringLiteral("delete-1"), QStringLiteral("v1")), {}));
    const Finished changed = run(
        m_client->put(url, calendarObject(QStringLiteral("delete-1"), QStringLiteral("v2")), created.etag));
    QCOMPARE(run(m_client->remove(url, created.etag)).error.kind(), DavError::Kind::PreconditionFailed);
    QVERIFY(!run(m_client->get(url)).error.isError());
    QVERIFY(!run(m_client->remove(url, changed.etag)).error.isError());
    QCOMPARE(run(m_client->get(url)).error.kind(), DavError::Kind::NotFound);
}

void TestDavClient::readsWhatAnotherClientWrote()
{
    QByteArray output;
    QString error;
    QVERIFY2(m_server.runPeer(QStringLiteral("anna"),
                              { QStringLiteral("put"), QStringLiteral("/anna/work/"),
                                QStringLiteral("peer-1"), QStringLiteral("Written by python"),
                                QStringLiteral("20261202T090000Z"), QStringLiteral("20261202T093000Z") },
                              &output, &error),
             qPrintable(error));

    const Finished listing = run(m_client->propfind(workCalendar(), 1, { DavNames::getEtag }));
    QVERIFY2(!listing.error.isError(), qPrintable(listing.error.message()));
    QList<QUrl> events;
    for (const DavResource& resource : listing.multistatus.resources()) {
        if (resource.found(DavNames::getEtag) && resource.href.path().endsWith(QLatin1String(".ics")))
            events.append(resource.href);
    }
    QVERIFY(!events.isEmpty());

    const Finished multiget = run(m_client->calendarMultiget(workCalendar(), events));
    QVERIFY2(!multiget.error.isError(), qPrintable(multiget.error.message()));
    QCOMPARE(multiget.multistatus.resources().size(), events.size());
    bool seen = false;
    for (const DavResource& resource : multiget.multistatus.resources()) {
        QVERIFY(!resource.text(DavNames::getEtag).isEmpty());
        seen = seen
            || resource.text(DavNames::calendarData).contains(QLatin1String("SUMMARY:Written by python"));
    }
    QVERIFY(seen);
}

void TestDavClient::anotherClientReadsWhatItWrote()
{
    const QUrl url = workCalendar().resolved(QUrl(QStringLiteral("ours-1.ics")));
    QVERIFY(
        !run(m_client->put(
                 url, calendarObject(QStringLiteral("ours-1"), QStringLiteral("Written by Vieraugen")), {}))
             .error.isError());
    QByteArray output;
    QString error;
    QVERIFY2(m_server.runPeer(QStringLiteral("anna"),
                              { QStringLiteral("list"), QStringLiteral("/anna/work/") }, &output, &error),
             qPrintable(error));
    bool seen = false;
    for (const QJsonValue& listed : QJsonDocument::fromJson(output).array()) {
        seen = seen
            || (listed[QLatin1String("uid")].toString() == QLatin1String("ours-1")
                && listed[QLatin1String("summary")].toString() == QLatin1String("Written by Vieraugen"));
    }
    QVERIFY2(seen, output.constData());
}

void TestDavClient::syncCollectionReportsChangesSinceTheToken()
{
    const Finished initial = run(m_client->syncCollection(workCalendar(), {}));
    QVERIFY2(!initial.error.isError(), qPrintable(initial.error.message()));
    const QString token = initial.multistatus.syncToken();
    QVERIFY(!token.isEmpty());

    const Finished unchanged = run(m_client->syncCollection(workCalendar(), token));
    QVERIFY(!unchanged.error.isError());
    QVERIFY(unchanged.multistatus.resources().isEmpty());

    const QUrl added = workCalendar().resolved(QUrl(QStringLiteral("sync-added.ics")));
    const Finished put
        = run(m_client->put(added, calendarObject(QStringLiteral("sync-added"), QStringLiteral("New")), {}));
    const QUrl removed = workCalendar().resolved(QUrl(QStringLiteral("create-1.ics")));
    QVERIFY(!run(m_client->remove(removed, {})).error.isError());

    const Finished changes = run(m_client->syncCollection(workCalendar(), token));
    QVERIFY2(!changes.error.isError(), qPrintable(changes.error.message()));
    QVERIFY(changes.multistatus.syncToken() != token);
    const DavResource* addedResource = changes.multistatus.resource(added);
    QVERIFY(addedResource);
    QCOMPARE(addedResource->text(DavNames::getEtag), put.etag);
    const DavResource* removedResource = changes.multistatus.resource(removed);
    QVERIFY(removedResource);
    QVERIFY(removedResource->isGone());
}

void TestDavClient::anExpiredSyncTokenSaysStartOver()
{
    const Finished answer = run(
        m_client->syncCollection(workCalendar(), QStringLiteral("http://radicale.org/ns/sync/0000000000")));
    QCOMPARE(answer.error.kind(), DavError::Kind::InvalidSyncToken);
}

void TestDavClient::calendarQueryFindsEventsInTheRange()
{
    const QUrl url = workCalendar().resolved(QUrl(QStringLiteral("range-1.ics")));
    QVERIFY(
        !run(m_client->put(url, calendarObject(QStringLiteral("range-1"), QStringLiteral("In range")), {}))
             .error.isError());
    const QDateTime december(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
    const Finished inside = run(m_client->calendarQuery(workCalendar(), december, december.addDays(1)));
    QVERIFY2(!inside.error.isError(), qPrintable(inside.error.message()));
    QVERIFY(inside.multistatus.resource(url));
    const Finished outside
        = run(m_client->calendarQuery(workCalendar(), december.addDays(10), december.addDays(11)));
    QVERIFY(!outside.error.isError());
    QVERIFY(!outside.multistatus.resource(url));
}

void TestDavClient::wrongPasswordIsSaidSo()
{
    DavClient wrong(m_network);
    wrong.setCredentials(QStringLiteral("anna"), QStringLiteral("not-her-password"));
    const Finished answer = run(wrong.propfind(workCalendar(), 0, { DavNames::displayName }));
    QCOMPARE(answer.error.kind(), DavError::Kind::WrongPassword);
    QVERIFY(answer.error.message().contains(QLatin1String("password")));
}

void TestDavClient::worksOverVerifiedTls()
{
    DavClient client(m_network);
    client.setCredentials(QStringLiteral("anna"), QStringLiteral("s3cret-Anna"));
    const QUrl calendar = m_tlsServer.url(QStringLiteral("/anna/work/"));
    QCOMPARE(calendar.scheme(), QStringLiteral("https"));
    const Finished created
        = run(client.put(calendar.resolved(QUrl(QStringLiteral("tls-1.ics"))),
                         calendarObject(QStringLiteral("tls-1"), QStringLiteral("Over TLS")), {}));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
    QByteArray output;
    QString error;
    QVERIFY2(m_tlsServer.runPeer(QStringLiteral("anna"),
                                 { QStringLiteral("list"), QStringLiteral("/anna/work/") }, &output, &error),
             qPrintable(error));
    QVERIFY(output.contains("Over TLS"));
}

void TestDavClient::untrustedCertificateIsRefused()
{
    LocalHttpServer selfSigned;
    QVERIFY(selfSigned.listen(m_certificates.selfSignedConfiguration()));
    selfSigned.setRoute("/anna/work/", { 207, "<multistatus xmlns=\"DAV:\"/>", "application/xml" });
    const Finished answer = run(
        m_client->propfind(selfSigned.url(QStringLiteral("/anna/work/")), 0, { DavNames::displayName }));
    QCOMPARE(answer.error.kind(), DavError::Kind::Certificate);
    QVERIFY(selfSigned.requests().isEmpty());
}

void TestDavClient::plainHttpToAnotherComputerIsRefusedUnsent()
{
    const int sentBefore = m_client->requestCount();
    const Finished answer
        = run(m_client->get(QUrl(QStringLiteral("http://dav.example.org/anna/work/a.ics"))));
    QCOMPARE(answer.error.kind(), DavError::Kind::InsecureAddress);
    QVERIFY(answer.error.message().contains(QLatin1String("https://")));
    QCOMPARE(m_client->requestCount(), sentBefore + 1);
}

void TestDavClient::unreachableServerIsSaidSo()
{
    LocalHttpServer closed;
    QVERIFY(closed.listen());
    const QUrl url = closed.url(QStringLiteral("/anna/work/"));
    closed.close();
    const Finished answer = run(m_client->propfind(url, 0, { DavNames::displayName }));
    QCOMPARE(answer.error.kind(), DavError::Kind::Unreachable);
}

void TestDavClient::redirectsKeepTheMethodAndDropCredentialsElsewhere()
{
    const QByteArray found
        = R"(<d:multistatus xmlns:d="DAV:"><d:response><d:href>/dav/</d:href><d:propstat><d:prop>)"
          R"(<d:displayname>Moved</d:displayname></d:prop><d:status>HTTP/1.1 200 OK</d:status>)"
          R"(</d:propstat></d:response></d:multistatus>)";
    LocalHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setRoute("/dav/", { 207, found, "application/xml" });
    // localhost and 127.0.0.1 are different origins to a browser, and so to us.
    QUrl otherOrigin = elsewhere.url(QStringLiteral("/dav/"));
    otherOrigin.setHost(QStringLiteral("localhost"));

    LocalHttpServer origin;
    QVERIFY(origin.listen());
    origin.setRoute("/.well-known/caldav",
                    { 301, {}, "text/plain", 0, "no-store", { { "Location", "/dav/" } } });
    origin.setRoute("/dav/", { 207, found, "application/xml" });
    origin.setRoute("/moved/",
                    { 308, {}, "text/plain", 0, "no-store", { { "Location", otherOrigin.toEncoded() } } });

    const Finished sameHost = run(
        m_client->propfind(origin.url(QStringLiteral("/.well-known/caldav")), 0, { DavNames::displayName }));
    QVERIFY2(!sameHost.error.isError(), qPrintable(sameHost.error.message()));
    QCOMPARE(sameHost.url, origin.url(QStringLiteral("/dav/")));
    QCOMPARE(sameHost.multistatus.resources().constFirst().text(DavNames::displayName),
             QStringLiteral("Moved"));
    QCOMPARE(origin.requests().size(), 2);
    QCOMPARE(origin.requests().at(1).method, QByteArray("PROPFIND"));
    QVERIFY(origin.requests().at(1).body.contains("displayname"));
    QVERIFY(origin.requests().at(1).headers.value("authorization").startsWith("Basic "));

    const Finished otherHost
        = run(m_client->propfind(origin.url(QStringLiteral("/moved/")), 0, { DavNames::displayName }));
    QVERIFY2(!otherHost.error.isError(), qPrintable(otherHost.error.message()));
    QCOMPARE(elsewhere.requests().size(), 1);
    QCOMPARE(elsewhere.requests().at(0).method, QByteArray("PROPFIND"));
    QVERIFY(!elsewhere.requests().at(0).headers.contains("authorization"));
}

void TestDavClient::neverLogsThePassword()
{
    QStringList logged;
    static QStringList* sink = nullptr;
    sink = &logged;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext&, const QString& message) { sink->append(message); });
    QLoggingCategory::setFilterRules(QStringLiteral("vieraugen.*=true"));
    run(m_client->propfind(workCalendar(), 1, { DavNames::getEtag }));
    DavClient wrong(m_network);
    wrong.setCredentials(QStringLiteral("anna"), QStringLiteral("not-her-password"));
    run(wrong.get(workCalendar().resolved(QUrl(QStringLiteral("ours-1.ics")))));
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    QVERIFY(!logged.isEmpty());
    const QString all = logged.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QLatin1String("s3cret")));
    QVERIFY(!all.contains(QLatin1String("not-her-password")));
    QVERIFY(!all.contains(QLatin1String("Basic")));
    QVERIFY(!all.contains(QLatin1String("Written by")));
}

QTEST_GUILESS_MAIN(TestDavClient)
#include "tst_DavClient.moc"
