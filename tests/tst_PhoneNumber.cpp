#include "core/base/PhoneNumber.h"

#include <QTest>

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatPeopleType_data();
    void parsesWhatPeopleType();
    void smsNeedsAMobileNumber();
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

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_PhoneNumber.moc"
