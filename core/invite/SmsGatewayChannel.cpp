#include "core/invite/SmsGatewayChannel.h"

#include "core/base/Logging.h"
#include "core/base/SecureUrl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
const QJsonObject& presets()
{
    static const QJsonObject all = [] {
        QFile file(QStringLiteral(":/invite/sms-presets.json"));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return all;
}

// Gateways put a message into the first element of a list ("messages[0].to"). A field path with a
// larger index is a mistake, and an index like [2147483647] would make us build a list that long.
constexpr int maximumPathIndex = 15;

struct PathStep
{
    QString key;
    int index = -1; // "[0]"
    bool append = false; // "[]"
};

QList<PathStep> parsePath(const QString& path)
{
    static const QRegularExpression step(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d*)\\])?$"));
    QList<PathStep> steps;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch match = step.match(part);
        if (!match.hasMatch())
            return {};
        PathStep parsed { match.captured(1) };
        if (match.capturedLength(2) > 0) {
            bool isNumber = false;
            parsed.index = match.captured(2).toInt(&isNumber);
            if (!isNumber || parsed.index > maximumPathIndex)
                return {};
        } else if (part.endsWith(QLatin1String("[]"))) {
            parsed.append = true;
        }
        steps.append(parsed);
    }
    return steps;
}

QJsonValue withValue(const QJsonValue& node, QList<PathStep> steps, const QJsonValue& value)
{
    if (steps.isEmpty())
        return value;
    const PathStep step = steps.takeFirst();
    QJsonObject object = node.toObject();
    if (step.index < 0 && !step.append) {
        object.insert(step.key, withValue(object.value(step.key), steps, value));
        return object;
    }
    QJsonArray array = object.value(step.key).toArray();
    const int at = step.append ? int(array.size()) : step.index;
    while (array.size() <= at)
        array.append(QJsonValue());
    array[at] = withValue(array.at(at), steps, value);
    object.insert(step.key, array);
    return object;
}

QJsonValue valueAt(const QJsonValue& node, const QList<PathStep>& steps)
{
    QJsonValue current = node;
    for (const PathStep& step : steps) {
        current = current.toObject().value(step.key);
        if (step.index >= 0)
            current = current.toArray().at(step.index);
    }
    return current;
}
} // namespace

SmsGatewayChannel::SmsGatewayChannel(const SmsSettings& settings, QNetworkAccessManager& network,
                                     QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(network)
{ }

QStringList SmsGatewayChannel::presetIds()
{
    return presets().keys();
}

QJsonObject SmsGatewayChannel::preset(const QString& provider)
{
    return presets().value(provider).toObject();
}

QString SmsGatewayChannel::displayName(const QString& provider)
{
    const QString name = preset(provider).value(QLatin1String("name")).toString();
    return name.isEmpty() ? provider : name;
}

bool SmsGatewayChannel::isEuBased(const QString& provider)
{
    return preset(provider).value(QLatin1String("eu")).toBool(false);
}

QString SmsGatewayChannel::nonEuNote(const QString& provider)
{
    return tr("%1 is not based in the EU. Your organization needs a data-processing agreement with it and a "
              "legal "
              "basis for transferring data outside the EU.")
        .arg(displayName(provider));
}

std::optional<QJsonObject> SmsGatewayChannel::definition(const SmsSettings& settings, QString* errorMessage)
{
    if (settings.provider == QLatin1String("custom")) {
        if (settings.gateway.value(QLatin1String("url")).toString().isEmpty()) {
            *errorMessage
                = tr("The custom SMS gateway has no address. Complete its definition in the settings.");
            return std::nullopt;
        }
        return settings.gateway;
    }
    const QJsonObject found = preset(settings.provider);
    if (found.isEmpty()) {
        *errorMessage = settings.provider.isEmpty()
            ? tr("No SMS gateway is set up. Set one up under Settings → Invitations, or read the password "
                 "out on "
                 "the phone.")
            : tr("\"%1\" is not an SMS gateway Vieraugen knows.").arg(settings.provider);
        return std::nullopt;
    }
    return found;
}

QString SmsGatewayChannel::invalidFieldName(const QString& path)
{
    return tr("The SMS gateway's field \"%1\" is not a valid name.").arg(path);
}

QString SmsGatewayChannel::expand(const SmsSettings& settings, const QString& value, const QString& secret)
{
    return QString(value)
        .replace(QLatin1String("{account}"), settings.account)
        .replace(QLatin1String("{extension}"), settings.extension)
        .replace(QLatin1String("{secret}"), secret);
}

std::optional<QUrl> SmsGatewayChannel::address(const SmsSettings& settings, QString* errorMessage)
{
    const std::optional<QJsonObject> gateway = definition(settings, errorMessage);
    if (!gateway)
        return std::nullopt;
    const QUrl url = settings.endpoint.isValid() && !settings.endpoint.isEmpty()
        ? settings.endpoint
        : QUrl(expand(settings, gateway->value(QLatin1String("url")).toString(), {}));
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        *errorMessage = tr("The SMS gateway's address \"%1\" is not a web address without user name and "
                           "password, like https://sms.example.org/send.")
                            .arg(url.toString(QUrl::RemoveUserInfo));
        return std::nullopt;
    }
    if (!SecureUrl::isEncryptedOrLocal(url)) {
        *errorMessage = tr("The SMS gateway %1 must be reached over https: its credentials and room "
                           "passwords are never sent unencrypted.")
                            .arg(url.host());
        return std::nullopt;
    }
    return url;
}

