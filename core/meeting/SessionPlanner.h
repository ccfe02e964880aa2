#pragma once

#include "core/calendar/Occurrence.h"
#include "core/meeting/SessionPlan.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

class Clock;
class SecretStore;
class Settings;

// Turns a Jitsi appointment into a SessionPlan: its server, the room password derived from the
// install key and, with token authentication, a moderator token signed with the server's app
// secret. Both secrets come from the keychain, so planning is asynchronous.
class SessionPlanner : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const std::optional<SessionPlan>& plan, const QString& errorMessage)>;

    SessionPlanner(Settings& settings, SecretStore& secrets, const Clock& clock, QObject* parent = nullptr);

    // serverProfileId overrides the appointment's server (switching to the backup server).
    // Answers exactly once.
    void plan(const Occurrence& occurrence, const QString& serverProfileId, const Done& done);

    // The server a Jitsi appointment uses (serverProfileId overrides it), or why there is none.
    static std::optional<ServerProfile> serverFor(const Settings& settings, const Appointment& appointment,
                                                  const QString& serverProfileId, QString* errorMessage);
    // The link clients receive for a Jitsi appointment; empty (with a message) if there is none.
    static QUrl guestLinkFor(const Settings& settings, const Appointment& appointment, QString* errorMessage);
    // Whether a link to another tool's meeting lets in whoever has it without asking for a password:
    // Zoom's "pwd=", Webex's "password=", … in the link itself.
    static bool linkCarriesPassword(const QUrl& url);

    using PasswordDone
        = std::function<void(const std::optional<QString>& password, const QString& errorMessage)>;
    // The appointment's room password, derived from a key in the keychain: the team key for an
    // appointment in a team calendar (the same for every member), else the install key.
    static void fetchRoomPassword(SecretStore& secrets, const Appointment& appointment, QObject* context,
                                  const PasswordDone& done);

private:
    void signToken(SessionPlan plan, const Done& done);

    Settings& m_settings;
    SecretStore& m_secrets;
    const Clock& m_clock;
};
