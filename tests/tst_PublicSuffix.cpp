#include "core/base/PublicSuffix.h"

#include <QTest>

class TestPublicSuffix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registrableDomain_data();
    void registrableDomain();
    void sameOwner_data();
    void sameOwner();
};

void TestPublicSuffix::registrableDomain_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("domain");
    QTest::newRow("subdomain") << "meet.example.org"
                               << "example.org";
    QTest::newRow("upper case, trailing dot") << "Meet.Example.ORG."
                                              << "example.org";
    QTest::newRow("two-level suffix") << "turn.beratung.example.co.uk"
                                      << "example.co.uk";
    QTest::newRow("our name inside another's") << "example.org.tracker.net"
                                               << "tracker.net";
    QTest::newRow("private suffix") << "someone.github.io"
                                    << "someone.github.io";
    QTest::newRow("a public suffix itself") << "co.uk"
                                            << "";
    QTest::newRow("IPv4") << "192.0.2.10"
                          << "";
    QTest::newRow("IPv6") << "2001:db8::1"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestPublicSuffix::registrableDomain()
{
    QFETCH(QString, host);
    QFETCH(QString, domain);
    QCOMPARE(PublicSuffix::registrableDomain(host), domain);
}

void TestPublicSuffix::sameOwner_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("same");
    QTest::newRow("same host") << "meet.example.org"
                               << "MEET.example.org" << true;
    QTest::newRow("sibling") << "turn.example.org"
                             << "meet.example.org" << true;
    QTest::newRow("substring trap") << "example.org.tracker.net"
                                    << "meet.example.org" << false;
    QTest::newRow("suffix trap") << "badexample.org"
                                 << "example.org" << false;
    QTest::newRow("different users of one private suffix") << "a.github.io"
                                                           << "b.github.io" << false;
    QTest::newRow("same IP") << "192.0.2.10"
                             << "192.0.2.10" << true;
    QTest::newRow("neighbour IP") << "192.0.2.11"
                                  << "192.0.2.10" << false;
    QTest::newRow("empty") << ""
                           << "" << false;
}

void TestPublicSuffix::sameOwner()
{
    QFETCH(QString, host);
    QFETCH(QString, other);
    QFETCH(bool, same);
    QCOMPARE(PublicSuffix::sameOwner(host, other), same);
}

QTEST_GUILESS_MAIN(TestPublicSuffix)
#include "tst_PublicSuffix.moc"
