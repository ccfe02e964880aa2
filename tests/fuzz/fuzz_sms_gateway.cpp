// A custom SMS gateway's definition (from the settings or a provisioning file) and what that
// gateway answers. The input is the definition as JSON, a line "----", then the answer's body.
#include "core/invite/SmsGatewayChannel.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput::ensureApplication();
    static QNetworkAccessManager network;
    const QByteArray input = FuzzInput::bytes(data, size);
    const qsizetype separator = input.indexOf("\n----\n");
    const QByteArray definition = separator < 0 ? input : input.left(separator);
    const QByteArray answer = separator < 0 ? QByteArray() : input.mid(separator + 6);

    SmsSettings settings;
    settings.provider = QStringLiteral("custom");
    settings.sender = QStringLiteral("Beratung");
    settings.account = QStringLiteral("account");
    settings.gateway = QJsonDocument::fromJson(definition).object();
    SmsGatewayChannel channel(settings, network);
    QString error;
    channel.buildRequest(QStringLiteral("+4915123456789"), QStringLiteral("Kennwort: 1234"),
                         QStringLiteral("secret"), &error);
    for (const int status : { 200, 400 })
        channel.interpret(status, answer);
    return 0;
}
