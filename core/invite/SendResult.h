#pragma once

#include <QString>

// How sending one message went, alike for every way Vieraugen sends itself (SMTP, SMS gateway).
struct SendResult
{
    bool ok = false;
    // Worth trying again later (server unreachable, temporary refusal); false for wrong settings
    // or credentials, which need the user.
    bool retryable = false;
    QString errorMessage;
};
