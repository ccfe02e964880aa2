#include "core/meeting/SessionPlanner.h"

#include "core/base/Clock.h"
#include "core/base/Logging.h"
#include "core/meeting/JitsiLink.h"
#include "core/meeting/JwtMinter.h"
#include "core/meeting/RoomFactory.h"
#include "core/meeting/RoomPassword.h"
#include "core/secrets/InstallKey.h"
#include "core/secrets/SecretStore.h"
#include "core/secrets/TeamKey.h"
#include "core/settings/Settings.h"

#include <QTimer>
#include <QUrlQuery>

SessionPlanner::SessionPlanner(Settings& settings, SecretStore& secrets, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_clock(clock)
{ }

void SessionPlanner::plan(const Occurrence& occurrence, const QString& serverProfileId, const Done& done)
{
    const auto fail = [this, done](const QString& message) {
        QTimer::singleShot(0, this, [done, message] { done(std::nullopt, message); });
    };
    const Appointment& appointment = *occurrence.appointment;
    QString problem;
    const std::optional<ServerProfile> profile
        = serverFor(m_settings, appointment, serverProfileId, &problem);
    if (!profile) {
        fail(problem);
        return;
    }

    SessionPlan plan;
    plan.occurrence = occurrence;
    plan.server = *profile;
    plan.roomName = appointment.roomName;
    plan.displayName = m_settings.counselorName().isEmpty() ? tr("Counseling") : m_settings.counselorName();
    plan.language = m_settings.uiLanguage().isEmpty() ? QLocale().name().left(2) : m_settings.uiLanguage();
    if (plan.language != QLatin1String("de"))
        plan.language = QStringLiteral("en");
    plan.camera = m_settings.preferredDevice(MediaDevice::Camera);
    plan.microphone = m_settings.preferredDevice(MediaDevice::Microphone);
    plan.speaker = m_settings.preferredDevice(MediaDevice::Speaker);
    plan.participantCount = int(appointment.participants.size()) + 1;

    fetchRoomPassword(
        m_secrets, appointment, this,
        [this, plan, done](const std::optional<QString>& password, const QString& error) mutable {
            if (!password) {
                done(std::nullopt, error);
                return;
            }
            plan.roomPassword = *password;
            signToken(std::move(plan), done);
        });
}

void SessionPlanner::fetchRoomPassword(SecretStore& secrets, const Appointment& appointment, QObject* context,
                                       const PasswordDone& done)
{
    const QString appointmentUid = appointment.uid;
    const auto fetchFrom = [&](auto* key) {
        key->fetch([key, appointmentUid, done, store = &secrets](bool ok, const QByteArray& value,
                                                                 const QString& error) {
            key->deleteLater();
            if (ok)
                done(RoomPassword::derive(value, appointmentUid), {});
            else if (store->availability() != SecretStore::Availability::Unavailable)
                done(std::nullopt, error); // the keychain works: the key is missing or damaged, as error says
            else
                done(std::nullopt,
                     tr("The room password cannot be made without the keychain: %1").arg(error));
        });
    };
    if (appointment.calendarId == QLatin1String(Appointment::localCalendar))
        fetchFrom(new InstallKey(secrets, context));
    else
        fetchFrom(new TeamKey(secrets, context));
}

QUrl SessionPlanner::guestLinkFor(const Settings& settings, const Appointment& appointment,
                                  QString* errorMessage)
{
    const std::optional<ServerProfile> server = serverFor(settings, appointment, {}, errorMessage);
    return server ? JitsiLink::guestLink(server->baseUrl, appointment.roomName, errorMessage) : QUrl();
}

bool SessionPlanner::linkCarriesPassword(const QUrl& url)
{
    static const QStringList names { QStringLiteral("pwd"), QStringLiteral("passcode"),
                                     QStringLiteral("password"), QStringLiteral("pw") };
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems();
    return std::any_of(items.cbegin(), items.cend(), [](const std::pair<QString, QString>& item) {
        return names.contains(item.first, Qt::CaseInsensitive) && !item.second.isEmpty();
    });
}

std::optional<ServerProfile> SessionPlanner::serverFor(const Settings& settings,
                                                       const Appointment& appointment,
                                                       const QString& serverProfileId, QString* errorMessage)
{
    if (appointment.kind != SessionKind::Jitsi) {
        *errorMessage = tr("\"%1\" is not a video session in Vieraugen.").arg(appointment.title);
        return std::nullopt;
    }
    if (!RoomFactory::isWellFormed(appointment.roomName)) {
        *errorMessage
            = tr("\"%1\" has no valid room. Open the appointment and save it to give it a new room.")
                  .arg(appointment.title);
        return std::nullopt;
    }
    QString profileId = serverProfileId;
    if (profileId.isEmpty())
        profileId = appointment.serverProfileId;
    if (profileId.isEmpty())
        profileId = settings.defaultServerProfileId();
    const std::optional<ServerProfile> profile = settings.serverProfile(profileId);
    if (!profile)
        *errorMessage = profileId.isEmpty()
            ? tr("No video server is set up yet. Add one under Settings → Servers.")
            : tr("The server \"%1\" of this appointment no longer exists. Choose another server in the "
                 "appointment.")
                  .arg(settings.removedServerName(profileId).isEmpty()
                           ? profileId
                           : settings.removedServerName(profileId));
    return profile;
}

void SessionPlanner::signToken(SessionPlan plan, const Done& done)
{
    if (plan.server.auth == ServerProfile::AuthMode::None) {
        done(plan, {});
        return;
    }
    JwtMinter::Claims claims;
    QString error;
    if (!JwtMinter::validityWindow(m_clock.nowUtc(), plan.occurrence.start, plan.occurrence.end,
                                   m_settings.sessionGraceMinutes(), &claims.notBefore, &claims.expires,
                                   &error)) {
        done(std::nullopt, error);
        return;
    }
    claims.issuer = plan.server.issuer;
    claims.audience = plan.server.audience;
    claims.subject
        = plan.server.subject.isEmpty() ? plan.server.baseUrl.host().toLower() : plan.server.subject;
    claims.room = plan.roomName;
    claims.userId = QStringLiteral("counselor");
    claims.userName = plan.displayName;
    claims.moderator = true;
    if (plan.server.roomSecurityInToken) {
        claims.roomLobby = true;
        claims.roomPassword = plan.roomPassword;
    }
    SecretReply* reply
        = m_secrets.read(plan.server.secretOwner(), QLatin1String(ServerProfile::appSecretName));
    connect(reply, &SecretReply::finished, this, [reply, plan, claims, done]() mutable {
        if (!reply->ok()) {
            done(std::nullopt,
                 reply->status() == SecretReply::Status::NotFound
                     ? tr("The app secret for %1 is missing from the keychain. Enter it under Settings → "
                          "Servers.")
                           .arg(plan.server.name)
                     : reply->errorString());
            return;
        }
        plan.moderatorToken = JwtMinter::mint(claims, reply->value().toUtf8());
        qCInfo(lcMeeting) << "session planned for server" << plan.server.id;
        done(plan, {});
    });
}
