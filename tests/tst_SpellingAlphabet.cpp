#include "core/invite/SpellingAlphabet.h"
#include "core/meeting/RoomPassword.h"

#include <QTest>

class TestSpellingAlphabet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanUsesDin5009();
    void internationalUsesIcao();
    void everyPasswordSymbolHasAWord();
};

void TestSpellingAlphabet::germanUsesDin5009()
{
    QCOMPARE(SpellingAlphabet::spell(QStringLiteral("k7qm"), QStringLiteral("de")),
             (QStringList { QStringLiteral("Köln"), QStringLiteral("Sieben"), QStringLiteral("Quickborn"),
                            QStringLiteral("München") }));
    QCOMPARE(SpellingAlphabet::spell(QStringLiteral("2"), QStringLiteral("de")),
             QStringList { QStringLiteral("Zwo") });
}

void TestSpellingAlphabet::internationalUsesIcao()
{
    QCOMPARE(SpellingAlphabet::spell(QStringLiteral("xA9"), QStringLiteral("en")),
             (QStringList { QStringLiteral("X-ray"), QStringLiteral("Alfa"), QStringLiteral("Nine") }));
}

void TestSpellingAlphabet::everyPasswordSymbolHasAWord()
{
    for (const QString& language : { QStringLiteral("de"), QStringLiteral("en") }) {
        const QString symbols = QLatin1String(RoomPassword::alphabet);
        const QStringList words = SpellingAlphabet::spell(symbols, language);
        QCOMPARE(words.size(), symbols.size());
        for (int i = 0; i < words.size(); ++i)
            QVERIFY2(words.at(i).size() > 1, qPrintable(symbols.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestSpellingAlphabet)
#include "tst_SpellingAlphabet.moc"
