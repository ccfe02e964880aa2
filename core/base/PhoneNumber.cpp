#include "core/base/PhoneNumber.h"

#include "core/contact/ContactModule.h"
#include "core/contact/ContactModuleLoader.h"

#include <QRegularExpression>

bool PhoneNumber::toE164(const QString& input, const QString& defaultRegion, QString* e164,
                         QString* errorMessage)
{
    const auto fail = [errorMessage](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Enter a phone number."));
    QString moduleError;
    const ContactModule* module = ContactModuleLoader::load(&moduleError);
    if (!module)
        return fail(moduleError);
    switch (module->parsePhone(trimmed, defaultRegion, e164)) {
    case ContactModule::PhoneParse::Valid:
        return true;
    case ContactModule::PhoneParse::NotANumber:
        return fail(tr("\"%1\" is not a phone number. Enter it with its area code, e.g. 0151 23456789 or "
                       "+49 151 23456789.")
                        .arg(trimmed));
    case ContactModule::PhoneParse::Invalid:
        break;
    }
    return fail(
        tr("\"%1\" is not a valid phone number. Check the digits and the country code.").arg(trimmed));
}

QString PhoneNumber::forDisplay(const QString& e164, const QString& homeRegion)
{
    const ContactModule* module = ContactModuleLoader::load();
    const QString formatted = module ? module->formatPhone(e164, homeRegion) : QString();
    if (formatted.isEmpty())
        return e164;
    // German mobile numbers are written with their prefix as one group, "0151 23456789"; the
    // library groups some as "01512 3456789", which reads as another number than the one typed.
    static const QRegularExpression germanMobile(QStringLiteral("^\\+491([5-7]\\d)(\\d{7,8})$"));
    if (const QRegularExpressionMatch mobile = germanMobile.match(e164);
        mobile.hasMatch() && homeRegion.compare(QLatin1String("DE"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("01") + mobile.captured(1) + QLatin1Char(' ') + mobile.captured(2);
    return formatted;
}

bool PhoneNumber::canReceiveSms(const QString& e164)
{
    const ContactModule* module = ContactModuleLoader::load();
    return module && module->isPossiblyMobile(e164);
}
