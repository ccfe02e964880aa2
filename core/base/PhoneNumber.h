#pragma once

#include <QCoreApplication>
#include <QString>

// Phone numbers as people type them ("0151 234 56 78", "+49 (30) 1234-567"), checked with
// libphonenumber and kept in E.164 ("+4915123456 78" without spaces).
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // National numbers are read as numbers of defaultRegion (ISO 3166, e.g. "DE").
    static bool toE164(const QString& input, const QString& defaultRegion, QString* e164,
                       QString* errorMessage);
    // How a stored number is shown: numbers of homeRegion as dialled there ("030 1234567"),
    // others internationally ("+43 664 1234567"); text that is no number as it is.
    static QString forDisplay(const QString& e164, const QString& homeRegion);
    // Whether a text message can reach the number (mobile, or a number type that may be mobile).
    static bool canReceiveSms(const QString& e164);
};
