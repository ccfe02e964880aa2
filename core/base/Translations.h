#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs Vieraugen's translation (embedded at :/i18n) and Qt's own for standard dialogs.
// An explicit language code ("de", "en") overrides the system locale.
class Translations
{
public:
    static QLocale chooseLocale(const QString& languageOverride);

    // Returns the language that was installed ("en" when English, the source language, is used).
    static QString install(QCoreApplication& application, const QString& languageOverride);
};
