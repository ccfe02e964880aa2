#include "core/base/Translations.h"

#include "core/base/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QLocale Translations::chooseLocale(const QString& languageOverride)
{
    if (!languageOverride.isEmpty())
        return QLocale(languageOverride);
    return QLocale::system();
}

QString Translations::install(QCoreApplication& application, const QString& languageOverride)
{
    const QLocale locale = chooseLocale(languageOverride);
    QLocale::setDefault(locale);

    auto* ownTranslation = new QTranslator(&application);
    if (!ownTranslation->load(locale, QStringLiteral("vieraugen"), QStringLiteral("_"),
                              QStringLiteral(":/i18n"))) {
        // English is the source language, but its plurals ("1 appointment", "5 appointments") live
        // in the English catalogue: without it a French or a bare "C" system read "appointment(s)".
        qCDebug(lcApp) << "no translation for" << locale.name() << "- using English";
        if (ownTranslation->load(QStringLiteral("vieraugen_en"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(ownTranslation);
        else
            delete ownTranslation;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ownTranslation);

    auto* qtTranslation = new QTranslator(&application);
    // "qt" rather than "qtbase": Linux distributions ship qt_<lang>.qm as a catalogue that pulls
    // in qtbase's, and windeployqt bundles all of Qt's strings under that name only.
    if (qtTranslation->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslation);
    else
        delete qtTranslation;

    return ownTranslation->language().section(QLatin1Char('_'), 0, 0);
}
