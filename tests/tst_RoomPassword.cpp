#include "core/meeting/RoomPassword.h"

#include <QSet>
#include <QTest>
#include <QUuid>

class TestRoomPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasEnoughEntropyFromUnambiguousSymbols();
    void sameKeyAndAppointmentGiveTheSamePassword();
    void hundredThousandAppointmentsGetDifferentPasswords();
    void anotherInstallGetsAnotherPassword();
    void symbolsAreEvenlyUsed();
    void groupsForReadingAloud();

private:
    const QByteArray m_key = QByteArray(32, '\x5a');
};

void TestRoomPassword::hasEnoughEntropyFromUnambiguousSymbols()
{
    QVERIFY(RoomPassword::bitsOfEntropy() >= 50);
    for (const char confusable : { '0', 'O', 'o', '1', 'l', 'I', 'i' })
        QVERIFY2(!QLatin1String(RoomPassword::alphabet).contains(QLatin1Char(confusable)), &confusable);
    const QString password = RoomPassword::derive(m_key, QStringLiteral("uid-1@vieraugen"));
    QCOMPARE(password.size(), RoomPassword::length);
    QVERIFY(RoomPassword::isWellFormed(password));
}

void TestRoomPassword::sameKeyAndAppointmentGiveTheSamePassword()
{
    // Derived, not stored: rejoining, resending and switching servers all see the same password.
    QCOMPARE(RoomPassword::derive(m_key, QStringLiteral("a@b")),
             RoomPassword::derive(m_key, QStringLiteral("a@b")));
    QVERIFY(RoomPassword::derive(m_key, QStringLiteral("a@b"))
            != RoomPassword::derive(m_key, QStringLiteral("a@c")));
}

void TestRoomPassword::hundredThousandAppointmentsGetDifferentPasswords()
{
    QSet<QString> seen;
    seen.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        const QString password
            = RoomPassword::derive(m_key, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(RoomPassword::isWellFormed(password));
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 100000);
}

void TestRoomPassword::anotherInstallGetsAnotherPassword()
{
    const QString uid = QStringLiteral("same-uid@vieraugen");
    QVERIFY(RoomPassword::derive(m_key, uid) != RoomPassword::derive(QByteArray(32, '\x5b'), uid));
}

void TestRoomPassword::symbolsAreEvenlyUsed()
{
    // 20k passwords × 12 symbols over 31 symbols: about 7742 each; a biased mapping (byte % 31
    // without rejection) would favour the first 8 symbols by about 3 %.
    QHash<QChar, int> frequency;
    for (int i = 0; i < 20000; ++i) {
        for (QChar c : RoomPassword::derive(m_key, QString::number(i)))
            ++frequency[c];
    }
    const int symbols = int(qstrlen(RoomPassword::alphabet));
    QCOMPARE(frequency.size(), symbols);
    const double expected = 20000.0 * RoomPassword::length / symbols;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
        QVERIFY2(qAbs(it.value() - expected) < expected * 0.05, qPrintable(QString(it.key())));
}

void TestRoomPassword::groupsForReadingAloud()
{
    QCOMPARE(RoomPassword::grouped(QStringLiteral("abcdefghjkmn")), QStringLiteral("abcd efgh jkmn"));
    QVERIFY(!RoomPassword::isWellFormed(QStringLiteral("abcd efgh jkmn")));
    QVERIFY(!RoomPassword::isWellFormed(QStringLiteral("abcdefghjkm0")));
}

QTEST_GUILESS_MAIN(TestRoomPassword)
#include "tst_RoomPassword.moc"
