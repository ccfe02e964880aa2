#pragma once

#include <QUrl>

// Addresses that receive passwords, tokens or clients' data (Jitsi servers, SMS gateways) are
// reached over https only; plain http is allowed to this computer alone, where tests run stand-ins.
class SecureUrl
{
public:
    static bool isEncryptedOrLocal(const QUrl& url);
};
