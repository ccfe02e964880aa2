#include "core/settings/CounselorIdentity.h"
#include "core/settings/Settings.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesSurviveARestart();
    void emptyLanguageMeansSystem();
    void serverProfilesRoundTrip();
    void removingAProfileClearsReferencesToIt();
    void channelSettingsRoundTrip();
    void smsGatewayOverPlainHttpIsRefused_data();
    void smsGatewayOverPlainHttpIsRefused();
    void secretIndexRecordsNamesAndPieces();
    void counselorIsKnownByHerNameAndMailAddresses();

private:
    static ServerProfile profile(const QString& id, const QString& name);
};

void TestSettings::counselorIsKnownByHerNameAndMailAddresses()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(!CounselorIdentity::fromSettings(settings).matches(QString(), QString()));
    settings.setCounselorName(QStringLiteral("Eva Berger"));
    SmtpSettings smtp;
    smtp.host = QStringLiteral("mail.beratung-nord.example");
    smtp.from = QStringLiteral("Beratungsstelle Nord <Eva.Berger@beratung-nord.example>");
    smtp.user = QStringLiteral("eberger"); // a login name, no address
    settings.setSmtp(smtp);
    const CounselorIdentity eva = CounselorIdentity::fromSettings(settings);
    QCOMPARE(eva.emailAddresses, QStringList { QStringLiteral("eva.berger@beratung-nord.example") });
    QVERIFY(eva.matches(QStringLiteral("EVA.BERGER@beratung-nord.example"), QString()));
    QVERIFY(eva.matches(QStringLiteral("eva@privat.example"), QStringLiteral(" eva berger")));
    QVERIFY(!eva.matches(QStringLiteral("jana@example.org"), QStringLiteral("Jana Müller")));
    smtp.user = QStringLiteral("eva@privat.example");
    settings.setSmtp(smtp);
    QVERIFY(
        CounselorIdentity::fromSettings(settings).matches(QStringLiteral("eva@privat.example"), QString()));
}

ServerProfile TestSettings::profile(const QString& id, const QString& name)
{
    ServerProfile profile;
    profile.id = id;
    profile.name = name;
    profile.baseUrl = QUrl(QStringLiteral("https://%1.example.org").arg(id));
    profile.appId = QStringLiteral("app");
    profile.issuer = QStringLiteral("iss");
    profile.audience = QStringLiteral("aud");
    return profile;
}

void TestSettings::valuesSurviveARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(file);
        QCOMPARE(settings.fileName(), file);
        settings.setUiLanguage(QStringLiteral("de"));
        settings.setMainWindowGeometry(QByteArray("\x01\x02geometry", 10));
        settings.setMainWindowState(QByteArray("state"));
        settings.sync();
    }
    QVERIFY(QFile::exists(file));
    const Settings settings(file);
    QCOMPARE(settings.uiLanguage(), QStringLiteral("de"));
    QCOMPARE(settings.mainWindowGeometry(), QByteArray("\x01\x02geometry", 10));
    QCOMPARE(settings.mainWindowState(), QByteArray("state"));
}

void TestSettings::emptyLanguageMeansSystem()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(settings.uiLanguage(), QString());
    settings.setUiLanguage(QStringLiteral("en"));
    settings.setUiLanguage(QString());
    QCOMPARE(settings.uiLanguage(), QString());
}

void TestSettings::serverProfilesRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    ServerProfile berlin = profile(QStringLiteral("berlin"), QStringLiteral("Berlin"));
    berlin.subject = QStringLiteral("tenant");
    berlin.backupProfileId = QStringLiteral("aachen");
    ServerProfile aachen = profile(QStringLiteral("aachen"), QStringLiteral("Aachen"));
    aachen.auth = ServerProfile::AuthMode::None;
    {
        Settings settings(file);
        settings.saveServerProfile(berlin);
        settings.saveServerProfile(aachen);
        QCOMPARE(settings.defaultServerProfileId(), QStringLiteral("berlin")); // the first one saved
    }
    Settings settings(file);
    const QList<ServerProfile> all = settings.serverProfiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0), aachen); // sorted by name
    QCOMPARE(all.at(1), berlin);
    QCOMPARE(settings.serverProfile(QStringLiteral("berlin")), std::optional<ServerProfile>(berlin));
    QVERIFY(!settings.serverProfile(QStringLiteral("nowhere")));
    QVERIFY(!settings.serverProfile(QStringLiteral("../escape")));
}

