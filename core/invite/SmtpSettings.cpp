#include "core/invite/SmtpSettings.h"

QString SmtpSettings::securityName(Security security)
{
    return security == Security::StartTls ? QStringLiteral("starttls") : QStringLiteral("tls");
}

bool SmtpSettings::parseSecurity(const QString& name, Security* security)
{
    if (name == QLatin1String("starttls"))
        *security = Security::StartTls;
    else if (name == QLatin1String("tls") || name == QLatin1String("ssl"))
        *security = Security::ImplicitTls;
    else
        return false;
    return true;
}
