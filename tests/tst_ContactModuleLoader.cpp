#include "core/base/PhoneNumber.h"
#include "core/contact/ContactModuleLoader.h"
#include "core/invite/SmtpChannel.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

// libcurl and libphonenumber come with the module vieraugen-contact, loaded on first need. Without
// it, checking a number and sending an e-mail say so in words and lose nothing; with it, both work.
class TestContactModuleLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingLoadsItBeforeItIsNeeded();
    void missingModuleIsSaidInWords();
    void foundBesideTheProgramItWorks();

private:
    static SmtpChannel::Result send();
};

SmtpChannel::Result TestContactModuleLoader::send()
{
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = 9; // never reached: without the module nothing is sent
    smtp.from = QStringLiteral("beratung@example.org");
    InviteMessage message;
    message.kind = InviteMessage::Kind::Link;
    message.channel = InviteChannel::Smtp;
    message.to = QStringLiteral("client@example.org");
    message.subject = QStringLiteral("Termin");
    message.body = QStringLiteral("Guten Tag\n");
    SmtpChannel channel(smtp);
    std::optional<SmtpChannel::Result> result;
    channel.send(message, QStringLiteral("pw"), [&result](const SmtpChannel::Result& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 90000))
        return { false, false, QStringLiteral("no answer") };
    return *result;
}

void TestContactModuleLoader::nothingLoadsItBeforeItIsNeeded()
{
    QVERIFY(!ContactModuleLoader::isLoaded());
    QCOMPARE(ContactModuleLoader::searchPath().size(), 2);
}

void TestContactModuleLoader::missingModuleIsSaidInWords()
{
    const QStringList installed = ContactModuleLoader::searchPath();
    QTemporaryDir empty;
    ContactModuleLoader::setSearchPath({ empty.path() });

    QString e164;
    QString error;
    QVERIFY(!PhoneNumber::toE164(QStringLiteral("0151 23456789"), QStringLiteral("DE"), &e164, &error));
    QVERIFY(e164.isEmpty());
    QVERIFY2(error.contains(QLatin1String("vieraugen-contact")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Reinstall Vieraugen")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("The calendar works without it")), qPrintable(error));
    // A stored number is still shown, as it is.
    QCOMPARE(PhoneNumber::forDisplay(QStringLiteral("+4915123456789"), QStringLiteral("DE")),
             QStringLiteral("+4915123456789"));

    const SmtpChannel::Result result = send();
    QVERIFY(!result.ok);
    QVERIFY(!result.retryable); // it needs the user (a reinstall), not another try
    QCOMPARE(result.errorMessage, error);
    QVERIFY(!ContactModuleLoader::isLoaded());

    ContactModuleLoader::setSearchPath(installed);
}

void TestContactModuleLoader::foundBesideTheProgramItWorks()
{
    QString e164;
    QString error;
    QVERIFY2(PhoneNumber::toE164(QStringLiteral("0151 23456789"), QStringLiteral("DE"), &e164, &error),
             qPrintable(error));
    QCOMPARE(e164, QStringLiteral("+4915123456789"));
    QVERIFY(ContactModuleLoader::isLoaded());
    // Shown as dialled in Germany, and read back as the same number.
    const QString shown = PhoneNumber::forDisplay(e164, QStringLiteral("DE"));
    QVERIFY2(shown.startsWith(QLatin1String("0151")), qPrintable(shown));
    QString readBack;
    QVERIFY(PhoneNumber::toE164(shown, QStringLiteral("DE"), &readBack, &error));
    QCOMPARE(readBack, e164);
    QVERIFY(PhoneNumber::canReceiveSms(e164));
}

QTEST_GUILESS_MAIN(TestContactModuleLoader)
#include "tst_ContactModuleLoader.moc"
