#include "core/settings/Provisioner.h"

#include "core/base/Logging.h"
#include "core/base/SecureUrl.h"
#include "core/invite/SmsGatewayChannel.h"
#include "core/secrets/SecretStore.h"
#include "core/secrets/TeamKey.h"
#include "core/settings/ServerProfileService.h"
#include "core/settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <memory>

namespace {

bool onlyKnownKeys(const QJsonObject& object, const QStringList& known, const QString& where,
                   QString* errorMessage)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *errorMessage = Provisioner::tr("%1: unknown field \"%2\". Known fields: %3.")
                                .arg(where, it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

// The fields that hold secrets, which may be longer than the others.
bool isSecretField(const QString& key)
{
    static const QStringList secretFields
        = { QStringLiteral("appSecret"), QStringLiteral("password"),  QStringLiteral("secret"),
            QStringLiteral("apiKey"),    QStringLiteral("authToken"), QStringLiteral("token"),
            QStringLiteral("apiSecret") };
    return secretFields.contains(key);
}

// Every text in the file, at any depth, within its limit; the message names the field (never its
// value, which may be a secret).
bool withinFieldLimits(const QJsonValue& value, const QString& where, const QString& key,
                       QString* errorMessage)
{
    if (value.isString()) {
        const int limit
            = isSecretField(key) ? Provisioner::maximumSecretCharacters : Provisioner::maximumFieldCharacters;
        if (value.toString().size() <= limit)
            return true;
        *errorMessage
            = Provisioner::tr("%1: \"%2\" is longer than %n characters.", nullptr, limit).arg(where, key);
        return false;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            if (!withinFieldLimits(array.at(index), where, key, errorMessage))
                return false;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!withinFieldLimits(it.value(), where, it.key(), errorMessage))
                return false;
        }
    }
    return true;
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

struct SmsCredentialFields
{
    const char* provider;
    const char* accountField; // nullptr: the provider needs only the secret
    const char* secretField;
};

// Each gateway names its credentials its own way; admins copy them from the provider's portal.
constexpr SmsCredentialFields smsCredentialFields[] = {
    { "seven", nullptr, "apiKey" },
    { "gatewayapi", nullptr, "apiKey" },
    { "messagebird", nullptr, "apiKey" },
    { "twilio", "accountSid", "authToken" },
    { "sipgate", "tokenId", "token" },
    { "vonage", "apiKey", "apiSecret" },
    // The organization's own gateway, described in "gateway" like the built-in presets.
    { "custom", "account", "secret" },
};

} // namespace

bool Provisioner::Plan::hasSecrets() const
{
    return !appSecrets.isEmpty() || !smtpPassword.isEmpty() || !smsSecret.isEmpty()
        || !calendarPasswords.isEmpty() || !teamKey.isEmpty();
}

Provisioner::Provisioner(Settings& settings, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_profiles(new ServerProfileService(settings, secrets, this))
{ }

bool Provisioner::parse(const QByteArray& json, Plan* plan, QString* errorMessage) const
{
    if (json.size() > maximumFileBytes) {
        *errorMessage = tooLarge();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        *errorMessage = tr("line %1: %2").arg(line).arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *errorMessage = tr("the file must contain one JSON object with \"servers\", \"smtp\", \"sms\" and/or "
                           "\"updates\".");
        return false;
    }
    const QJsonObject root = document.object();
    *plan = Plan();
    const QJsonArray servers = root.value(QLatin1String("servers")).toArray();
    if (servers.size() > maximumServers) {
        *errorMessage = tr("\"servers\" lists more than %n servers.", nullptr, maximumServers);
        return false;
    }
    for (qsizetype index = 0; index < servers.size(); ++index) {
        if (!withinFieldLimits(servers.at(index), tr("server %1").arg(index + 1), QStringLiteral("servers"),
                               errorMessage))
            return false;
    }
    if (!withinFieldLimits(root.value(QLatin1String("smtp")), QStringLiteral("smtp"), QStringLiteral("smtp"),
                           errorMessage)
        || !withinFieldLimits(root.value(QLatin1String("sms")), QStringLiteral("sms"), QStringLiteral("sms"),
                              errorMessage))
        return false;
    for (const char* part : { "updates", "calendarAccounts", "teamKey" }) {
        if (!withinFieldLimits(root.value(QLatin1String(part)), QLatin1String(part), QLatin1String(part),
                               errorMessage))
            return false;
    }
    if (!onlyKnownKeys(root,
                       { QStringLiteral("servers"), QStringLiteral("smtp"), QStringLiteral("sms"),
                         QStringLiteral("updates"), QStringLiteral("calendarAccounts"),
                         QStringLiteral("teamKey") },
                       tr("top level"), errorMessage)
        || !parseServers(root.value(QLatin1String("servers")), plan, errorMessage)
        || !parseSmtp(root.value(QLatin1String("smtp")), plan, errorMessage)
        || !parseSms(root.value(QLatin1String("sms")), plan, errorMessage)
        || !parseUpdates(root.value(QLatin1String("updates")), plan, errorMessage)
        || !parseCalendarAccounts(root.value(QLatin1String("calendarAccounts")), plan, errorMessage))
        return false;
    plan->teamKey = root.value(QLatin1String("teamKey")).toString().trimmed();
    if (!plan->teamKey.isEmpty() && !TeamKey::isWellFormed(plan->teamKey)) {
        *errorMessage
            = tr("\"teamKey\" must be %1 random bytes in base64, e.g. from \"openssl rand -base64 %1\".")
                  .arg(TeamKey::keyBytes);
        return false;
    }
    return true;
}

bool Provisioner::parseFile(const QString& path, Plan* plan, QString* errorMessage) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // Read one byte beyond the limit, so that a larger file is refused without being read whole.
    if (parse(file.read(maximumFileBytes + 1), plan, errorMessage))
        return true;
    *errorMessage = QDir::toNativeSeparators(path) + QStringLiteral(": ") + *errorMessage;
    return false;
}

