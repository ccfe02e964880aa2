#pragma once

#include "core/invite/SendResult.h"
#include "core/invite/SmsSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

// Sends the password message through an HTTP SMS gateway. Every provider is described by the
// same kind of definition (URL, authentication, encoding, field names, recipient format and the
// rule that tells success): built-in presets (sms-presets.json) for seven.io, GatewayAPI (EU),
// sipgate, MessageBird, Twilio and Vonage, or the organization's own for a custom gateway.
// Success is decided by that rule, never by the HTTP status alone: some gateways answer 200 with
// an error in the body. Request bodies, numbers and texts are never logged.
class SmsGatewayChannel : public QObject
{
    Q_OBJECT

public:
    using Result = SendResult;
    using Done = std::function<void(const Result& result)>;

    struct Request
    {
        QNetworkRequest request;
        QByteArray body;
    };

    SmsGatewayChannel(const SmsSettings& settings, QNetworkAccessManager& network, QObject* parent = nullptr);

    static QStringList presetIds();
    static QJsonObject preset(const QString& provider);
    static QString displayName(const QString& provider);
    // Providers outside the EU need a data-processing agreement and a transfer basis; say so.
    static bool isEuBased(const QString& provider);
    static QString nonEuNote(const QString& provider);

    // The gateway's definition: the preset, or the custom one from the settings.
    static std::optional<QJsonObject> definition(const SmsSettings& settings, QString* errorMessage);
    // Where messages go. The gateway receives its credentials and room passwords, so only over https
    // (plain http only on this computer, for stand-ins in tests).
    static std::optional<QUrl> address(const SmsSettings& settings, QString* errorMessage);
    std::optional<Request> buildRequest(const QString& e164, const QString& text, const QString& secret,
                                        QString* errorMessage) const;
    Result interpret(int httpStatus, const QByteArray& body) const;

    void send(const QString& e164, const QString& text, const QString& secret, const Done& done);

    static constexpr int timeoutMs = 30000;

private:
    static QString expand(const SmsSettings& settings, const QString& value, const QString& secret);
    // A field path in the gateway's definition that Vieraugen cannot follow (or an index too large).
    static QString invalidFieldName(const QString& path);

    SmsSettings m_settings;
    QNetworkAccessManager& m_network;
};
