#pragma once

#include "core/meeting/ServerProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class AppointmentStore;
class Settings;

// What the first-start assistant decides without a screen: whether to offer it, and how the
// counselor's typing becomes a privacy-notice link and a server profile.
class FirstSetup
{
    Q_DECLARE_TR_FUNCTIONS(FirstSetup)

public:
    // Offered once, on a new installation: not finished or skipped before, and nothing planned or set
    // up from an earlier version (people who already work with Vieraugen are not interrupted).
    static bool shouldOffer(const Settings& settings, const AppointmentStore& appointments);

    // "beratung.example/datenschutz" becomes https://…; an address typed with its scheme keeps it.
    // Empty input is no link (and no error).
    static bool privacyNoticeFromInput(const QString& text, QUrl* url, QString* errorMessage);

    // What IT knows about token authentication; all empty means the server has none.
    struct TokenDetails
    {
        QString appId;
        QString issuer;
        QString audience;
        QString appSecret;

        bool isEmpty() const;
    };
    // A server profile from the address the counselor typed (https unless given), named after its
    // host. Fails with a message the counselor can act on.
    static bool serverFromAddress(const QString& address, const TokenDetails& details, ServerProfile* profile,
                                  QString* errorMessage);
};
