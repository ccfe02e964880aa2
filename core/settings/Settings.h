#pragma once

#include "core/invite/SmsSettings.h"
#include "core/invite/SmtpSettings.h"
#include "core/meeting/MediaDevice.h"
#include "core/meeting/ServerProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSettings>
#include <QString>

#include <memory>

class DataLocation;
#include <optional>

// Non-secret preferences. Secrets never pass through here: they live in the OS keychain.
class Settings
{
public:
    // The settings that belong to a data folder: for the usual folder the platform's settings store
    // (where they always were), for any other folder (--data-dir, VIERAUGEN_DATA_DIR) an INI file
    // beside its calendar, so that two calendars never share servers, e-mail or SMS setup, and
    // their keychain entries carry the folder's own namespace.
    static std::unique_ptr<Settings> forDataFolder(const DataLocation& location);

    // The platform's settings store for this application.
    Settings();
    // An INI file at the given path (tests, portable setups).
    explicit Settings(const QString& iniFilePath);

    QString fileName() const;

    // Empty means "follow the system locale".
    QString uiLanguage() const;
    void setUiLanguage(const QString& languageCode);

    // How long clients' names, contacts and notes stay with past appointments.
    static constexpr int defaultRetentionDays = 90;
    int retentionDays() const;
    void setRetentionDays(int days);

    // The name clients see in the session; empty means the session shows a neutral "Counseling".
    QString counselorName() const;
    void setCounselorName(const QString& name);

    // Who invitations come from and where clients read how their data is handled.
    QString organizationName() const;
    void setOrganizationName(const QString& name);
    QUrl privacyNoticeUrl() const;
    void setPrivacyNoticeUrl(const QUrl& url);
    // The organization's release feed (UpdateCheck); empty, the default, means no update checks.
    QUrl updateFeedUrl() const;
    void setUpdateFeedUrl(const QUrl& url);
    // A folder with the organization's own invitation templates (link.de.txt, password.en.txt, …).
    QString inviteTemplateDirectory() const;
    void setInviteTemplateDirectory(const QString& path);

    // Reminders to invited participants: the link message by e-mail the day before, the password by
    // SMS some minutes before (0: off). Both only through channels Vieraugen sends itself.
    bool reminderEmailDayBefore() const;
    void setReminderEmailDayBefore(bool on);
    int reminderSmsMinutesBefore() const;
    void setReminderSmsMinutesBefore(int minutes);

    // How long before its start and after its end an appointment's session may be opened.
    static constexpr int defaultSessionGraceMinutes = 60;
    int sessionGraceMinutes() const;
    void setSessionGraceMinutes(int minutes);

    // After how many minutes without input the main window hides clients' data (0: only when the
    // screen locks).
    static constexpr int defaultCurtainIdleMinutes = 5;
    int curtainIdleMinutes() const;
    void setCurtainIdleMinutes(int minutes);

    // The camera, microphone and speaker chosen in the pre-session check, by label (device ids
    // differ from page to page); empty means the system default. Sessions start with them.
    QString preferredDevice(MediaDevice device) const;
    void setPreferredDevice(MediaDevice device, const QString& label);

    // Whether the first-start assistant was finished or skipped; either way it is not offered again.
    bool setupDone() const;
    void setSetupDone(bool done);

    // When reminders were last checked, so that those missed while Vieraugen was closed show once.
    QDateTime remindersCheckedUntil() const;
    void setRemindersCheckedUntil(const QDateTime& instant);

    // Whether the user was told that closing the window keeps Vieraugen running in the tray.
    bool trayExplained() const;
    void setTrayExplained(bool explained);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    // Whether the main window's sidebar was chosen shown or hidden (View → Sidebar); none while
    // the window decides by the room it has.
    std::optional<bool> sidebarShown() const;
    void setSidebarShown(bool shown);
    // The folder a calendar file was last imported from or exported to; empty before the first.
    QString calendarFileFolder() const;
    void setCalendarFileFolder(const QString& folder);

    QList<ServerProfile> serverProfiles() const;
    std::optional<ServerProfile> serverProfile(const QString& id) const;
    void saveServerProfile(const ServerProfile& profile);
    void removeServerProfile(const QString& id);
    // The name a removed profile had, so that appointments still planned on it can say which
    // server is gone; empty if unknown.
    QString removedServerName(const QString& id) const;
    QString defaultServerProfileId() const;
    void setDefaultServerProfileId(const QString& id);

    SmtpSettings smtp() const;
    void setSmtp(const SmtpSettings& smtp);
    SmsSettings sms() const;
    // Refuses a gateway reached over plain http (other than on this computer): it would receive the
    // gateway's credentials and room passwords in clear. Nothing is changed then.
    [[nodiscard]] bool setSms(const SmsSettings& sms, QString* errorMessage);

    // Which secrets exist in the keychain, and in how many pieces; never their values.
    QStringList secretNames(const QString& ownerId) const;
    int secretChunkCount(const QString& ownerId, const QString& name) const;
    void recordSecret(const QString& ownerId, const QString& name, int chunkCount);
    void forgetSecret(const QString& ownerId, const QString& name);

    // What this folder's keychain entries are prefixed with: empty for the usual folder (its entries
    // keep the names they always had), a random id kept in the settings for any other folder.
    QString secretNamespace();

    void sync();
    // Between these, changes are kept in memory and written once at the end: provisioning a hundred
    // servers wrote the whole file after each one, a time growing with the square of the count.
    // Calls nest.
    void deferWriting();
    void endDeferredWriting();

private:
    // Writes the file now, unless writing is deferred.
    void write();

    std::unique_ptr<QSettings> m_settings;
    int m_writingDeferred = 0;
    bool m_ownSecretNamespace = false;
};
