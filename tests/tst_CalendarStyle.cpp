#include "ui/calendar/CalendarStyle.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

// How an appointment's title is laid out in a block of the day and week views.
class TestCalendarStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titlesWrapBetweenWords();
    void aWordLongerThanTheLineIsElided();
};

namespace {

int widthOf(const QString& text)
{
    return QFontMetrics(QApplication::font()).horizontalAdvance(text);
}

} // namespace

void TestCalendarStyle::titlesWrapBetweenWords()
{
    const QString title = QStringLiteral("Fallbesprechung Team Nord");
    const QStringList lines = CalendarStyle::wrapped(title, QApplication::font(),
                                                     widthOf(QStringLiteral("Fallbesprechung")) + 2, 3);
    QCOMPARE(lines, QStringList({ QStringLiteral("Fallbesprechung"), QStringLiteral("Team Nord") }));
}

void TestCalendarStyle::aWordLongerThanTheLineIsElided()
{
    // tester13's K12: „Fallbesprechu“ with „ng Team“ on the next line, „Supervi“ / „sion Tel…“.
    const QList<std::pair<QString, int>> titles {
        { QStringLiteral("Fallbesprechung Team"), widthOf(QStringLiteral("Fallbesprech")) },
        { QStringLiteral("Supervision Telefon"), widthOf(QStringLiteral("Supervi")) }
    };
    for (const auto& [title, width] : titles) {
        const QStringList lines = CalendarStyle::wrapped(title, QApplication::font(), width, 3);
        QVERIFY2(lines.size() == 1, qPrintable(lines.join(QLatin1Char('/'))));
        QVERIFY2(lines.constFirst().endsWith(QStringLiteral("…")), qPrintable(lines.join(QLatin1Char('/'))));
        QVERIFY(title.startsWith(lines.constFirst().chopped(1)));
        QVERIFY(widthOf(lines.constFirst()) <= width);
    }
    // A first word that fits keeps its line; the long one after it is elided on the next.
    const QStringList lines
        = CalendarStyle::wrapped(QStringLiteral("Team Fallbesprechung"), QApplication::font(),
                                 widthOf(QStringLiteral("Fallbesprech")), 3);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.constFirst(), QStringLiteral("Team"));
    QVERIFY2(lines.constLast().startsWith(QStringLiteral("Fallbe"))
                 && lines.constLast().endsWith(QStringLiteral("…")),
             qPrintable(lines.join(QLatin1Char('/'))));
}

QTEST_MAIN(TestCalendarStyle)
#include "tst_CalendarStyle.moc"
