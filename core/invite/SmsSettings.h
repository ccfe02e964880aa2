#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// Which SMS gateway carries room passwords. The provider's secret credential (API key, auth token,
// API secret) is in the keychain (owner "sms", name "secret"); the rest is not secret.
struct SmsSettings
{
    QString provider; // seven, gatewayapi, sipgate, messagebird, twilio, vonage
    QString sender;
    // The non-secret half of two-part credentials: Twilio's Account SID, sipgate's token id,
    // Vonage's API key.
    QString account;
    // sipgate's web-SMS extension, e.g. "s0".
    QString extension;
    // Replaces the preset's address, for gateways behind a proxy.
    QUrl endpoint;
    // For provider "custom": the gateway's definition, in the form of the presets in
    // sms-presets.json (url, auth, encoding, fields, static, recipient, success).
    QJsonObject gateway;

    static constexpr const char* secretOwner = "sms";
    static constexpr const char* secretName = "secret";

    bool isConfigured() const { return !provider.isEmpty(); }

    friend bool operator==(const SmsSettings&, const SmsSettings&) = default;
};
