#include "core/base/PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumberUtil;

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
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const PhoneNumberUtil::ErrorType error
        = util.Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR)
        return fail(tr("\"%1\" is not a phone number. Enter it with its area code, e.g. 0151 23456789 or "
                       "+49 151 23456789.")
                        .arg(trimmed));
    if (!util.IsValidNumber(number))
        return fail(
            tr("\"%1\" is not a valid phone number. Check the digits and the country code.").arg(trimmed));
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    *e164 = QString::fromStdString(formatted);
    return true;
}

QString PhoneNumber::forDisplay(const QString& e164, const QString& homeRegion)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    std::string formatted;
    util.Format(number,
                QString::fromStdString(region).compare(homeRegion, Qt::CaseInsensitive) == 0
                    ? PhoneNumberUtil::NATIONAL
                    : PhoneNumberUtil::INTERNATIONAL,
                &formatted);
    return QString::fromStdString(formatted);
}

bool PhoneNumber::canReceiveSms(const QString& e164)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
    return type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}
