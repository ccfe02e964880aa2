#pragma once

#include <QUrl>

// Addresses that receive passwords, tokens or clients' data (Jitsi servers, SMS gateways) are
// reached over https only; plain http is allowed to this computer alone, where tests run stand-ins.
class SecureUrl
{
public:
    static bool isEncryptedOrLocal(const QUrl& url);
    // An address as people type it: without a scheme ("cloud.example.org/remote.php/dav") it is
    // https. QUrl::fromUserInput would make it http, and a password or clients' data would travel
    // unencrypted, or the address be refused for it.
    static QUrl fromUserInput(const QString& text);
};
