#include "core/help/HelpPages.h"
#include "ui/shell/HelpWindow.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

class TestHelpWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothLanguagesHaveTheSameTopics();
    void topicsCoverWhatCounselorsRunInto();
    void searchAndContextualTopics();
    void screenReadersHearWhatEachPartIs();
};

void TestHelpWindow::bothLanguagesHaveTheSameTopics()
{
    const QList<HelpPages::Topic> german = HelpPages::load(QStringLiteral("de"));
    const QList<HelpPages::Topic> english = HelpPages::load(QStringLiteral("en"));
    QCOMPARE(german.size(), 15);
    QCOMPARE(english.size(), german.size());
    for (int i = 0; i < german.size(); ++i) {
        QCOMPARE(german.at(i).id, english.at(i).id);
        QVERIFY(!german.at(i).title.isEmpty() && !english.at(i).title.isEmpty());
        QVERIFY(german.at(i).title != english.at(i).title);
    }
}

void TestHelpWindow::topicsCoverWhatCounselorsRunInto()
{
    const QList<HelpPages::Topic> topics = HelpPages::load(QStringLiteral("en"));
    const auto topic = [&topics](const char* id) {
        for (const HelpPages::Topic& t : topics) {
            if (t.id == QLatin1String(id))
                return t.markdown;
        }
        return QString();
    };
    // Getting started follows the setup assistant, and says where to find it again.
    QVERIFY(topic("start").contains(QStringLiteral("Help → Set Up Vieraugen…")));
    QVERIFY(topic("start").contains(QStringLiteral("Open the Setup File From Your IT…")));
    QVERIFY(topic("browsers").contains(QLatin1String("Firefox")));
    QVERIFY(topic("mobile").contains(QLatin1String("F-Droid")));
    QVERIFY(topic("echo").contains(QLatin1String("headset")));
    QVERIFY(topic("participants").contains(QLatin1String("four")));
    QVERIFY(topic("privacy").contains(QLatin1String("90 days")));
    QVERIFY(topic("keyboard").contains(QLatin1String("| Alt+Shift+Up, Alt+Shift+Down |")));
    QVERIFY(topic("keyboard").contains(QLatin1String("**F6**")));
    // What a newcomer looks for about the calendar itself finds its topic (the help spoke only of
    // video sessions: "Teamkalender", "Ganztägig" and "Erinnerung" found nothing).
    const QList<HelpPages::Topic> german = HelpPages::load(QStringLiteral("de"));
    for (const auto& [words, id] :
         { std::pair("Teamkalender App-Passwort", "team"), std::pair("ganztägig Fortbildung", "calendar"),
           std::pair("Erinnerung", "calendar"), std::pair("Serie importieren", "calendar") }) {
        const QList<HelpPages::Topic> hits = HelpPages::search(german, QString::fromUtf8(words));
        QVERIFY2(std::any_of(hits.cbegin(), hits.cend(),
                             [id](const HelpPages::Topic& hit) { return hit.id == QLatin1String(id); }),
                 words);
    }
    const QList<HelpPages::Topic> found = HelpPages::search(topics, QStringLiteral("f-droid BROWSER"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, QStringLiteral("mobile"));
    QCOMPARE(HelpPages::search(topics, {}).size(), topics.size());
}

void TestHelpWindow::searchAndContextualTopics()
{
    HelpWindow window(QStringLiteral("de"));
    window.showTopic(QStringLiteral("echo"));
    QCOMPARE(window.currentTopic(), QStringLiteral("echo"));
    QVERIFY(window.findChild<QTextBrowser*>(QStringLiteral("page"))
                ->toPlainText()
                .contains(QString::fromUtf8("Kopfhörer")));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("search"));
    search->setText(QStringLiteral("warteraum"));
    auto* topics = window.findChild<QListWidget*>(QStringLiteral("topics"));
    QVERIFY(topics->count() >= 1 && topics->count() < 9);
    search->setText(QStringLiteral("xyzzy"));
    QCOMPARE(topics->count(), 0);
    QVERIFY(window.findChild<QTextBrowser*>(QStringLiteral("page"))
                ->toPlainText()
                .contains(QLatin1String("xyzzy")));
}

void TestHelpWindow::screenReadersHearWhatEachPartIs()
{
    // The search field had only a placeholder, the topic list nothing: "text", "list".
    HelpWindow window(QStringLiteral("en"));
    for (QWidget* part :
         std::initializer_list<QWidget*> { window.findChild<QLineEdit*>(), window.findChild<QListWidget*>(),
                                           window.findChild<QTextBrowser*>() }) {
        QVERIFY(part);
        QVERIFY2(!part->accessibleName().isEmpty(), part->metaObject()->className());
    }
}

QTEST_MAIN(TestHelpWindow)
#include "tst_HelpWindow.moc"
