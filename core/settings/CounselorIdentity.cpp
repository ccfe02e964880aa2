#include "core/settings/CounselorIdentity.h"

#include "core/calendar/Appointment.h"
#include "core/invite/SmtpChannel.h"
#include "core/settings/Settings.h"

namespace {
QString domainOf(const QString& email)
{
    return email.section(QLatin1Char('@'), -1).trimmed().toLower();
}

// Mail providers where anyone has an address: sharing one says nothing about an organisation.
bool isPublicMailProvider(const QString& domain)
{
    static const QStringList providers {
        QStringLiteral("gmail.com"),   QStringLiteral("googlemail.com"), QStringLiteral("outlook.com"),
        QStringLiteral("outlook.de"),  QStringLiteral("hotmail.com"),    QStringLiteral("hotmail.de"),
        QStringLiteral("live.com"),    QStringLiteral("live.de"),        QStringLiteral("msn.com"),
        QStringLiteral("yahoo.com"),   QStringLiteral("yahoo.de"),       QStringLiteral("icloud.com"),
        QStringLiteral("me.com"),      QStringLiteral("mac.com"),        QStringLiteral("aol.com"),
        QStringLiteral("gmx.de"),      QStringLiteral("gmx.net"),        QStringLiteral("gmx.at"),
        QStringLiteral("gmx.ch"),      QStringLiteral("web.de"),         QStringLiteral("t-online.de"),
        QStringLiteral("freenet.de"),  QStringLiteral("arcor.de"),       QStringLiteral("posteo.de"),
        QStringLiteral("mailbox.org"), QStringLiteral("proton.me"),      QStringLiteral("protonmail.com"),
    };
    return providers.contains(domain);
}
} // namespace

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

bool CounselorIdentity::isOfHerOrganisation(const QString& email, const QString& alsoHers) const
{
    const QString domain = domainOf(email);
    if (!email.contains(QLatin1Char('@')) || isPublicMailProvider(domain))
        return false;
    const auto atDomain = [&domain](const QString& address) {
        return address.contains(QLatin1Char('@')) && domainOf(address) == domain;
    };
    return atDomain(alsoHers) || std::any_of(emailAddresses.cbegin(), emailAddresses.cend(), atDomain);
}

bool CounselorIdentity::matches(const QString& email, const QString& displayName) const
{
    return (!email.isEmpty() && emailAddresses.contains(email.trimmed().toLower()))
        || (!name.isEmpty() && displayName.trimmed().compare(name, Qt::CaseInsensitive) == 0);
}