bool Provisioner::parseServers(const QJsonValue& value, Plan* plan, QString* errorMessage) const
{
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *errorMessage = tr("\"servers\" must be a list.");
        return false;
    }
    const QStringList known = { QStringLiteral("id"),
                                QStringLiteral("name"),
                                QStringLiteral("url"),
                                QStringLiteral("auth"),
                                QStringLiteral("appId"),
                                QStringLiteral("issuer"),
                                QStringLiteral("audience"),
                                QStringLiteral("subject"),
                                QStringLiteral("appSecret"),
                                QStringLiteral("backup"),
                                QStringLiteral("default"),
                                QStringLiteral("roomSecurityInToken"),
                                QStringLiteral("endToEndEncryption") };
    const QJsonArray servers = value.toArray();
    QSet<QString> ids;
    for (int index = 0; index < servers.size(); ++index) {
        const QString where = tr("server %1").arg(index + 1);
        const QJsonObject object = servers.at(index).toObject();
        if (!servers.at(index).isObject() || !onlyKnownKeys(object, known, where, errorMessage)) {
            if (!servers.at(index).isObject())
                *errorMessage = tr("%1 must be an object.").arg(where);
            return false;
        }
        ServerProfile profile;
        profile.id = text(object, "id");
        profile.name = text(object, "name");
        profile.baseUrl = QUrl(text(object, "url"));
        const QString auth
            = object.contains(QLatin1String("auth")) ? text(object, "auth") : QStringLiteral("jwt");
        if (!ServerProfile::parseAuthMode(auth, &profile.auth)) {
            *errorMessage = tr("%1: \"auth\" must be \"jwt\" or \"none\".").arg(where);
            return false;
        }
        profile.appId = text(object, "appId");
        profile.issuer = text(object, "issuer");
        profile.audience = text(object, "audience");
        profile.subject = text(object, "subject");
        profile.backupProfileId = text(object, "backup");
        profile.roomSecurityInToken = object.value(QLatin1String("roomSecurityInToken")).toBool(false);
        profile.endToEndEncryption = object.value(QLatin1String("endToEndEncryption")).toBool(true);
        QString problem;
        if (!profile.validate(&problem)) {
            *errorMessage = where + QStringLiteral(": ") + problem;
            return false;
        }
        if (ids.contains(profile.id)) {
            *errorMessage = tr("%1: the id \"%2\" is used twice.").arg(where, profile.id);
            return false;
        }
        ids.insert(profile.id);
        const QString secret = object.value(QLatin1String("appSecret")).toString();
        if (!secret.isEmpty())
            plan->appSecrets.insert(profile.id, secret);
        if (object.value(QLatin1String("default")).toBool())
            plan->defaultServer = profile.id;
        plan->servers.append(profile);
    }
    for (const ServerProfile& profile : std::as_const(plan->servers)) {
        if (!profile.backupProfileId.isEmpty() && !ids.contains(profile.backupProfileId)
            && !m_settings.serverProfile(profile.backupProfileId)) {
            *errorMessage = tr("server %1: its backup \"%2\" is neither in the file nor configured.")
                                .arg(profile.id, profile.backupProfileId);
            return false;
        }
    }
    return true;
}

