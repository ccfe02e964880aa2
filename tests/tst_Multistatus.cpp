#include "core/dav/DavNames.h"
#include "core/dav/Multistatus.h"

#include <QTest>

// The multistatus parser reads what real servers send (any namespace prefix, a status per
// property, relative and absolute hrefs) and refuses what no server should send, within bounds.
class TestMultistatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPropertiesWhateverThePrefix_data();
    void readsPropertiesWhateverThePrefix();
    void keepsEachPropertysOwnStatus();
    void resolvesHrefsAgainstTheRequest();
    void readsSyncCollectionChangesAndDeletions();
    void readsNestedValues();
    void refusesWhatIsNotAMultistatus_data();
    void refusesWhatIsNotAMultistatus();
    void boundsNestingDepth();
    void boundsBodySize();
    void findsTheInvalidSyncTokenPrecondition();
};

namespace {

const QUrl requestUrl(QStringLiteral("https://dav.example.org/calendars/anna/work/"));

} // namespace

void TestMultistatus::readsPropertiesWhateverThePrefix_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("d: prefix") << QByteArray(
        R"(<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/calendars/anna/work/a.ics</d:href>
<d:propstat><d:prop><d:getetag>"e1"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>)");
    QTest::newRow("default namespace")
        << QByteArray(R"(<multistatus xmlns="DAV:"><response><href>/calendars/anna/work/a.ics</href>
<propstat><prop><getetag>"e1"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>)");
    QTest::newRow("odd prefix, namespace declared late") << QByteArray(
        R"(<x:multistatus xmlns:x="DAV:"><x:response xmlns:y="DAV:"><y:href>/calendars/anna/work/a.ics</y:href>
<x:propstat><y:prop><y:getetag>
  "e1"
</y:getetag></y:prop><x:status>HTTP/1.1 200 OK</x:status></x:propstat></x:response></x:multistatus>)");
}

void TestMultistatus::readsPropertiesWhateverThePrefix()
{
    QFETCH(QByteArray, body);
    const Multistatus answer = Multistatus::parse(body, requestUrl);
    QVERIFY2(answer.isValid(), qPrintable(answer.errorString()));
    QCOMPARE(answer.resources().size(), 1);
    const DavResource& resource = answer.resources().constFirst();
    QCOMPARE(resource.href, QUrl(QStringLiteral("https://dav.example.org/calendars/anna/work/a.ics")));
    QCOMPARE(resource.text(DavNames::getEtag), QStringLiteral("\"e1\""));
}

void TestMultistatus::keepsEachPropertysOwnStatus()
{
    const QByteArray body = R"(<d:multistatus xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">
<d:response><d:href>/calendars/anna/work/</d:href>
<d:propstat><d:prop><d:displayname>Work</d:displayname></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
<d:propstat><d:prop><cs:getctag/><d:sync-token/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
</d:response></d:multistatus>)";
    const Multistatus answer = Multistatus::parse(body, requestUrl);
    QVERIFY2(answer.isValid(), qPrintable(answer.errorString()));
    const DavResource* resource = answer.resource(requestUrl);
    QVERIFY(resource);
    QCOMPARE(resource->text(DavNames::displayName), QStringLiteral("Work"));
    QCOMPARE(resource->properties.value(DavNames::getCtag).status, 404);
    QVERIFY(!resource->found(DavNames::getCtag));
    QVERIFY(!resource->found(DavNames::syncToken));
    QCOMPARE(resource->status, 0);
}

void TestMultistatus::resolvesHrefsAgainstTheRequest()
{
    const QByteArray body = R"(<d:multistatus xmlns:d="DAV:">
<d:response><d:href>a%20b.ics</d:href><d:propstat><d:prop><d:getetag>1</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>/other/c.ics</d:href><d:propstat><d:prop><d:getetag>2</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>https://elsewhere.example.org/d.ics</d:href><d:propstat><d:prop><d:getetag>3</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>)";
    const Multistatus answer = Multistatus::parse(body, requestUrl);
    QVERIFY2(answer.isValid(), qPrintable(answer.errorString()));
    QCOMPARE(answer.resources().size(), 3);
    QCOMPARE(answer.resources().at(0).href.toString(QUrl::FullyEncoded),
             QStringLiteral("https://dav.example.org/calendars/anna/work/a%20b.ics"));
    QCOMPARE(answer.resources().at(1).href.toString(), QStringLiteral("https://dav.example.org/other/c.ics"));
    QCOMPARE(answer.resources().at(2).href.toString(), QStringLiteral("https://elsewhere.example.org/d.ics"));
    QVERIFY(answer.resource(QUrl(QStringLiteral("https://dav.example.org/other/c.ics"))));
}

void TestMultistatus::readsSyncCollectionChangesAndDeletions()
{
    const QByteArray body = R"(<?xml version="1.0" encoding="utf-8"?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
<response><href>/calendars/anna/work/new.ics</href><propstat><prop><getetag>"n1"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response><href>/calendars/anna/work/gone.ics</href><status>HTTP/1.1 404 Not Found</status></response>
<sync-token>http://radicale.org/ns/sync/abc</sync-token>
</multistatus>)";
    const Multistatus answer = Multistatus::parse(body, requestUrl);
    QVERIFY2(answer.isValid(), qPrintable(answer.errorString()));
    QCOMPARE(answer.syncToken(), QStringLiteral("http://radicale.org/ns/sync/abc"));
    QCOMPARE(answer.resources().size(), 2);
    QVERIFY(!answer.resources().at(0).isGone());
    QVERIFY(answer.resources().at(1).isGone());
    QCOMPARE(answer.resources().at(1).status, 404);
}

