#include "tests/support/UiLanguage.h"

#include "core/base/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

UiLanguage::UiLanguage(const QString& language)
{
    Translations::install(*QCoreApplication::instance(), language);
}

UiLanguage::~UiLanguage()
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
}
