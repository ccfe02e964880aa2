#include "core/calendar/SearchText.h"

#include <QTest>

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellingsOfOneNameFoldAlike_data();
    void spellingsOfOneNameFoldAlike();
    void differentLettersStayApart();
    void everyTypedWordBeginsAWord();
};

void TestSearchText::spellingsOfOneNameFoldAlike_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("folded");
    QTest::newRow("dotless i") << QStringLiteral("Yılmaz") << QStringLiteral("yilmaz")
                               << QStringLiteral("yilmaz");
    QTest::newRow("capitals") << QStringLiteral("YILMAZ") << QStringLiteral("Yılmaz")
                              << QStringLiteral("yilmaz");
    QTest::newRow("capital dotted I")
        << QStringLiteral("İpek") << QStringLiteral("ipek") << QStringLiteral("ipek");
    QTest::newRow("s cedilla") << QStringLiteral("Ayşe Şahin") << QStringLiteral("ayse sahin")
                               << QStringLiteral("ayse sahin");
    QTest::newRow("g breve") << QStringLiteral("Doğan Ağca") << QStringLiteral("dogan agca")
                             << QStringLiteral("dogan agca");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse")
                             << QStringLiteral("strasse");
    QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("Strasse")
                                     << QStringLiteral("strasse");
    QTest::newRow("umlauts") << QStringLiteral("Jürgen Öztürk") << QStringLiteral("jurgen ozturk")
                             << QStringLiteral("jurgen ozturk");
    QTest::newRow("polish l") << QStringLiteral("Łukasz Wałęsa") << QStringLiteral("lukasz walesa")
                              << QStringLiteral("lukasz walesa");
    QTest::newRow("scandinavian") << QStringLiteral("Søren Æbelø") << QStringLiteral("soren aebelo")
                                  << QStringLiteral("soren aebelo");
    QTest::newRow("decomposed input")
        << QStringLiteral("Mu\u0308ller") << QStringLiteral("Müller") << QStringLiteral("muller");
}

void TestSearchText::spellingsOfOneNameFoldAlike()
{
    QFETCH(QString, written);
    QFETCH(QString, typed);
    QFETCH(QString, folded);
    QCOMPARE(SearchText::fold(written), folded);
    QCOMPARE(SearchText::fold(typed), folded);
}

void TestSearchText::differentLettersStayApart()
{
    QVERIFY(SearchText::fold(QStringLiteral("Kaya")) != SearchText::fold(QStringLiteral("Kara")));
    QCOMPARE(SearchText::fold(QStringLiteral("O'Brien-Schmidt 12")), QStringLiteral("o'brien-schmidt 12"));
    QVERIFY(!SearchText::fold(QString()).isNull());
}

void TestSearchText::everyTypedWordBeginsAWord()
{
    QCOMPARE(SearchText::matchExpression(QStringLiteral("  Yıl  Straße ")),
             QStringLiteral("\"yil\"* AND \"strasse\"*"));
    QCOMPARE(SearchText::matchExpression(QStringLiteral("\"NEAR( OR")),
             QStringLiteral("\"near(\"* AND \"or\"*"));
    // A number as written, or its digits without the 0 in front.
    QCOMPARE(SearchText::matchExpression(QStringLiteral("Anna 0151-2345")),
             QStringLiteral("\"anna\"* AND (\"0151-2345\"* OR \"1512345\"*)"));
    QCOMPARE(SearchText::matchExpression(QStringLiteral(" \" ")), QString());
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_SearchText.moc"
