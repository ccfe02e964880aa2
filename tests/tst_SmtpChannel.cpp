#include "core/invite/SmtpChannel.h"
#include "tests/support/LocalSmtpServer.h"
#include "tests/support/TestCertificates.h"

#include <QJsonArray>
#include <QTest>

// Against a real SMTP server (aiosmtpd) with a certificate from a throwaway authority.
class TestSmtpChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startTlsWithLoginDeliversAProperMimeMessage();
    void implicitTlsDelivers();
    void wrongPasswordIsRefusedAndNothingArrives();
    void serverWithoutEncryptionGetsNothing();
    void untrustedCertificateGetsNothing();
    void unreachableServerIsWorthRetrying();

private:
    SmtpSettings settings(quint16 port,
                          SmtpSettings::Security security = SmtpSettings::Security::StartTls) const;
    SmtpChannel::Result send(const SmtpSettings& settings, const QString& password);
    InviteMessage message() const;

    TestCertificates m_certificates;
};

void TestSmtpChannel::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

SmtpSettings TestSmtpChannel::settings(quint16 port, SmtpSettings::Security security) const
{
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = port;
    smtp.security = security;
    smtp.user = QStringLiteral("beratung");
    smtp.from = QStringLiteral("Beratungsstelle Süd <beratung@example.org>");
    smtp.caFile = m_certificates.authorityFile();
    return smtp;
}

InviteMessage TestSmtpChannel::message() const
{
    InviteMessage link;
    link.kind = InviteMessage::Kind::Link;
    link.channel = InviteChannel::Smtp;
    link.to = QStringLiteral("ayse@example.org");
    link.subject = QStringLiteral("Ihr Videotermin am Donnerstag, 3. Dezember 2026 um 14:30 Uhr");
    link.body
        = QStringLiteral("Guten Tag Ayşe Özdemir,\nhttps://meet.example.org/abcdefghijklmnopqrstuvwxyz\n");
    link.attachments.append({ QStringLiteral("invitation.ics"),
                              "text/calendar; method=REQUEST; charset=UTF-8",
                              "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n" });
    return link;
}

SmtpChannel::Result TestSmtpChannel::send(const SmtpSettings& smtp, const QString& password)
{
    SmtpChannel channel(smtp);
    std::optional<SmtpChannel::Result> result;
    channel.send(message(), password, [&result](const SmtpChannel::Result& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 90000))
        return { false, false, QStringLiteral("no answer") };
    return *result;
}

void TestSmtpChannel::startTlsWithLoginDeliversAProperMimeMessage()
{
    LocalSmtpServer server;
    QVERIFY(server.start(LocalSmtpServer::Mode::StartTls, m_certificates.serverCertificateFile(),
                         m_certificates.serverKeyFile(), QStringLiteral("beratung"),
                         QStringLiteral("Smtp-Secret-2")));
    const SmtpChannel::Result result = send(settings(server.port()), QStringLiteral("Smtp-Secret-2"));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QTRY_COMPARE(server.messages().size(), 1);
    const QJsonObject mail = server.messages().first();
    QCOMPARE(mail.value(QLatin1String("mailFrom")).toString(), QStringLiteral("beratung@example.org"));
    QCOMPARE(mail.value(QLatin1String("rcptTos")).toArray(),
             (QJsonArray { QStringLiteral("ayse@example.org") }));
    const QJsonObject headers = mail.value(QLatin1String("headers")).toObject();
    QCOMPARE(headers.value(QLatin1String("Subject")).toString(), message().subject);
    QCOMPARE(headers.value(QLatin1String("From")).toString(),
             QStringLiteral("Beratungsstelle Süd <beratung@example.org>"));
    QVERIFY(headers.value(QLatin1String("Message-ID")).toString().endsWith(QLatin1String("@example.org>")));
    QVERIFY(!headers.value(QLatin1String("Date")).toString().isEmpty());
    const QJsonArray parts = mail.value(QLatin1String("parts")).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0)[QStringLiteral("contentType")].toString(), QStringLiteral("text/plain"));
    QCOMPARE(parts.at(0)[QStringLiteral("params")][QStringLiteral("charset")].toString(),
             QStringLiteral("UTF-8"));
    QCOMPARE(parts.at(0)[QStringLiteral("text")].toString(), message().body);
    QCOMPARE(parts.at(1)[QStringLiteral("contentType")].toString(), QStringLiteral("text/calendar"));
    QCOMPARE(parts.at(1)[QStringLiteral("params")][QStringLiteral("method")].toString(),
             QStringLiteral("REQUEST"));
    QCOMPARE(parts.at(1)[QStringLiteral("filename")].toString(), QStringLiteral("invitation.ics"));
    QVERIFY(parts.at(1)[QStringLiteral("text")].toString().contains(QLatin1String("METHOD:REQUEST")));
    // The SMTP password is only in the AUTH exchange, never in the mail.
    QVERIFY(!mail.value(QLatin1String("raw")).toString().contains(QLatin1String("Smtp-Secret-2")));
}

