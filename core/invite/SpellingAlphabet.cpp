#include "core/invite/SpellingAlphabet.h"

#include <QHash>

namespace {
const QHash<QChar, QString>& german()
{
    static const QHash<QChar, QString> words = [] {
        const char* const letters[]
            = { "Aachen",     "Berlin",    "Chemnitz",  "Düsseldorf", "Essen",     "Frankfurt", "Goslar",
                "Hamburg",    "Ingelheim", "Jena",      "Köln",       "Leipzig",   "München",   "Nürnberg",
                "Offenbach",  "Potsdam",   "Quickborn", "Rostock",    "Salzwedel", "Tübingen",  "Unna",
                "Völklingen", "Wuppertal", "Xanten",    "Ypsilon",    "Zwickau" };
        const char* const digits[]
            = { "Null", "Eins", "Zwo", "Drei", "Vier", "Fünf", "Sechs", "Sieben", "Acht", "Neun" };
        QHash<QChar, QString> map;
        for (int i = 0; i < 26; ++i)
            map.insert(QChar(u'a' + i), QString::fromUtf8(letters[i]));
        for (int i = 0; i < 10; ++i)
            map.insert(QChar(u'0' + i), QString::fromUtf8(digits[i]));
        return map;
    }();
    return words;
}

const QHash<QChar, QString>& international()
{
    static const QHash<QChar, QString> words = [] {
        const char* const letters[]
            = { "Alfa",    "Bravo", "Charlie", "Delta",  "Echo",     "Foxtrot", "Golf",   "Hotel",  "India",
                "Juliett", "Kilo",  "Lima",    "Mike",   "November", "Oscar",   "Papa",   "Quebec", "Romeo",
                "Sierra",  "Tango", "Uniform", "Victor", "Whiskey",  "X-ray",   "Yankee", "Zulu" };
        const char* const digits[]
            = { "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine" };
        QHash<QChar, QString> map;
        for (int i = 0; i < 26; ++i)
            map.insert(QChar(u'a' + i), QString::fromLatin1(letters[i]));
        for (int i = 0; i < 10; ++i)
            map.insert(QChar(u'0' + i), QString::fromLatin1(digits[i]));
        return map;
    }();
    return words;
}
} // namespace

QStringList SpellingAlphabet::spell(const QString& text, const QString& language)
{
    const QHash<QChar, QString>& words = language == QLatin1String("de") ? german() : international();
    QStringList spelled;
    for (QChar c : text)
        spelled.append(words.value(c.toLower(), QString(c)));
    return spelled;
}
