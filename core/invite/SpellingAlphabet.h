#pragma once

#include <QString>
#include <QStringList>

// Spelling words for reading a password out on the phone: the German alphabet of DIN 5009 (2022,
// city names) for German speakers, the ICAO/NATO alphabet for everyone else.
class SpellingAlphabet
{
public:
    // One word per character, e.g. "k" → "Köln" (de) or "Kilo" (en); digits spelled as numbers.
    static QStringList spell(const QString& text, const QString& language);
};
