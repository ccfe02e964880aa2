#include "core/calendar/HtmlNotes.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTest>
#include <QTextDocumentFragment>

class TestHtmlNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void googleDescriptionsReadAsText_data();
    void googleDescriptionsReadAsText();
    void textWithALessThanSignIsNoMarkup_data();
    void textWithALessThanSignIsNoMarkup();
    void readsAsQtsHtmlEngineShowsIt();
};

void TestHtmlNotes::googleDescriptionsReadAsText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    // Tester12's J3, as Google Calendar exports a description edited in its web page.
    QTest::newRow("bold and break") << QStringLiteral("<b>Mails</b> bearbeiten<br>Anrufbeantworter abhören")
                                    << QStringLiteral("Mails bearbeiten\nAnrufbeantworter abhören");
    QTest::newRow("google's wrapper")
        << QStringLiteral("<html-blob><u>Bitte mitbringen:</u><br><ul><li>Bescheid "
                          "vom Jobcenter</li><li>Mietvertrag</li></ul></html-blob>")
        << QStringLiteral("Bitte mitbringen:\n• Bescheid vom Jobcenter\n• Mietvertrag");
    QTest::newRow("link with its address as text") << QStringLiteral(
        "Beitreten: <a href=\"https://meet.google.com/abc-defg-hij\">https://meet.google.com/"
        "abc-defg-hij</a>") << QStringLiteral("Beitreten: https://meet.google.com/abc-defg-hij");
    QTest::newRow("link with words as text")
        << QStringLiteral(
               "Anfahrt <a href=\"https://example.org/weg?a=1&amp;b=2\" target=\"_blank\">hier</a>.")
        << QStringLiteral("Anfahrt hier (https://example.org/weg?a=1&b=2).");
    QTest::newRow("mail link") << QStringLiteral("<a href=\"mailto:info@example.org\">info@example.org</a>")
                               << QStringLiteral("info@example.org");
    QTest::newRow("paragraphs and references") << QStringLiteral(
        "<p>Gespr&auml;ch mit Fr.&nbsp;M&uuml;ller &amp; Sohn</p><p>&bdquo;Wichtig&ldquo; &#8211; "
        "&#x2192; Akte</p>") << QStringLiteral("Gespräch mit Fr. Müller & Sohn\n„Wichtig“ – → Akte");
    QTest::newRow("white space collapses as in a browser")
        << QStringLiteral("  Erstes   Treffen\n  <b> im </b>  Raum 2<br/>\n<br />Ende  ")
        << QStringLiteral("Erstes Treffen im Raum 2\n\nEnde");
    QTest::newRow("scripts and comments are no text")
        << QStringLiteral("<div>Text<!-- ein Kommentar --></div><script>alert('x')</script><div>mehr</div>")
        << QStringLiteral("Text\nmehr");
    QTest::newRow("unknown references stay")
        << QStringLiteral("<b>A&B</b> &unknown; &#0;") << QStringLiteral("A&B &unknown; &#0;");
}

void TestHtmlNotes::googleDescriptionsReadAsText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QVERIFY(HtmlNotes::isMarkup(html));
    QCOMPARE(HtmlNotes::toPlainText(html), text);
}

void TestHtmlNotes::textWithALessThanSignIsNoMarkup_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("heart") << QStringLiteral("Danke <3");
    QTest::newRow("comparison") << QStringLiteral("Wartezeit < 2 Wochen, Einkommen > 1000 €");
    QTest::newRow("angle-bracketed address") << QStringLiteral("Kontakt: Jana <jana@example.org>");
    QTest::newRow("placeholder") << QStringLiteral("<Name der Klientin> eintragen");
    QTest::newRow("lines") << QStringLiteral("Zeile eins\nZeile zwei");
}

void TestHtmlNotes::textWithALessThanSignIsNoMarkup()
{
    // The counselor's own notes stay exactly as written.
    QFETCH(QString, text);
    QVERIFY(!HtmlNotes::isMarkup(text));
}

void TestHtmlNotes::readsAsQtsHtmlEngineShowsIt()
{
    // Generated descriptions from the pieces Google's editor writes, read by Qt's own HTML engine
    // (QTextDocument) as the independent reference. Lists and links are left out: there this reader
    // adds what QTextDocument's plain text leaves out (the bullet, the address).
    QRandomGenerator random(12);
    const QStringList words { QStringLiteral("Termin"),       QStringLiteral("Jugendamt"),
                              QStringLiteral("Größe"),        QStringLiteral("A&amp;B"),
                              QStringLiteral("&lt;Akte&gt;"), QStringLiteral("&auml;h"),
                              QStringLiteral("&#252;ber"),    QStringLiteral("Nr.&nbsp;5"),
                              QStringLiteral("„zitiert“") };
    const QStringList inlineTags { QStringLiteral("b"),    QStringLiteral("i"),      QStringLiteral("u"),
                                   QStringLiteral("span"), QStringLiteral("strong"), QStringLiteral("em") };
    const QStringList blockTags { QStringLiteral("p"), QStringLiteral("div") };
    const QStringList spaces { QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("\n"), QString() };
    for (int round = 0; round < 300; ++round) {
        // Two shapes where QTextDocument differs from browsers, and this reader does as browsers do,
        // are left out: a <br> right before a paragraph's edge (no empty line in a browser), and
        // text right after a closed paragraph (a line of its own in a browser). So lines come first,
        // then paragraphs.
        QString html;
        bool lineOpen = false; // unwrapped text before: the next one starts after a <br>
        bool inParagraphs = false;
        const int blocks = 1 + random.bounded(4);
        for (int block = 0; block < blocks; ++block) {
            QString content;
            const int pieces = 1 + random.bounded(6);
            for (int pieceIndex = 0; pieceIndex < pieces; ++pieceIndex) {
                QString piece = words.at(random.bounded(words.size()));
                if (random.bounded(3) == 0) {
                    const QString tag = inlineTags.at(random.bounded(inlineTags.size()));
                    piece = QStringLiteral("<%1>%2</%1>").arg(tag, piece);
                }
                if (pieceIndex > 0)
                    content += random.bounded(6) == 0 ? QStringLiteral("<br>")
                                                      : spaces.at(random.bounded(spaces.size() - 1));
                content += piece + spaces.at(random.bounded(spaces.size()));
            }
            if (inParagraphs || random.bounded(2) == 0) {
                inParagraphs = true;
                html += QStringLiteral("<%1>%2</%1>")
                            .arg(blockTags.at(random.bounded(blockTags.size())), content);
                lineOpen = false;
            } else {
                html += (lineOpen ? QStringLiteral("<br>") : QString()) + content;
                lineOpen = true;
            }
        }
        QString reference = QTextDocumentFragment::fromHtml(html).toPlainText();
        reference.replace(QChar(QChar::Nbsp), u' ');
        QStringList lines = reference.split(u'\n');
        for (QString& line : lines)
            line = line.trimmed();
        reference = lines.join(u'\n').trimmed();
        QCOMPARE(HtmlNotes::isMarkup(html), html.contains(u'<')); // only tags make it markup
        QCOMPARE(HtmlNotes::toPlainText(html), reference);
    }
}

QTEST_MAIN(TestHtmlNotes)
#include "tst_HtmlNotes.moc"