std::optional<SmsGatewayChannel::Request> SmsGatewayChannel::buildRequest(const QString& e164,
                                                                          const QString& text,
                                                                          const QString& secret,
                                                                          QString* errorMessage) const
{
    const std::optional<QJsonObject> gateway = definition(m_settings, errorMessage);
    const std::optional<QUrl> url = address(m_settings, errorMessage);
    if (!gateway || !url)
        return std::nullopt;

    QJsonValue recipient;
    const QString format = gateway->value(QLatin1String("recipient")).toString(QStringLiteral("e164_plus"));
    const QString digits = QString(e164).remove(QLatin1Char('+'));
    if (format == QLatin1String("integer"))
        recipient = double(digits.toLongLong());
    else if (format == QLatin1String("e164_digits"))
        recipient = digits;
    else
        recipient = e164;

    QList<std::pair<QString, QJsonValue>> fields;
    const QJsonObject names = gateway->value(QLatin1String("fields")).toObject();
    fields.append({ names.value(QLatin1String("to")).toString(), recipient });
    fields.append({ names.value(QLatin1String("text")).toString(), text });
    if (!m_settings.sender.isEmpty() && names.contains(QLatin1String("from")))
        fields.append({ names.value(QLatin1String("from")).toString(), m_settings.sender });
    const QJsonObject fixed = gateway->value(QLatin1String("static")).toObject();
    for (auto it = fixed.constBegin(); it != fixed.constEnd(); ++it)
        fields.append({ it.key(),
                        it.value().isString() ? QJsonValue(expand(m_settings, it.value().toString(), {}))
                                              : it.value() });

    Request result;
    result.request = QNetworkRequest(*url);
    result.request.setTransferTimeout(timeoutMs);
    result.request.setRawHeader("Accept", "application/json");
    const QJsonObject auth = gateway->value(QLatin1String("auth")).toObject();
    const QString authType = auth.value(QLatin1String("type")).toString();
    if (authType == QLatin1String("header")) {
        result.request.setRawHeader(
            auth.value(QLatin1String("name")).toString().toUtf8(),
            expand(m_settings, auth.value(QLatin1String("value")).toString(), secret).toUtf8());
    } else if (authType == QLatin1String("basic")) {
        const QByteArray pair
            = expand(m_settings, auth.value(QLatin1String("user")).toString(), secret).toUtf8() + ':'
            + expand(m_settings, auth.value(QLatin1String("password")).toString(), secret).toUtf8();
        result.request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    } else if (authType == QLatin1String("params")) {
        fields.append({ auth.value(QLatin1String("user")).toString(), m_settings.account });
        fields.append({ auth.value(QLatin1String("password")).toString(), secret });
    }

    if (gateway->value(QLatin1String("encoding")).toString() == QLatin1String("form")) {
        QUrlQuery form;
        for (const auto& [name, value] : std::as_const(fields))
            form.addQueryItem(name, value.isString() ? value.toString() : value.toVariant().toString());
        result.request.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/x-www-form-urlencoded"));
        // '+' in numbers and texts must arrive as '+', not as a space.
        result.body
            = form.toString(QUrl::FullyEncoded).replace(QLatin1Char('+'), QLatin1String("%2B")).toUtf8();
    } else {
        QJsonValue document = QJsonObject();
        for (const auto& [name, value] : std::as_const(fields)) {
            const QList<PathStep> steps = parsePath(name);
            if (steps.isEmpty()) {
                *errorMessage = invalidFieldName(name);
                return std::nullopt;
            }
            document = withValue(document, steps, value);
        }
        result.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        result.body = QJsonDocument(document.toObject()).toJson(QJsonDocument::Compact);
    }
    return result;
}

