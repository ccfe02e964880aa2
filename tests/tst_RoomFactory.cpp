#include "core/meeting/RoomFactory.h"

#include <QSet>
#include <QTest>

class TestRoomFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesUseOnlyLowercaseAsciiAndDigits();
    void hundredThousandDrawsAreAllDifferent();
    void everySymbolIsEquallyLikely();
    void wellFormedCheck_data();
    void wellFormedCheck();
};

void TestRoomFactory::namesUseOnlyLowercaseAsciiAndDigits()
{
    QVERIFY(RoomFactory::bitsOfEntropy >= 128);
    const RoomFactory factory;
    for (int i = 0; i < 1000; ++i) {
        const QString name = factory.newRoomName();
        QCOMPARE(name.size(), RoomFactory::nameLength);
        QVERIFY2(RoomFactory::isWellFormed(name), qPrintable(name));
        QCOMPARE(name, name.toLower());
    }
}

void TestRoomFactory::hundredThousandDrawsAreAllDifferent()
{
    const RoomFactory factory;
    QSet<QString> seen;
    seen.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        seen.insert(factory.newRoomName());
    QCOMPARE(seen.size(), 100000);
}

void TestRoomFactory::everySymbolIsEquallyLikely()
{
    // With a counter as "randomness", every symbol of the 32 appears equally often.
    quint32 counter = 0;
    const RoomFactory factory([&counter](quint32* begin, quint32* end) {
        for (quint32* word = begin; word != end; ++word)
            *word = counter++;
    });
    QHash<QChar, int> frequency;
    for (int i = 0; i < 32 * 10; ++i) {
        for (QChar c : factory.newRoomName())
            ++frequency[c];
    }
    QCOMPARE(frequency.size(), 32);
    for (int count : std::as_const(frequency))
        QCOMPARE(count, 10 * RoomFactory::nameLength);
}

void TestRoomFactory::wellFormedCheck_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("good") << QStringLiteral("abcdefghijklmnopqrstuvwxyz") << true;
    QTest::newRow("digits") << QStringLiteral("234567abcdefghijklmnopqrst") << true;
    QTest::newRow("uppercase") << QStringLiteral("Abcdefghijklmnopqrstuvwxyz") << false;
    QTest::newRow("umlaut") << QStringLiteral("äbcdefghijklmnopqrstuvwxyz") << false;
    QTest::newRow("ambiguous 0/1/8/9") << QStringLiteral("0bcdefghijklmnopqrstuvwxy1") << false;
    QTest::newRow("too short") << QStringLiteral("abc") << false;
}

void TestRoomFactory::wellFormedCheck()
{
    QFETCH(QString, name);
    QFETCH(bool, wellFormed);
    QCOMPARE(RoomFactory::isWellFormed(name), wellFormed);
}

QTEST_GUILESS_MAIN(TestRoomFactory)
#include "tst_RoomFactory.moc"
