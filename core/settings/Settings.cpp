#include "core/settings/Settings.h"

#include "core/base/DataLocation.h"
#include "core/invite/SmsGatewayChannel.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString geometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString stateKey = QStringLiteral("ui/mainWindowState");
const QString sidebarKey = QStringLiteral("ui/sidebarShown");
const QString calendarFileFolderKey = QStringLiteral("ui/calendarFileFolder");
const QString secretIndexGroup = QStringLiteral("secretIndex");

// QSettings treats '/' as a group separator; percent-encoding keeps ids with slashes intact.
QString encodedKeyPart(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

QString secretOwnerGroup(const QString& ownerId)
{
    return secretIndexGroup + QLatin1Char('/') + encodedKeyPart(ownerId);
}

QString secretIndexKey(const QString& ownerId, const QString& name)
{
    return secretOwnerGroup(ownerId) + QLatin1Char('/') + encodedKeyPart(name);
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString& iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{ }

std::unique_ptr<Settings> Settings::forDataFolder(const DataLocation& location)
{
    if (location.isUsual())
        return std::make_unique<Settings>();
    auto settings = std::make_unique<Settings>(location.settingsFile());
    settings->m_ownSecretNamespace = true;
    return settings;
}

QString Settings::secretNamespace()
{
    if (!m_ownSecretNamespace)
        return {};
    const QString key = QStringLiteral("secrets/namespace");
    QString id = m_settings->value(key).toString();
    if (id.isEmpty()) {
        id = QStringLiteral("folder-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings->setValue(key, id);
        write();
    }
    return id;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::uiLanguage() const
{
    return m_settings->value(languageKey).toString();
}

void Settings::setUiLanguage(const QString& languageCode)
{
    if (languageCode.isEmpty())
        m_settings->remove(languageKey);
    else
        m_settings->setValue(languageKey, languageCode);
}

int Settings::retentionDays() const
{
    const int days = m_settings->value(QStringLiteral("privacy/retentionDays"), defaultRetentionDays).toInt();
    return days > 0 ? days : defaultRetentionDays;
}

void Settings::setRetentionDays(int days)
{
    m_settings->setValue(QStringLiteral("privacy/retentionDays"), days);
}

QString Settings::counselorName() const
{
    return m_settings->value(QStringLiteral("session/counselorName")).toString();
}

void Settings::setCounselorName(const QString& name)
{
    m_settings->setValue(QStringLiteral("session/counselorName"), name.trimmed());
}

QString Settings::organizationName() const
{
    return m_settings->value(QStringLiteral("invite/organization")).toString();
}

void Settings::setOrganizationName(const QString& name)
{
    m_settings->setValue(QStringLiteral("invite/organization"), name.trimmed());
}

QUrl Settings::privacyNoticeUrl() const
{
    return QUrl(m_settings->value(QStringLiteral("invite/privacyNotice")).toString());
}

void Settings::setPrivacyNoticeUrl(const QUrl& url)
{
    m_settings->setValue(QStringLiteral("invite/privacyNotice"), url.toString());
}

QUrl Settings::updateFeedUrl() const
{
    return QUrl(m_settings->value(QStringLiteral("updates/feed")).toString());
}

void Settings::setUpdateFeedUrl(const QUrl& url)
{
    m_settings->setValue(QStringLiteral("updates/feed"), url.toString());
}

bool Settings::setupDone() const
{
    return m_settings->value(QStringLiteral("setup/done"), false).toBool();
}

void Settings::setSetupDone(bool done)
{
    m_settings->setValue(QStringLiteral("setup/done"), done);
}

QString Settings::inviteTemplateDirectory() const
{
    return m_settings->value(QStringLiteral("invite/templateDirectory")).toString();
}

void Settings::setInviteTemplateDirectory(const QString& path)
{
    m_settings->setValue(QStringLiteral("invite/templateDirectory"), path);
}

bool Settings::reminderEmailDayBefore() const
{
    return m_settings->value(QStringLiteral("invite/reminderEmailDayBefore"), false).toBool();
}

void Settings::setReminderEmailDayBefore(bool on)
{
    m_settings->setValue(QStringLiteral("invite/reminderEmailDayBefore"), on);
}

int Settings::reminderSmsMinutesBefore() const
{
    return qMax(0, m_settings->value(QStringLiteral("invite/reminderSmsMinutes"), 0).toInt());
}

void Settings::setReminderSmsMinutesBefore(int minutes)
{
    m_settings->setValue(QStringLiteral("invite/reminderSmsMinutes"), minutes);
}

int Settings::curtainIdleMinutes() const
{
    return qMax(
        0,
        m_settings->value(QStringLiteral("privacy/curtainIdleMinutes"), defaultCurtainIdleMinutes).toInt());
}

void Settings::setCurtainIdleMinutes(int minutes)
{
    m_settings->setValue(QStringLiteral("privacy/curtainIdleMinutes"), minutes);
}

int Settings::sessionGraceMinutes() const
{
    const int minutes
        = m_settings->value(QStringLiteral("session/graceMinutes"), defaultSessionGraceMinutes).toInt();
    return minutes > 0 ? minutes : defaultSessionGraceMinutes;
}

void Settings::setSessionGraceMinutes(int minutes)
{
    m_settings->setValue(QStringLiteral("session/graceMinutes"), minutes);
}

namespace {
QString deviceKey(MediaDevice device)
{
    switch (device) {
    case MediaDevice::Camera:
        return QStringLiteral("devices/camera");
    case MediaDevice::Microphone:
        return QStringLiteral("devices/microphone");
    case MediaDevice::Speaker:
        return QStringLiteral("devices/speaker");
    }
    return {};
}
} // namespace

QString Settings::preferredDevice(MediaDevice device) const
{
    return m_settings->value(deviceKey(device)).toString();
}

void Settings::setPreferredDevice(MediaDevice device, const QString& label)
{
    if (label.isEmpty())
        m_settings->remove(deviceKey(device));
    else
        m_settings->setValue(deviceKey(device), label);
}

QDateTime Settings::remindersCheckedUntil() const
{
    const QVariant value = m_settings->value(QStringLiteral("reminders/checkedUntilUtcMs"));
    return value.isValid() ? QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC) : QDateTime();
}

void Settings::setRemindersCheckedUntil(const QDateTime& instant)
{
    m_settings->setValue(QStringLiteral("reminders/checkedUntilUtcMs"), instant.toMSecsSinceEpoch());
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

bool Settings::trayExplained() const
{
    return m_settings->value(QStringLiteral("ui/trayExplained"), false).toBool();
}

void Settings::setTrayExplained(bool explained)
{
    m_settings->setValue(QStringLiteral("ui/trayExplained"), explained);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    m_settings->setValue(stateKey, state);
}

std::optional<bool> Settings::sidebarShown() const
{
    const QVariant shown = m_settings->value(sidebarKey);
    return shown.isValid() ? std::optional<bool>(shown.toBool()) : std::nullopt;
}

void Settings::setSidebarShown(bool shown)
{
    m_settings->setValue(sidebarKey, shown);
}

QString Settings::calendarFileFolder() const
{
    return m_settings->value(calendarFileFolderKey).toString();
}

void Settings::setCalendarFileFolder(const QString& folder)
{
    m_settings->setValue(calendarFileFolderKey, folder);
}

namespace {
const QString serversGroup = QStringLiteral("servers");
const QString defaultServerKey = QStringLiteral("defaultServer");
const QString removedServersGroup = QStringLiteral("removedServers");
const QString smtpGroup = QStringLiteral("smtp");
const QString smsGroup = QStringLiteral("sms");
} // namespace

QList<ServerProfile> Settings::serverProfiles() const
{
    m_settings->beginGroup(serversGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<ServerProfile> profiles;
    for (const QString& id : ids) {
        if (const std::optional<ServerProfile> profile = serverProfile(id))
            profiles.append(*profile);
    }
    std::sort(profiles.begin(), profiles.end(), [](const ServerProfile& a, const ServerProfile& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return profiles;
}

std::optional<ServerProfile> Settings::serverProfile(const QString& id) const
{
    if (!ServerProfile::validateId(id, nullptr))
        return std::nullopt;
    m_settings->beginGroup(serversGroup + QLatin1Char('/') + id);
    std::optional<ServerProfile> result;
    if (m_settings->contains(QStringLiteral("url"))) {
        ServerProfile profile;
        profile.id = id;
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("url")).toString());
        if (!ServerProfile::parseAuthMode(m_settings->value(QStringLiteral("auth")).toString(),
                                          &profile.auth))
            profile.auth = ServerProfile::AuthMode::Jwt;
        profile.appId = m_settings->value(QStringLiteral("appId")).toString();
        profile.issuer = m_settings->value(QStringLiteral("issuer")).toString();
        profile.audience = m_settings->value(QStringLiteral("audience")).toString();
        profile.subject = m_settings->value(QStringLiteral("subject")).toString();
        profile.backupProfileId = m_settings->value(QStringLiteral("backup")).toString();
        profile.roomSecurityInToken
            = m_settings->value(QStringLiteral("roomSecurityInToken"), false).toBool();
        profile.endToEndEncryption = m_settings->value(QStringLiteral("endToEndEncryption"), true).toBool();
        result = profile;
    }
    m_settings->endGroup();
    return result;
}

void Settings::saveServerProfile(const ServerProfile& profile)
{
    m_settings->remove(serversGroup + QLatin1Char('/') + profile.id);
    m_settings->beginGroup(serversGroup + QLatin1Char('/') + profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("url"), profile.baseUrl.toString());
    m_settings->setValue(QStringLiteral("auth"), ServerProfile::authModeName(profile.auth));
    const std::pair<const char*, QString> optionalValues[] = {
        { "appId", profile.appId },
        { "issuer", profile.issuer },
        { "audience", profile.audience },
        { "subject", profile.subject },
        { "backup", profile.backupProfileId },
    };
    for (const auto& [key, value] : optionalValues) {
        if (!value.isEmpty())
            m_settings->setValue(QLatin1String(key), value);
    }
    if (profile.roomSecurityInToken)
        m_settings->setValue(QStringLiteral("roomSecurityInToken"), true);
    if (!profile.endToEndEncryption)
        m_settings->setValue(QStringLiteral("endToEndEncryption"), false);
    m_settings->endGroup();
    if (defaultServerProfileId().isEmpty())
        setDefaultServerProfileId(profile.id);
    write();
}

void Settings::removeServerProfile(const QString& id)
{
    if (!ServerProfile::validateId(id, nullptr))
        return;
    if (const std::optional<ServerProfile> removed = serverProfile(id))
        m_settings->setValue(removedServersGroup + QLatin1Char('/') + id, removed->name);
    m_settings->remove(serversGroup + QLatin1Char('/') + id);
    for (ServerProfile profile : serverProfiles()) {
        if (profile.backupProfileId == id) {
            profile.backupProfileId.clear();
            saveServerProfile(profile);
        }
    }
    if (defaultServerProfileId() == id) {
        const QList<ServerProfile> remaining = serverProfiles();
        setDefaultServerProfileId(remaining.isEmpty() ? QString() : remaining.first().id);
    }
    write();
}

QString Settings::removedServerName(const QString& id) const
{
    if (!ServerProfile::validateId(id, nullptr))
        return {};
    return m_settings->value(removedServersGroup + QLatin1Char('/') + id).toString();
}

QString Settings::defaultServerProfileId() const
{
    return m_settings->value(defaultServerKey).toString();
}

void Settings::setDefaultServerProfileId(const QString& id)
{
    if (id.isEmpty())
        m_settings->remove(defaultServerKey);
    else
        m_settings->setValue(defaultServerKey, id);
}

SmtpSettings Settings::smtp() const
{
    SmtpSettings smtp;
    m_settings->beginGroup(smtpGroup);
    smtp.host = m_settings->value(QStringLiteral("host")).toString();
    smtp.port = m_settings->value(QStringLiteral("port"), smtp.port).toInt();
    if (!SmtpSettings::parseSecurity(m_settings->value(QStringLiteral("security")).toString(),
                                     &smtp.security))
        smtp.security = SmtpSettings::Security::StartTls;
    smtp.user = m_settings->value(QStringLiteral("user")).toString();
    smtp.from = m_settings->value(QStringLiteral("from")).toString();
    smtp.caFile = m_settings->value(QStringLiteral("caFile")).toString();
    m_settings->endGroup();
    return smtp;
}

void Settings::setSmtp(const SmtpSettings& smtp)
{
    m_settings->remove(smtpGroup);
    m_settings->beginGroup(smtpGroup);
    m_settings->setValue(QStringLiteral("host"), smtp.host);
    m_settings->setValue(QStringLiteral("port"), smtp.port);
    m_settings->setValue(QStringLiteral("security"), SmtpSettings::securityName(smtp.security));
    m_settings->setValue(QStringLiteral("user"), smtp.user);
    m_settings->setValue(QStringLiteral("from"), smtp.from);
    m_settings->setValue(QStringLiteral("caFile"), smtp.caFile);
    m_settings->endGroup();
    write();
}

SmsSettings Settings::sms() const
{
    SmsSettings sms;
    m_settings->beginGroup(smsGroup);
    sms.provider = m_settings->value(QStringLiteral("provider")).toString();
    sms.sender = m_settings->value(QStringLiteral("sender")).toString();
    sms.account = m_settings->value(QStringLiteral("account")).toString();
    sms.extension = m_settings->value(QStringLiteral("extension")).toString();
    sms.endpoint = QUrl(m_settings->value(QStringLiteral("endpoint")).toString());
    sms.gateway
        = QJsonDocument::fromJson(m_settings->value(QStringLiteral("gateway")).toByteArray()).object();
    m_settings->endGroup();
    return sms;
}

bool Settings::setSms(const SmsSettings& sms, QString* errorMessage)
{
    if (sms.isConfigured() && !SmsGatewayChannel::address(sms, errorMessage))
        return false;
    m_settings->remove(smsGroup);
    m_settings->beginGroup(smsGroup);
    m_settings->setValue(QStringLiteral("provider"), sms.provider);
    m_settings->setValue(QStringLiteral("sender"), sms.sender);
    m_settings->setValue(QStringLiteral("account"), sms.account);
    m_settings->setValue(QStringLiteral("extension"), sms.extension);
    if (!sms.gateway.isEmpty())
        m_settings->setValue(QStringLiteral("gateway"),
                             QJsonDocument(sms.gateway).toJson(QJsonDocument::Compact));
    m_settings->setValue(QStringLiteral("endpoint"), sms.endpoint.toString());
    m_settings->endGroup();
    write();
    return true;
}

QStringList Settings::secretNames(const QString& ownerId) const
{
    m_settings->beginGroup(secretOwnerGroup(ownerId));
    QStringList names;
    for (const QString& encoded : m_settings->childKeys())
        names.append(QUrl::fromPercentEncoding(encoded.toLatin1()));
    m_settings->endGroup();
    names.sort();
    return names;
}

int Settings::secretChunkCount(const QString& ownerId, const QString& name) const
{
    return m_settings->value(secretIndexKey(ownerId, name), 0).toInt();
}

void Settings::recordSecret(const QString& ownerId, const QString& name, int chunkCount)
{
    m_settings->setValue(secretIndexKey(ownerId, name), chunkCount);
    write();
}

void Settings::forgetSecret(const QString& ownerId, const QString& name)
{
    m_settings->remove(secretIndexKey(ownerId, name));
    write();
}

void Settings::sync()
{
    m_settings->sync();
}

void Settings::write()
{
    if (m_writingDeferred == 0)
        m_settings->sync();
}

void Settings::deferWriting()
{
    ++m_writingDeferred;
}

void Settings::endDeferredWriting()
{
    if (--m_writingDeferred == 0)
        m_settings->sync();
}