SmsGatewayChannel::Result SmsGatewayChannel::interpret(int httpStatus, const QByteArray& body) const
{
    QString ignored;
    const QJsonObject gateway = definition(m_settings, &ignored).value_or(QJsonObject());
    const QString provider = displayName(m_settings.provider);
    if (httpStatus == 401 || httpStatus == 403)
        return {
            false, false,
            tr("%1 refused the credentials (HTTP %2). Check the SMS settings.").arg(provider).arg(httpStatus)
        };
    if (httpStatus == 429 || httpStatus >= 500)
        return { false, true,
                 tr("%1 cannot take the message right now (HTTP %2). It waits in the outbox for another try.")
                     .arg(provider)
                     .arg(httpStatus) };
    const QJsonObject success = gateway.value(QLatin1String("success")).toObject();
    const QJsonArray range = success.value(QLatin1String("status")).toArray({ 200, 299 });
    if (httpStatus < range.at(0).toInt() || httpStatus > range.at(1).toInt())
        return { false, false, tr("%1 did not accept the message (HTTP %2).").arg(provider).arg(httpStatus) };
    const QString path = success.value(QLatin1String("path")).toString();
    if (!path.isEmpty()) {
        const QList<PathStep> steps = parsePath(path);
        if (steps.isEmpty())
            return { false, false, invalidFieldName(path) };
        const QJsonValue found = valueAt(QJsonDocument::fromJson(body).object(), steps);
        const QJsonValue expected = success.value(QLatin1String("equals"));
        const QString foundText = found.isString() ? found.toString() : found.toVariant().toString();
        const bool matches = expected.isUndefined() ? !found.isUndefined() && !found.isNull()
                                                    : foundText == expected.toVariant().toString();
        if (!matches)
            return { false, false,
                     tr("%1 answered that the message was not sent (%2: %3). Check the number and the SMS "
                        "settings.")
                         .arg(provider, path, foundText.isEmpty() ? tr("missing") : foundText) };
    }
    return { true, false, {} };
}

void SmsGatewayChannel::send(const QString& e164, const QString& text, const QString& secret,
                             const Done& done)
{
    QString error;
    const std::optional<Request> request = buildRequest(e164, text, secret, &error);
    if (!request) {
        QMetaObject::invokeMethod(
            this,
            [done, error] {
                done({ false, false, error });
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkReply* reply = m_network.post(request->request, request->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Result result;
        if (status == 0) {
            result = {
                false, true,
                tr("The SMS gateway %1 cannot be reached right now (%2). The message waits in the outbox for "
                   "another try.")
                    .arg(displayName(m_settings.provider), reply->errorString())
            };
        } else {
            result = interpret(status, reply->readAll());
        }
        qCInfo(lcInvite) << "sms via" << m_settings.provider << (result.ok ? "sent" : "failed") << "http"
                         << status;
        done(result);
    });
}