// "updates": {"feed": "https://…"} switches Help → Check for Updates on; "feed": "" off again.
bool Provisioner::parseUpdates(const QJsonValue& value, Plan* plan, QString* errorMessage) const
{
    if (value.isUndefined())
        return true;
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        *errorMessage = tr("\"updates\" must be an object.");
        return false;
    }
    if (!onlyKnownKeys(object, { QStringLiteral("feed") }, QStringLiteral("updates"), errorMessage))
        return false;
    const QUrl feed(text(object, "feed"));
    if (!feed.isEmpty() && !(feed.isValid() && SecureUrl::isEncryptedOrLocal(feed))) {
        *errorMessage = tr("updates: \"feed\" must be an https address.");
        return false;
    }
    plan->updateFeed = feed;
    return true;
}

bool Provisioner::parseSmtp(const QJsonValue& value, Plan* plan, QString* errorMessage) const
{
    if (value.isUndefined())
        return true;
    const QJsonObject object = value.toObject();
    if (!value.isObject()
        || !onlyKnownKeys(object,
                          { QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security"),
                            QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("from"),
                            QStringLiteral("caFile") },
                          QStringLiteral("smtp"), errorMessage)) {
        if (!value.isObject())
            *errorMessage = tr("\"smtp\" must be an object.");
        return false;
    }
    SmtpSettings smtp;
    smtp.host = text(object, "host");
    smtp.user = text(object, "user");
    smtp.from = text(object, "from");
    smtp.caFile = text(object, "caFile");
    if (object.contains(QLatin1String("security"))
        && !SmtpSettings::parseSecurity(text(object, "security"), &smtp.security)) {
        *errorMessage
            = tr("smtp: \"security\" must be \"starttls\" or \"tls\"; mail is never sent unencrypted.");
        return false;
    }
    smtp.port = object.value(QLatin1String("port"))
                    .toInt(smtp.security == SmtpSettings::Security::ImplicitTls ? 465 : 587);
    if (smtp.host.isEmpty() || smtp.from.isEmpty() || smtp.port <= 0 || smtp.port > 65535) {
        *errorMessage = tr("smtp: \"host\", \"from\" and a port between 1 and 65535 are needed.");
        return false;
    }
    plan->smtp = smtp;
    plan->smtpPassword = object.value(QLatin1String("password")).toString();
    return true;
}

bool Provisioner::parseSms(const QJsonValue& value, Plan* plan, QString* errorMessage) const
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *errorMessage = tr("\"sms\" must be an object.");
        return false;
    }
    const QJsonObject object = value.toObject();
    SmsSettings sms;
    sms.provider = text(object, "provider").toLower();
    const SmsCredentialFields* fields = nullptr;
    QStringList providers;
    for (const SmsCredentialFields& candidate : smsCredentialFields) {
        providers.append(QLatin1String(candidate.provider));
        if (sms.provider == QLatin1String(candidate.provider))
            fields = &candidate;
    }
    if (!fields) {
        *errorMessage = tr("sms: \"provider\" must be one of %1.").arg(providers.join(QStringLiteral(", ")));
        return false;
    }
    if (sms.provider == QLatin1String("custom"))
        sms.account = text(object, "account");
    QStringList known = { QStringLiteral("provider"), QStringLiteral("sender"), QStringLiteral("endpoint"),
                          QLatin1String(fields->secretField) };
    if (fields->accountField)
        known.append(QLatin1String(fields->accountField));
    if (sms.provider == QLatin1String("sipgate"))
        known.append(QStringLiteral("extension"));
    if (sms.provider == QLatin1String("custom"))
        known.append(QStringLiteral("gateway"));
    if (!onlyKnownKeys(object, known, QStringLiteral("sms (%1)").arg(sms.provider), errorMessage))
        return false;
    sms.sender = text(object, "sender");
    sms.extension = text(object, "extension");
    sms.gateway = object.value(QLatin1String("gateway")).toObject();
    if (sms.provider == QLatin1String("custom")
        && sms.gateway.value(QLatin1String("url")).toString().isEmpty()) {
        *errorMessage = tr("sms (custom): \"gateway\" must describe the gateway, at least its \"url\".");
        return false;
    }
    if (fields->accountField && sms.provider != QLatin1String("custom")) {
        sms.account = object.value(QLatin1String(fields->accountField)).toString().trimmed();
        if (sms.account.isEmpty()) {
            *errorMessage
                = tr("sms (%1): \"%2\" is needed.").arg(sms.provider, QLatin1String(fields->accountField));
            return false;
        }
    }
    if (object.contains(QLatin1String("endpoint")))
        sms.endpoint = QUrl(text(object, "endpoint"));
    QString problem;
    if (!SmsGatewayChannel::address(sms, &problem)) {
        *errorMessage = QStringLiteral("sms (%1): ").arg(sms.provider) + problem;
        return false;
    }
    plan->sms = sms;
    plan->smsSecret = object.value(QLatin1String(fields->secretField)).toString();
    return true;
}