void TestSettings::removingAProfileClearsReferencesToIt()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    ServerProfile berlin = profile(QStringLiteral("berlin"), QStringLiteral("Berlin"));
    berlin.backupProfileId = QStringLiteral("aachen");
    settings.saveServerProfile(profile(QStringLiteral("aachen"), QStringLiteral("Aachen")));
    settings.saveServerProfile(berlin);
    QCOMPARE(settings.defaultServerProfileId(), QStringLiteral("aachen"));

    settings.removeServerProfile(QStringLiteral("aachen"));
    QCOMPARE(settings.serverProfiles().size(), 1);
    QCOMPARE(settings.serverProfile(QStringLiteral("berlin"))->backupProfileId, QString());
    QCOMPARE(settings.defaultServerProfileId(), QStringLiteral("berlin"));
    QCOMPARE(settings.removedServerName(QStringLiteral("aachen")), QStringLiteral("Aachen"));
    QCOMPARE(settings.removedServerName(QStringLiteral("berlin")), QString());
    settings.removeServerProfile(QStringLiteral("berlin"));
    QCOMPARE(settings.defaultServerProfileId(), QString());
}

void TestSettings::channelSettingsRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    SmtpSettings smtp;
    smtp.host = QStringLiteral("mail.example.org");
    smtp.port = 465;
    smtp.security = SmtpSettings::Security::ImplicitTls;
    smtp.user = QStringLiteral("beratung");
    smtp.from = QStringLiteral("Beratung <beratung@example.org>");
    smtp.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    SmsSettings sms;
    sms.provider = QStringLiteral("sipgate");
    sms.sender = QStringLiteral("Beratung");
    sms.account = QStringLiteral("token-id");
    sms.extension = QStringLiteral("s0");
    sms.endpoint = QUrl(QStringLiteral("https://proxy.example.org/sms"));
    {
        Settings settings(file);
        QVERIFY(!settings.smtp().isConfigured());
        QVERIFY(!settings.sms().isConfigured());
        settings.setSmtp(smtp);
        QString error;
        QVERIFY2(settings.setSms(sms, &error), qPrintable(error));
    }
    Settings settings(file);
    QCOMPARE(settings.smtp(), smtp);
    QCOMPARE(settings.sms(), sms);
}

void TestSettings::smsGatewayOverPlainHttpIsRefused_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("customUrl");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("preset over https") << "seven"
                                       << ""
                                       << "" << true;
    QTest::newRow("preset behind an http proxy") << "seven"
                                                 << "http://proxy.example.org/sms"
                                                 << "" << false;
    QTest::newRow("preset behind an https proxy") << "twilio"
                                                  << "https://proxy.example.org/sms"
                                                  << "" << true;
    QTest::newRow("own gateway over http") << "custom"
                                           << ""
                                           << "http://sms.example.org/send" << false;
    QTest::newRow("own gateway on this computer") << "custom"
                                                  << ""
                                                  << "http://127.0.0.1:8080/send" << true;
    QTest::newRow("own gateway on localhost") << "custom"
                                              << ""
                                              << "http://localhost:8080/send" << true;
}

void TestSettings::smsGatewayOverPlainHttpIsRefused()
{
    QFETCH(QString, provider);
    QFETCH(QString, endpoint);
    QFETCH(QString, customUrl);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    SmsSettings before;
    before.provider = QStringLiteral("gatewayapi");
    QString error;
    QVERIFY2(settings.setSms(before, &error), qPrintable(error));

    SmsSettings sms;
    sms.provider = provider;
    sms.account = QStringLiteral("account");
    sms.endpoint = QUrl(endpoint);
    if (!customUrl.isEmpty())
        sms.gateway = QJsonObject { { QStringLiteral("url"), customUrl } };
    QCOMPARE(settings.setSms(sms, &error), accepted);
    QCOMPARE(settings.sms(), accepted ? sms : before);
    if (!accepted)
        QVERIFY2(error.contains(QLatin1String("https")) && error.contains(QLatin1String("example.org")),
                 qPrintable(error));
}

void TestSettings::secretIndexRecordsNamesAndPieces()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.recordSecret(QStringLiteral("server-a"), QStringLiteral("jwt-app-secret"), 1);
    settings.recordSecret(QStringLiteral("server-a"), QStringLiteral("odd/name"), 3);
    settings.recordSecret(QStringLiteral("smtp"), QStringLiteral("password"), 1);
    QCOMPARE(settings.secretNames(QStringLiteral("server-a")),
             QStringList({ QStringLiteral("jwt-app-secret"), QStringLiteral("odd/name") }));
    QCOMPARE(settings.secretChunkCount(QStringLiteral("server-a"), QStringLiteral("odd/name")), 3);
    settings.forgetSecret(QStringLiteral("server-a"), QStringLiteral("odd/name"));
    QCOMPARE(settings.secretNames(QStringLiteral("server-a")),
             QStringList({ QStringLiteral("jwt-app-secret") }));
    QCOMPARE(settings.secretChunkCount(QStringLiteral("nobody"), QStringLiteral("x")), 0);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_Settings.moc"
