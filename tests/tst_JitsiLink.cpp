#include "core/meeting/JitsiLink.h"

#include <QTest>

class TestJitsiLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void links_data();
    void links();
    void refusesWhatCannotMakeALink_data();
    void refusesWhatCannotMakeALink();
    void serverOrigin_data();
    void serverOrigin();

private:
    static constexpr const char* room = "abcdefghijklmnopqrstuvwxyz";
};

void TestJitsiLink::links_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("domain");

    QTest::newRow("guest") << "https://meet.example.org" << QByteArray()
                           << "https://meet.example.org/abcdefghijklmnopqrstuvwxyz"
                           << "meet.example.org";
    QTest::newRow("trailing slash") << "https://meet.example.org/" << QByteArray()
                                    << "https://meet.example.org/abcdefghijklmnopqrstuvwxyz"
                                    << "meet.example.org";
    QTest::newRow("upper-case host") << "https://Meet.Example.ORG" << QByteArray()
                                     << "https://meet.example.org/abcdefghijklmnopqrstuvwxyz"
                                     << "meet.example.org";
    QTest::newRow("port") << "https://meet.example.org:8443" << QByteArray()
                          << "https://meet.example.org:8443/abcdefghijklmnopqrstuvwxyz"
                          << "meet.example.org:8443";
    QTest::newRow("tenant") << "https://8x8.vc/vpaas-team/" << QByteArray()
                            << "https://8x8.vc/vpaas-team/abcdefghijklmnopqrstuvwxyz"
                            << "8x8.vc";
    QTest::newRow("tenant without slash") << "https://8x8.vc/vpaas-team" << QByteArray()
                                          << "https://8x8.vc/vpaas-team/abcdefghijklmnopqrstuvwxyz"
                                          << "8x8.vc";
    QTest::newRow("query and fragment of the base dropped")
        << "https://meet.example.org/?lang=de#x" << QByteArray()
        << "https://meet.example.org/abcdefghijklmnopqrstuvwxyz"
        << "meet.example.org";
    QTest::newRow("umlaut host as punycode")
        << QStringLiteral("https://beratung-m\u00FCnchen.example") << QByteArray()
        << "https://xn--beratung-mnchen-8vb.example/abcdefghijklmnopqrstuvwxyz"
        << "xn--beratung-mnchen-8vb.example";
    QTest::newRow("moderator") << "https://meet.example.org" << QByteArray("eyJh.eyJi.c2ln-_")
                               << "https://meet.example.org/abcdefghijklmnopqrstuvwxyz?jwt=eyJh.eyJi.c2ln-_"
                               << "meet.example.org";
}

void TestJitsiLink::links()
{
    QFETCH(QString, server);
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    QFETCH(QString, domain);
    QString error;
    const QUrl url = JitsiLink::link(QUrl(server), QLatin1String(room), token, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(JitsiLink::domain(QUrl(server)), domain);
    if (token.isEmpty())
        QCOMPARE(JitsiLink::guestLink(QUrl(server), QLatin1String(room), &error), url);
    // The guest link never carries a token.
    QVERIFY(!JitsiLink::guestLink(QUrl(server), QLatin1String(room), &error).hasQuery());
}

void TestJitsiLink::refusesWhatCannotMakeALink_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("roomName");
    QTest::newRow("plain http") << "http://meet.example.org" << QString::fromLatin1(room);
    QTest::newRow("credentials in URL") << "https://user:pw@meet.example.org" << QString::fromLatin1(room);
    QTest::newRow("no host") << "https://" << QString::fromLatin1(room);
    QTest::newRow("umlaut room") << "https://meet.example.org"
                                 << QStringLiteral("beratungm\u00FCllerabcdefghijk");
    QTest::newRow("upper-case room") << "https://meet.example.org"
                                     << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QTest::newRow("path injection") << "https://meet.example.org"
                                    << QStringLiteral("abcdefghijklm/../../nopqrst");
    QTest::newRow("empty room") << "https://meet.example.org" << QString();
}

void TestJitsiLink::refusesWhatCannotMakeALink()
{
    QFETCH(QString, server);
    QFETCH(QString, roomName);
    QString error;
    QVERIFY(JitsiLink::link(QUrl(server), roomName, {}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestJitsiLink::serverOrigin_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("same");
    QTest::newRow("WebEngine's trailing slash") << "https://127.0.0.1:8443"
                                                << "https://127.0.0.1:8443/" << true;
    QTest::newRow("default port") << "https://meet.example.org/team/"
                                  << "https://meet.example.org:443/" << true;
    QTest::newRow("case") << "https://Meet.Example.org"
                          << "https://meet.example.org/" << true;
    QTest::newRow("other port") << "https://127.0.0.1:8443"
                                << "https://127.0.0.1:8444/" << false;
    QTest::newRow("other host") << "https://meet.example.org"
                                << "https://meet.example.org.evil.test/" << false;
    QTest::newRow("http") << "https://meet.example.org"
                          << "http://meet.example.org/" << false;
    QTest::newRow("host page") << "https://meet.example.org"
                               << "qrc:" << false;
    QTest::newRow("opaque") << "https://meet.example.org"
                            << "null" << false;
}

void TestJitsiLink::serverOrigin()
{
    QFETCH(QString, server);
    QFETCH(QString, origin);
    QFETCH(bool, same);
    QCOMPARE(JitsiLink::isServerOrigin(QUrl(server), QUrl(origin)), same);
}

QTEST_GUILESS_MAIN(TestJitsiLink)
#include "tst_JitsiLink.moc"
