#include "core/base/Translations.h"
#include "core/calendar/CalendarSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void germanIsInstalledFromEmbeddedFile();
    void qtsOwnDialogsAreGermanToo();
    void englishNeedsNoTranslation();
    void otherLanguagesGetEnglishWithItsPlurals();
    void systemLocaleIsUsedWithoutOverride();
    void germanCatalogueIsComplete();
    void calendarUpdatesAreNamedInGerman();
    void clientsAreNamedOneWayInGerman();

private:
    static void removeAllTranslators();
};

void TestTranslations::removeAllTranslators()
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::cleanup()
{
    removeAllTranslators();
}

void TestTranslations::germanIsInstalledFromEmbeddedFile()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/vieraugen_de.qm")));
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("de")),
             QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestTranslations::qtsOwnDialogsAreGermanToo()
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

// A failed schema update names the step inside a German sentence: the step must be German too.
void TestTranslations::calendarUpdatesAreNamedInGerman()
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    for (const Migration& migration : CalendarSchema::migrations()) {
        const QString shown = QCoreApplication::translate("Migration", qUtf8Printable(migration.description));
        QVERIFY2(shown != migration.description, qPrintable(migration.description));
    }
}

void TestTranslations::englishNeedsNoTranslation()
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

// A counselor whose system speaks neither German nor English reads English, with "1 appointment"
// rather than the source text's "appointment(s)".
void TestTranslations::otherLanguagesGetEnglishWithItsPlurals()
{
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("fr")),
             QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(
                 "IcsImportReport", "Imported %n appointment(s) from %1: %2 new, %3 updated.", nullptr, 1),
             QStringLiteral("Imported 1 appointment from %1: %2 new, %3 updated."));
}

void TestTranslations::systemLocaleIsUsedWithoutOverride()
{
    QCOMPARE(Translations::chooseLocale(QString()), QLocale::system());
    QCOMPARE(Translations::chooseLocale(QStringLiteral("de")).language(), QLocale::German);
}

void TestTranslations::germanCatalogueIsComplete()
{
    QFile file(qEnvironmentVariable("VIERAUGEN_TS_DIR") + QStringLiteral("/vieraugen_de.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d"));
    const auto placeholders = [](const QString& text) {
        QSet<QString> found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured().remove(QLatin1Char('L')));
        return found;
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || translation.trimmed().isEmpty())
                problems << QStringLiteral("%1: \"%2\" is %3")
                                .arg(context, source, type.isEmpty() ? QStringLiteral("empty") : type);
            else if (placeholders(source) != placeholders(translation))
                problems << QStringLiteral("%1: \"%2\" has other placeholders").arg(context, source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 20, "the catalogue looks empty: was lupdate run?");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::clientsAreNamedOneWayInGerman()
{
    // "Klient/in", "Klient*in" and "Klient/-in" stood side by side; the short form is "Klient/-in".
    static const QRegularExpression otherForm(QStringLiteral("Klient(\\*|/(?!-)|:|_)in"));
    QStringList found;
    const QStringList paths {
        qEnvironmentVariable("VIERAUGEN_TS_DIR") + QStringLiteral("/vieraugen_de.ts"),
        qEnvironmentVariable("VIERAUGEN_SOURCE_DIR") + QStringLiteral("/resources/help/help.de.md"),
    };
    for (const QString& path : paths) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            // The English sources may say anything; their German translations may not.
            if (otherForm.match(line).hasMatch() && !line.trimmed().startsWith(QLatin1String("<source>")))
                found << line.trimmed();
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