void TestSmtpChannel::implicitTlsDelivers()
{
    LocalSmtpServer server;
    QVERIFY(server.start(LocalSmtpServer::Mode::ImplicitTls, m_certificates.serverCertificateFile(),
                         m_certificates.serverKeyFile(), QStringLiteral("beratung"), QStringLiteral("pw")));
    const SmtpChannel::Result result
        = send(settings(server.port(), SmtpSettings::Security::ImplicitTls), QStringLiteral("pw"));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QTRY_COMPARE(server.messages().size(), 1);
}

void TestSmtpChannel::wrongPasswordIsRefusedAndNothingArrives()
{
    LocalSmtpServer server;
    QVERIFY(server.start(LocalSmtpServer::Mode::StartTls, m_certificates.serverCertificateFile(),
                         m_certificates.serverKeyFile(), QStringLiteral("beratung"),
                         QStringLiteral("right")));
    const SmtpChannel::Result result = send(settings(server.port()), QStringLiteral("wrong"));
    QVERIFY(!result.ok);
    QVERIFY(!result.retryable);
    QVERIFY2(result.errorMessage.contains(QLatin1String("refused the login")),
             qPrintable(result.errorMessage));
    QTest::qWait(200);
    QCOMPARE(server.messages().size(), 0);
}

void TestSmtpChannel::serverWithoutEncryptionGetsNothing()
{
    LocalSmtpServer server;
    QVERIFY(server.start(LocalSmtpServer::Mode::Plain, m_certificates.serverCertificateFile(),
                         m_certificates.serverKeyFile()));
    const SmtpChannel::Result result = send(settings(server.port()), QStringLiteral("pw"));
    QVERIFY(!result.ok);
    QVERIFY2(result.errorMessage.contains(QLatin1String("encryption")), qPrintable(result.errorMessage));
    QTest::qWait(200);
    QCOMPARE(server.messages().size(), 0);
}

void TestSmtpChannel::untrustedCertificateGetsNothing()
{
    LocalSmtpServer server;
    QVERIFY(server.start(LocalSmtpServer::Mode::StartTls, m_certificates.serverCertificateFile(),
                         m_certificates.serverKeyFile(), QStringLiteral("beratung"), QStringLiteral("pw")));
    SmtpSettings smtp = settings(server.port());
    smtp.caFile.clear(); // only the system's authorities, which do not know the test authority
    const SmtpChannel::Result result = send(smtp, QStringLiteral("pw"));
    QVERIFY(!result.ok);
    QVERIFY(!result.retryable);
    QVERIFY2(result.errorMessage.contains(QLatin1String("certificate")), qPrintable(result.errorMessage));
    QCOMPARE(server.messages().size(), 0);
}

void TestSmtpChannel::unreachableServerIsWorthRetrying()
{
    LocalSmtpServer server;
    QVERIFY(server.start(LocalSmtpServer::Mode::StartTls, m_certificates.serverCertificateFile(),
                         m_certificates.serverKeyFile()));
    const quint16 port = server.port();
    server.stop();
    const SmtpChannel::Result result = send(settings(port), QStringLiteral("pw"));
    QVERIFY(!result.ok);
    QVERIFY(result.retryable);
    QVERIFY2(result.errorMessage.contains(QLatin1String("outbox")), qPrintable(result.errorMessage));
}

QTEST_GUILESS_MAIN(TestSmtpChannel)
#include "tst_SmtpChannel.moc"
