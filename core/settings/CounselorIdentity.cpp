#include "core/settings/CounselorIdentity.h"

#include "core/calendar/Appointment.h"
#include "core/invite/SmtpChannel.h"
#include "core/settings/Settings.h"

CounselorIdentity CounselorIdentity::fromSettings(const Settings& settings)
{
    CounselorIdentity identity;
    identity.name = settings.counselorName().trimmed();
    const SmtpSettings smtp = settings.smtp();
    for (const QString& mailbox : { smtp.from, smtp.user }) {
        const QString address = SmtpChannel::address(mailbox).toLower();
        if (Appointment::isValidEmail(address) && !identity.emailAddresses.contains(address))
            identity.emailAddresses.append(address);
    }
    return identity;
}

bool CounselorIdentity::matches(const QString& email, const QString& displayName) const
{
    return (!email.isEmpty() && emailAddresses.contains(email.trimmed().toLower()))
        || (!name.isEmpty() && displayName.trimmed().compare(name, Qt::CaseInsensitive) == 0);
}