void TestMultistatus::readsNestedValues()
{
    const QByteArray body = R"(<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
<d:response><d:href>/calendars/anna/work/</d:href><d:propstat><d:prop>
<d:resourcetype><d:collection/><c:calendar/></d:resourcetype>
<d:current-user-principal><d:href>/principals/anna/</d:href></d:current-user-principal>
<d:current-user-privilege-set><d:privilege><d:read/></d:privilege><d:privilege><d:write-content/></d:privilege></d:current-user-privilege-set>
<c:supported-calendar-component-set><c:comp name="VEVENT"/><c:comp name="VTODO"/></c:supported-calendar-component-set>
<c:calendar-data><![CDATA[BEGIN:VCALENDAR
END:VCALENDAR]]></c:calendar-data>
</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>)";
    const Multistatus answer = Multistatus::parse(body, requestUrl);
    QVERIFY2(answer.isValid(), qPrintable(answer.errorString()));
    const DavResource& resource = answer.resources().constFirst();
    QVERIFY(resource.found(DavNames::resourceType)->elements.contains(DavNames::calendar));
    QCOMPARE(resource.found(DavNames::currentUserPrincipal)->hrefs,
             QList<QUrl> { QUrl(QStringLiteral("https://dav.example.org/principals/anna/")) });
    QVERIFY(resource.found(DavNames::currentUserPrivilegeSet)
                ->elements.contains(DavNames::privilegeWriteContent));
    QCOMPARE(resource.found(DavNames::supportedCalendarComponentSet)->nameAttributes,
             (QStringList { QStringLiteral("VEVENT"), QStringLiteral("VTODO") }));
    QCOMPARE(resource.text(DavNames::calendarData), QStringLiteral("BEGIN:VCALENDAR\nEND:VCALENDAR"));
}

void TestMultistatus::refusesWhatIsNotAMultistatus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>It works!</body></html>");
    QTest::newRow("not xml") << QByteArray("BEGIN:VCALENDAR");
    QTest::newRow("unclosed") << QByteArray(R"(<d:multistatus xmlns:d="DAV:"><d:response>)");
    QTest::newRow("multistatus without namespace") << QByteArray("<multistatus></multistatus>");
    QTest::newRow("response without href") << QByteArray(
        R"(<d:multistatus xmlns:d="DAV:"><d:response><d:status>HTTP/1.1 200 OK</d:status></d:response></d:multistatus>)");
    QTest::newRow("unreadable status") << QByteArray(
        R"(<d:multistatus xmlns:d="DAV:"><d:response><d:href>/a</d:href><d:status>OK</d:status></d:response></d:multistatus>)");
    QTest::newRow("propstat without status") << QByteArray(
        R"(<d:multistatus xmlns:d="DAV:"><d:response><d:href>/a</d:href><d:propstat><d:prop><d:getetag>1</d:getetag></d:prop></d:propstat></d:response></d:multistatus>)");
    QTest::newRow("entity expansion") << QByteArray(
        R"(<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>/&b;</d:href><d:status>HTTP/1.1 200 OK</d:status></d:response></d:multistatus>)");
}

void TestMultistatus::refusesWhatIsNotAMultistatus()
{
    QFETCH(QByteArray, body);
    const Multistatus answer = Multistatus::parse(body, requestUrl);
    QVERIFY(!answer.isValid());
    QVERIFY(!answer.errorString().isEmpty());
    QVERIFY(answer.resources().isEmpty());
}

void TestMultistatus::boundsNestingDepth()
{
    auto nested = [](int levels) -> QByteArray {
        QByteArray body
            = R"(<d:multistatus xmlns:d="DAV:"><d:response><d:href>/a</d:href><d:propstat><d:prop><d:x>)";
        const int open = 5; // multistatus, response, propstat, prop, x
        for (int level = open; level < levels; ++level)
            body += "<d:y>";
        for (int level = open; level < levels; ++level)
            body += "</d:y>";
        return body
            + "</d:x></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>";
    };
    QVERIFY(Multistatus::parse(nested(Multistatus::maxElementDepth), requestUrl).isValid());
    const Multistatus tooDeep = Multistatus::parse(nested(Multistatus::maxElementDepth + 1), requestUrl);
    QVERIFY(!tooDeep.isValid());
    QVERIFY(tooDeep.errorString().contains(QLatin1String("deeper")));
}

void TestMultistatus::boundsBodySize()
{
    const QByteArray head
        = R"(<d:multistatus xmlns:d="DAV:"><d:response><d:href>/a</d:href><d:status>HTTP/1.1 200 OK</d:status></d:response>)";
    const QByteArray tail = "</d:multistatus>";
    QByteArray body = head + QByteArray(Multistatus::maxBodyBytes - head.size() - tail.size(), ' ') + tail;
    QVERIFY(Multistatus::parse(body, requestUrl).isValid());
    body.insert(head.size(), ' ');
    QVERIFY(!Multistatus::parse(body, requestUrl).isValid());
}

void TestMultistatus::findsTheInvalidSyncTokenPrecondition()
{
    QVERIFY(Multistatus::namesPrecondition(
        R"(<?xml version="1.0"?><D:error xmlns:D="DAV:"><D:valid-sync-token/></D:error>)",
        DavNames::validSyncToken));
    QVERIFY(!Multistatus::namesPrecondition(
        R"(<D:error xmlns:D="DAV:"><D:number-of-matches-within-limits/></D:error>)",
        DavNames::validSyncToken));
    QVERIFY(!Multistatus::namesPrecondition("Forbidden", DavNames::validSyncToken));
}

QTEST_GUILESS_MAIN(TestMultistatus)
#include "tst_Multistatus.moc"