bool Provisioner::parseCalendarAccounts(const QJsonValue& value, Plan* plan, QString* errorMessage) const
{
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *errorMessage = tr("\"calendarAccounts\" must be a list.");
        return false;
    }
    const QJsonArray accounts = value.toArray();
    for (int index = 0; index < accounts.size(); ++index) {
        const QString where = tr("calendar account %1").arg(index + 1);
        const QJsonObject object = accounts.at(index).toObject();
        if (!accounts.at(index).isObject()
            || !onlyKnownKeys(object,
                              { QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("user"),
                                QStringLiteral("name"), QStringLiteral("password") },
                              where, errorMessage)) {
            if (!accounts.at(index).isObject())
                *errorMessage = tr("%1 must be an object.").arg(where);
            return false;
        }
        CalDavAccount account;
        account.id = text(object, "id");
        account.serverUrl = QUrl(text(object, "url"));
        account.user = text(object, "user");
        account.displayName = text(object, "name");
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]{1,40}$"));
        if (!idPattern.match(account.id).hasMatch() || account.user.isEmpty()
            || !SecureUrl::isEncryptedOrLocal(account.serverUrl) || account.serverUrl.host().isEmpty()) {
            *errorMessage
                = tr("%1: \"id\" (lower-case letters, digits and -), \"user\" and an https \"url\" are "
                     "needed.")
                      .arg(where);
            return false;
        }
        for (const CalDavAccount& earlier : std::as_const(plan->calendarAccounts)) {
            if (earlier.id == account.id) {
                *errorMessage = tr("%1: the id \"%2\" is used twice.").arg(where, account.id);
                return false;
            }
        }
        const QString password = object.value(QLatin1String("password")).toString();
        if (!password.isEmpty())
            plan->calendarPasswords.insert(account.id, password);
        plan->calendarAccounts.append(account);
    }
    return true;
}

QString Provisioner::tooLarge()
{
    return tr("the file is larger than %1 MB; a provisioning file describes servers and channels in a few "
              "kilobytes.")
        .arg(maximumFileBytes / (1024 * 1024));
}

void Provisioner::apply(const Plan& plan)
{
    if (!plan.hasSecrets()) {
        // Deferred like every other path, so a caller that waits for finished() hears it.
        QTimer::singleShot(0, this, [this, plan] { applyAll(plan); });
        return;
    }
    // Find out first whether the keychain works, so a half-applied file cannot happen.
    SecretReply* probe = m_secrets.probe();
    connect(probe, &SecretReply::finished, this, [this, probe, plan] {
        if (!probe->ok()) {
            Q_EMIT finished(false, {}, probe->errorString());
            return;
        }
        applyAll(plan);
    });
}

