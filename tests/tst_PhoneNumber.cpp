#include "core/base/PhoneNumber.h"

#include <QRegularExpression>
#include <QTest>

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatPeopleType_data();
    void parsesWhatPeopleType();
    void smsNeedsAMobileNumber();
    void showsHomeNumbersNationally_data();
    void showsHomeNumbersNationally();
    void examplesInTheErrorAreValid();
};

void TestPhoneNumber::parsesWhatPeopleType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("German mobile, national")
        << QStringLiteral("0151 23456789") << QStringLiteral("DE") << QStringLiteral("+4915123456789");
    QTest::newRow("with country code")
        << QStringLiteral("+49 (30) 1234-5678") << QStringLiteral("DE") << QStringLiteral("+493012345678");
    QTest::newRow("00 prefix") << QStringLiteral("0049 151 23456789") << QStringLiteral("DE")
                               << QStringLiteral("+4915123456789");
    QTest::newRow("Austrian number from Germany")
        << QStringLiteral("+43 664 1234567") << QStringLiteral("DE") << QStringLiteral("+436641234567");
    QTest::newRow("Swiss national") << QStringLiteral("079 123 45 67") << QStringLiteral("CH")
                                    << QStringLiteral("+41791234567");
    QTest::newRow("too short") << QStringLiteral("0151 12") << QStringLiteral("DE") << QString();
    QTest::newRow("letters") << QStringLiteral("call me") << QStringLiteral("DE") << QString();
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("DE") << QString();
}

void TestPhoneNumber::parsesWhatPeopleType()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QString e164;
    QString error;
    QCOMPARE(PhoneNumber::toE164(input, region, &e164, &error), !expected.isEmpty());
    QCOMPARE(e164, expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestPhoneNumber::smsNeedsAMobileNumber()
{
    QVERIFY(PhoneNumber::canReceiveSms(QStringLiteral("+4915123456789")));
    QVERIFY(!PhoneNumber::canReceiveSms(QStringLiteral("+493012345678")));
    QVERIFY(!PhoneNumber::canReceiveSms(QStringLiteral("garbage")));
}

void TestPhoneNumber::showsHomeNumbersNationally_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Berlin landline") << QStringLiteral("+49301234567") << QStringLiteral("030 1234567");
    QTest::newRow("German mobile") << QStringLiteral("+491701234567") << QStringLiteral("0170 1234567");
    // As typed, not regrouped to "01512 3456789".
    QTest::newRow("German mobile, 0151")
        << QStringLiteral("+4915123456789") << QStringLiteral("0151 23456789");
    QTest::newRow("Austrian mobile") << QStringLiteral("+436641234567") << QStringLiteral("+43 664 1234567");
    QTest::newRow("no number") << QStringLiteral("unknown") << QStringLiteral("unknown");
    QTest::newRow("none") << QString() << QString();
}

void TestPhoneNumber::showsHomeNumbersNationally()
{
    QFETCH(QString, e164);
    QTEST(PhoneNumber::forDisplay(e164, QStringLiteral("DE")), "shown");
    // What is shown reads back as the same number.
    QString readBack;
    if (!e164.startsWith(QLatin1Char('+')))
        return;
    QVERIFY(PhoneNumber::toE164(PhoneNumber::forDisplay(e164, QStringLiteral("DE")), QStringLiteral("DE"),
                                &readBack, nullptr));
    QCOMPARE(readBack, e164);
}

// The error shows how to type a number: the examples must be numbers the app accepts.
void TestPhoneNumber::examplesInTheErrorAreValid()
{
    QString e164;
    QString error;
    QVERIFY(!PhoneNumber::toE164(QStringLiteral("call me"), QStringLiteral("DE"), &e164, &error));
    static const QRegularExpression example(QStringLiteral("\\+?[0-9][0-9 ]+[0-9]"));
    int examples = 0;
    for (const QRegularExpressionMatch& match : example.globalMatch(error)) {
        ++examples;
        QString exampleError;
        QVERIFY2(PhoneNumber::toE164(match.captured(), QStringLiteral("DE"), &e164, &exampleError),
                 qPrintable(match.captured() + QStringLiteral(": ") + exampleError));
    }
    QCOMPARE(examples, 2);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_PhoneNumber.moc"
