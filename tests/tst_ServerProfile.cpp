#include "core/meeting/ServerProfile.h"

#include <QTest>

class TestServerProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data();
    void urls();
    void ids_data();
    void ids();
    void tokenAuthenticationNeedsItsClaims();
    void serverCannotBackUpItself();
    void authModeNames();

private:
    static ServerProfile validJwtProfile();
};

ServerProfile TestServerProfile::validJwtProfile()
{
    ServerProfile profile;
    profile.id = QStringLiteral("berlin");
    profile.name = QStringLiteral("Beratung Berlin");
    profile.baseUrl = QUrl(QStringLiteral("https://meet.beratung.example"));
    profile.appId = QStringLiteral("vieraugen");
    profile.issuer = QStringLiteral("vieraugen");
    profile.audience = QStringLiteral("jitsi");
    return profile;
}

void TestServerProfile::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://meet.example.org") << true;
    QTest::newRow("https with port and path")
        << QStringLiteral("https://meet.example.org:8443/jitsi/") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http loopback range") << QStringLiteral("http://127.8.9.10") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8000") << true;
    QTest::newRow("http public") << QStringLiteral("http://meet.example.org") << false;
    QTest::newRow("http private network") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.example.org") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://meet.example.org") << false;
    QTest::newRow("no scheme") << QStringLiteral("meet.example.org") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("credentials in url") << QStringLiteral("https://admin:pw@meet.example.org") << false;
}

void TestServerProfile::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QString error;
    QCOMPARE(ServerProfile::validateUrl(QUrl(url), &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
}

void TestServerProfile::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("simple") << QStringLiteral("berlin") << true;
    QTest::newRow("digits and dash") << QStringLiteral("server-2") << true;
    QTest::newRow("uppercase") << QStringLiteral("Berlin") << false;
    QTest::newRow("colon would break keys") << QStringLiteral("a:b") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("umlaut") << QStringLiteral("münchen") << false;
    QTest::newRow("leading dash") << QStringLiteral("-x") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestServerProfile::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, accepted);
    QCOMPARE(ServerProfile::validateId(id, nullptr), accepted);
}

void TestServerProfile::tokenAuthenticationNeedsItsClaims()
{
    ServerProfile profile = validJwtProfile();
    QString error;
    QVERIFY2(profile.validate(&error), qPrintable(error));
    profile.audience.clear();
    QVERIFY(!profile.validate(&error));
    QVERIFY(error.contains(QStringLiteral("audience")));
    profile.auth = ServerProfile::AuthMode::None;
    QVERIFY(profile.validate(&error));
    QVERIFY(ServerProfile::noAuthenticationWarning().contains(QStringLiteral("moderator")));
}

void TestServerProfile::serverCannotBackUpItself()
{
    ServerProfile profile = validJwtProfile();
    profile.backupProfileId = profile.id;
    QString error;
    QVERIFY(!profile.validate(&error));
    QVERIFY(error.contains(QStringLiteral("backup")));
}

void TestServerProfile::authModeNames()
{
    ServerProfile::AuthMode mode = ServerProfile::AuthMode::None;
    QVERIFY(ServerProfile::parseAuthMode(QStringLiteral("jwt"), &mode));
    QCOMPARE(mode, ServerProfile::AuthMode::Jwt);
    QCOMPARE(ServerProfile::authModeName(mode), QStringLiteral("jwt"));
    QVERIFY(!ServerProfile::parseAuthMode(QStringLiteral("password"), &mode));
    QCOMPARE(ServerProfile::ownerFor(QStringLiteral("berlin")), QStringLiteral("server-berlin"));
}

QTEST_GUILESS_MAIN(TestServerProfile)
#include "tst_ServerProfile.moc"
