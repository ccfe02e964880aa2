#include "core/settings/FirstSetup.h"

#include "core/base/SecureUrl.h"
#include "core/calendar/AppointmentStore.h"
#include "core/settings/Settings.h"

bool FirstSetup::shouldOffer(const Settings& settings, const AppointmentStore& appointments)
{
    return !settings.setupDone() && settings.serverProfiles().isEmpty() && settings.counselorName().isEmpty()
        && settings.organizationName().isEmpty() && appointments.count() == 0;
}

bool FirstSetup::privacyNoticeFromInput(const QString& text, QUrl* url, QString* errorMessage)
{
    if (text.trimmed().isEmpty()) {
        *url = QUrl();
        return true;
    }
    const QUrl candidate = SecureUrl::fromUserInput(text);
    const bool web
        = candidate.scheme() == QLatin1String("https") || candidate.scheme() == QLatin1String("http");
    if (!candidate.isValid() || !web || !candidate.host().contains(QLatin1Char('.'))) {
        *errorMessage
            = tr("\"%1\" is not a web address. Enter it like https://beratung.example.org/datenschutz.")
                  .arg(text.trimmed());
        return false;
    }
    *url = candidate;
    return true;
}

bool FirstSetup::TokenDetails::isEmpty() const
{
    return appId.trimmed().isEmpty() && issuer.trimmed().isEmpty() && audience.trimmed().isEmpty()
        && appSecret.isEmpty();
}

bool FirstSetup::serverFromAddress(const QString& address, const TokenDetails& details,
                                   ServerProfile* profile, QString* errorMessage)
{
    ServerProfile candidate;
    candidate.baseUrl = SecureUrl::fromUserInput(address);
    if (!ServerProfile::validateUrl(candidate.baseUrl, errorMessage))
        return false;
    candidate.name = candidate.baseUrl.host();
    candidate.id = ServerProfile::suggestedId(candidate.name);
    candidate.auth = details.isEmpty() ? ServerProfile::AuthMode::None : ServerProfile::AuthMode::Jwt;
    candidate.appId = details.appId.trimmed();
    candidate.issuer = details.issuer.trimmed();
    candidate.audience = details.audience.trimmed();
    if (candidate.auth == ServerProfile::AuthMode::Jwt && details.appSecret.isEmpty()) {
        *errorMessage = tr("Token authentication needs the app secret too (Details for IT).");
        return false;
    }
    if (!candidate.validate(errorMessage))
        return false;
    *profile = candidate;
    return true;
}