void Provisioner::applyAll(const Plan& plan)
{
    struct Progress
    {
        QStringList lines;
        QStringList errors;
        int pending = 0;
    };
    auto progress = std::make_shared<Progress>();
    // Without a choice in the file, the first server listed becomes the default, unless one is set.
    QString defaultServer = plan.defaultServer;
    if (defaultServer.isEmpty() && m_settings.defaultServerProfileId().isEmpty() && !plan.servers.isEmpty())
        defaultServer = plan.servers.first().id;
    m_settings.deferWriting();
    const auto finishOne = [this, progress, defaultServer] {
        if (--progress->pending == 0) {
            if (!defaultServer.isEmpty() && m_settings.serverProfile(defaultServer))
                m_settings.setDefaultServerProfileId(defaultServer);
            m_settings.endDeferredWriting();
            progress->lines.removeAll(QString());
            Q_EMIT finished(progress->errors.isEmpty(), progress->lines,
                            progress->errors.join(QLatin1Char('\n')));
        }
    };
    const auto track = [progress](const QString& pendingLine) {
        progress->lines.append(pendingLine);
        ++progress->pending;
        return progress->lines.size() - 1;
    };
    ++progress->pending; // held until every request below is issued

    for (const ServerProfile& profile : plan.servers) {
        const std::optional<ServerProfile> existing = m_settings.serverProfile(profile.id);
        const QString change
            = !existing ? tr("created") : (*existing == profile ? tr("unchanged") : tr("updated"));
        const QString secret = plan.appSecrets.value(profile.id);
        const qsizetype line = track(QString());
        m_profiles->save(profile, secret,
                         [progress, line, profile, change, secret, finishOne](bool ok, const QString& error) {
                             if (ok) {
                                 progress->lines[line]
                                     = tr("Server \"%1\" (%2): %3").arg(profile.name, profile.id, change);
                                 if (!secret.isEmpty())
                                     progress->lines[line] += QLatin1Char('\n')
                                         + tr("App secret for %1: stored in the keychain").arg(profile.id);
                             } else {
                                 progress->errors.append(tr("Server %1: %2").arg(profile.id, error));
                             }
                             finishOne();
                         });
        if (profile.auth == ServerProfile::AuthMode::Jwt && secret.isEmpty()
            && !m_profiles->hasAppSecret(profile.id))
            progress->lines.append(
                tr("Warning: server %1 uses token authentication but has no app secret yet; "
                   "enter it in Settings.")
                    .arg(profile.id));
    }

    const auto storeChannel = [this, &track, progress, finishOne](
                                  const QString& label, const char* owner, const char* name,
                                  const QString& secret, const std::function<QString()>& saveSettings) {
        const qsizetype line = track(QString());
        const auto done
            = [progress, line, label, secret, finishOne, saveSettings](bool ok, const QString& error) {
                  const QString problem = ok ? saveSettings() : error;
                  if (problem.isEmpty()) {
                      progress->lines[line] = tr("%1: updated").arg(label);
                      if (!secret.isEmpty())
                          progress->lines[line]
                              += QLatin1Char('\n') + tr("%1 secret: stored in the keychain").arg(label);
                  } else {
                      progress->errors.append(label + QStringLiteral(": ") + problem);
                  }
                  finishOne();
              };
        if (secret.isEmpty()) {
            done(true, QString());
            return;
        }
        SecretReply* reply = m_secrets.write(QLatin1String(owner), QLatin1String(name), secret);
        connect(reply, &SecretReply::finished, this,
                [reply, done] { done(reply->ok(), reply->errorString()); });
    };
    // A channel whose secret is neither in the file nor stored is set up, and the report says so.
    const auto noteMissingSecret = [this, progress](const QString& label, const char* owner, const char* name,
                                                    const QString& secret) {
        if (secret.isEmpty() && !m_secrets.contains(QLatin1String(owner), QLatin1String(name)))
            progress->lines.append(tr("Note: %1 has no secret in the file and none is stored yet; enter it "
                                      "in Settings before sending invitations.")
                                       .arg(label));
    };
    if (plan.smtp) {
        const SmtpSettings smtp = *plan.smtp;
        storeChannel(QStringLiteral("SMTP"), SmtpSettings::secretOwner, SmtpSettings::passwordName,
                     plan.smtpPassword, [this, smtp] {
                         m_settings.setSmtp(smtp);
                         return QString();
                     });
        if (!smtp.user.isEmpty())
            noteMissingSecret(QStringLiteral("SMTP"), SmtpSettings::secretOwner, SmtpSettings::passwordName,
                              plan.smtpPassword);
    }
    if (plan.sms) {
        const SmsSettings sms = *plan.sms;
        const QString label = QStringLiteral("SMS (%1)").arg(sms.provider);
        storeChannel(label, SmsSettings::secretOwner, SmsSettings::secretName, plan.smsSecret, [this, sms] {
            QString problem;
            return m_settings.setSms(sms, &problem) ? QString() : problem;
        });
        noteMissingSecret(label, SmsSettings::secretOwner, SmsSettings::secretName, plan.smsSecret);
    }
    if (plan.updateFeed) {
        m_settings.setUpdateFeedUrl(*plan.updateFeed);
        progress->lines.append(plan.updateFeed->isEmpty()
                                   ? tr("Update check: off")
                                   : tr("Update check: %1").arg(plan.updateFeed->toDisplayString()));
    }
    for (const CalDavAccount& account : plan.calendarAccounts) {
        const QString password = plan.calendarPasswords.value(account.id);
        const QString label = tr("Calendar account %1").arg(account.id);
        storeChannel(label, qPrintable(account.secretOwner()), CalDavAccount::passwordName, password,
                     [] { return QString(); });
        noteMissingSecret(label, qPrintable(account.secretOwner()), CalDavAccount::passwordName, password);
    }
    if (!plan.teamKey.isEmpty())
        storeChannel(tr("Team key"), TeamKey::owner, TeamKey::name, plan.teamKey, [] { return QString(); });
    qCInfo(lcSettings) << "provisioning" << plan.servers.size() << "servers";
    finishOne();
}
