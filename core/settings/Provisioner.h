#pragma once

#include "core/invite/SmsSettings.h"
#include "core/invite/SmtpSettings.h"
#include "core/meeting/ServerProfile.h"
#include "core/sync/CalDavAccount.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class SecretStore;
class ServerProfileService;
class Settings;

// Applies an administrator's provisioning file (JSON; format in the README): server profiles,
// SMTP and SMS settings, calendar server accounts and the team key. Secrets in the file go into the keychain
// and nowhere else; if the keychain cannot be used, nothing at all is changed.
class Provisioner : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        QList<ServerProfile> servers;
        QHash<QString, QString> appSecrets;
        QString defaultServer;
        std::optional<SmtpSettings> smtp;
        QString smtpPassword;
        std::optional<SmsSettings> sms;
        QString smsSecret;
        std::optional<QUrl> updateFeed;
        // Team calendars: accounts (added to the calendar file by whoever opens it, see
        // SyncStore::saveAccount), their passwords by account id, and the team key (base64).
        QList<CalDavAccount> calendarAccounts;
        QHash<QString, QString> calendarPasswords;
        QString teamKey;

        bool hasSecrets() const;
    };

    // An administrator's file describes an organization's few servers and channels in a few
    // kilobytes; anything far larger is a mistake or an attack (50 MB took minutes and 371 MB).
    static constexpr qint64 maximumFileBytes = 1024 * 1024;
    // Organizations run a handful of Jitsi servers; a hundred leaves room for regional setups while
    // keeping the settings file, the server list and its menus usable.
    static constexpr int maximumServers = 100;
    // Names, ids, user names and addresses are short; 2,048 characters hold any address browsers
    // open. A 50 MB server name was accepted before.
    static constexpr int maximumFieldCharacters = 2048;
    // Secrets (app secrets, API tokens, passwords) may be long keys, but never beyond a few kilobytes.
    static constexpr int maximumSecretCharacters = 16 * 1024;

    Provisioner(Settings& settings, SecretStore& secrets, QObject* parent = nullptr);

    // Reads and checks the whole file before anything is applied. Error messages name the place.
    bool parse(const QByteArray& json, Plan* plan, QString* errorMessage) const;
    // The same for a file; the message names the file (the command line and the setup assistant
    // report a wrong file alike).
    bool parseFile(const QString& path, Plan* plan, QString* errorMessage) const;

    // Emits finished() once, never before apply() returns, with a line per change (never a secret value).
    void apply(const Plan& plan);

Q_SIGNALS:
    void finished(bool ok, const QStringList& report, const QString& errorMessage);

private:
    bool parseServers(const QJsonValue& value, Plan* plan, QString* errorMessage) const;
    bool parseSmtp(const QJsonValue& value, Plan* plan, QString* errorMessage) const;
    bool parseSms(const QJsonValue& value, Plan* plan, QString* errorMessage) const;
    bool parseUpdates(const QJsonValue& value, Plan* plan, QString* errorMessage) const;
    bool parseCalendarAccounts(const QJsonValue& value, Plan* plan, QString* errorMessage) const;
    void applyAll(const Plan& plan);
    static QString tooLarge();

    Settings& m_settings;
    SecretStore& m_secrets;
    ServerProfileService* m_profiles;
};
