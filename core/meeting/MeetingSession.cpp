#include "core/meeting/MeetingSession.h"

#include "core/base/Logging.h"
#include "core/checks/DeviceAdvice.h"

#include <QHash>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {
QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

bool removePerson(QList<MeetingSession::Person>& people, const QString& id)
{
    return people.removeIf([&id](const MeetingSession::Person& person) { return person.id == id; }) > 0;
}
} // namespace

MeetingSession::MeetingSession(const QString& roomPassword, QObject* parent)
    : QObject(parent)
    , m_roomPassword(roomPassword)
{ }

void MeetingSession::handleEvent(const QString& name, const QJsonObject& payload)
{
    using Handler = std::function<void(MeetingSession*, const QJsonObject&)>;
    static const QHash<QString, Handler> handlers {
        { QStringLiteral("videoConferenceJoined"),
          [](MeetingSession* self, const QJsonObject& event) {
              self->m_localId = text(event, "id");
              self->m_state = State::Joined;
              qCInfo(lcMeeting) << "joined the conference";
              // The counselor joins as moderator (token or server setting); the meeting says so.
              self->request(Safeguard::Moderator);
              Q_EMIT self->joined();
          } },
        { QStringLiteral("participantRoleChanged"),
          [](MeetingSession* self, const QJsonObject& event) {
              if (text(event, "id") != self->m_localId || text(event, "role") != QLatin1String("moderator")
                  || self->isModerator())
                  return;
              self->settle(Safeguard::Moderator, Assurance::Confirmed);
              self->secureRoom();
          } },
        { QStringLiteral("passwordRequired"),
          [](MeetingSession* self, const QJsonObject&) {
              self->send(QStringLiteral("password"), { self->m_roomPassword });
          } },
        { QStringLiteral("knockingParticipant"),
          [](MeetingSession* self, const QJsonObject& event) {
              const QJsonObject participant = event.value(QLatin1String("participant")).toObject();
              const Person person { text(participant, "id"), text(participant, "name") };
              if (person.id.isEmpty() || self->m_knocking.contains(person))
                  return;
              // Only a lobby lets people knock.
              self->settle(Safeguard::Lobby, Assurance::Confirmed);
              self->m_knocking.append(person);
              Q_EMIT self->participantKnocking(person.id, person.name);
          } },
        { QStringLiteral("notificationTriggered"),
          [](MeetingSession* self, const QJsonObject& event) {
              // Jitsi reports its notices by their message keys, the same in every language.
              // A refused lock is its error notice (room-lock middleware, _setPasswordFailed).
              static const QSet<QString> lockRefusals { QStringLiteral("dialog.lockTitle"),
                                                        QStringLiteral("dialog.lockMessage"),
                                                        QStringLiteral("dialog.passwordNotSupportedTitle"),
                                                        QStringLiteral("dialog.passwordNotSupported") };
              const QString description = text(event, "description");
              if (description == QLatin1String("lobby.notificationLobbyEnabled"))
                  self->settle(Safeguard::Lobby, Assurance::Confirmed);
              else if (lockRefusals.contains(text(event, "title")) || lockRefusals.contains(description))
                  self->settle(Safeguard::RoomLock, Assurance::Refused);
          } },
        { QStringLiteral("recordingStatusChanged"),
          [](MeetingSession* self, const QJsonObject& event) {
              static const QHash<QString, SessionFact::Kind> modes {
                  { QStringLiteral("file"), SessionFact::Kind::Recording },
                  { QStringLiteral("stream"), SessionFact::Kind::Streaming },
                  { QStringLiteral("local"), SessionFact::Kind::LocalRecording },
              };
              const auto mode = modes.constFind(text(event, "mode"));
              if (mode != modes.cend())
                  self->setCapture(*mode, event.value(QLatin1String("on")).toBool());
              // Newer Jitsi releases say here, too, whether a transcription runs.
              if (event.value(QLatin1String("transcription")).isBool())
                  self->setCapture(SessionFact::Kind::Transcription,
                                   event.value(QLatin1String("transcription")).toBool());
          } },
        { QStringLiteral("transcribingStatusChanged"),
          [](MeetingSession* self, const QJsonObject& event) {
              self->setCapture(SessionFact::Kind::Transcription, event.value(QLatin1String("on")).toBool());
          } },
        { QStringLiteral("participantJoined"),
          [](MeetingSession* self, const QJsonObject& event) {
              const Person person { text(event, "id"), text(event, "displayName") };
              removePerson(self->m_knocking, person.id);
              const bool known = removePerson(self->m_participants, person.id);
              self->m_participants.append(person);
              if (self->m_namesHidden)
                  self->showNames({ person });
              if (!known)
                  Q_EMIT self->participantJoined(person.id, person.name);
          } },
        { QStringLiteral("displayNameChange"),
          [](MeetingSession* self, const QJsonObject& event) {
              const QString id = text(event, "id");
              for (Person& person : self->m_participants) {
                  if (person.id != id)
                      continue;
                  // API.js spells the key in lower case here, unlike participantJoined's.
                  person.name = text(event, "displayname");
                  if (!self->m_namesHidden)
                      self->showNames({ person });
              }
          } },
        { QStringLiteral("participantsPaneToggled"),
          [](MeetingSession* self, const QJsonObject& event) {
              // Jitsi's participants pane lists knockers by the names they typed, which
              // overwriteNames does not reach: while names are hidden it stays closed.
              if (self->m_namesHidden && event.value(QLatin1String("open")).toBool())
                  self->closeParticipantsPane();
          } },
        { QStringLiteral("participantLeft"),
          [](MeetingSession* self, const QJsonObject& event) {
              const QString id = text(event, "id");
              const auto left = std::ranges::find(self->m_participants, id, &Person::id);
              if (left == self->m_participants.cend())
                  return;
              const Person person = *left;
              self->m_participants.erase(left);
              Q_EMIT self->participantLeft(person.id, person.name);
          } },
        { QStringLiteral("participantKickedOut"),
          [](MeetingSession* self, const QJsonObject& event) {
              const QJsonObject kicked = event.value(QLatin1String("kicked")).toObject();
              if (kicked.value(QLatin1String("local")).toBool())
                  self->finish();
              else
                  removePerson(self->m_participants, text(kicked, "id"));
          } },
        { QStringLiteral("audioMuteStatusChanged"),
          [](MeetingSession* self, const QJsonObject& event) {
              self->m_audioMuted = event.value(QLatin1String("muted")).toBool();
          } },
        { QStringLiteral("videoMuteStatusChanged"),
          [](MeetingSession* self, const QJsonObject& event) {
              self->m_videoMuted = event.value(QLatin1String("muted")).toBool();
          } },
        { QStringLiteral("audioOnlyChanged"),
          [](MeetingSession* self, const QJsonObject& event) {
              // Jitsi's code sends {enabled}, its handbook documents {audioOnlyChanged}.
              self->m_audioOnly = event.contains(QLatin1String("enabled"))
                  ? event.value(QLatin1String("enabled")).toBool()
                  : event.value(QLatin1String("audioOnlyChanged")).toBool();
          } },
        { QStringLiteral("videoQualityChanged"),
          [](MeetingSession* self, const QJsonObject& event) {
              const int height = event.value(QLatin1String("videoQuality")).toInt();
              self->m_quality = height >= int(VideoQuality::High) ? VideoQuality::High
                  : height >= int(VideoQuality::Standard)         ? VideoQuality::Standard
                                                                  : VideoQuality::Low;
          } },
        { QStringLiteral("cameraError"),
          [](MeetingSession* self, const QJsonObject& event) {
              Q_EMIT self->deviceProblem(DeviceAdvice::forError(
                  DeviceAdvice::Device::Camera, event.value(QLatin1String("type")).toString()));
          } },
        { QStringLiteral("micError"),
          [](MeetingSession* self, const QJsonObject& event) {
              Q_EMIT self->deviceProblem(DeviceAdvice::forError(
                  DeviceAdvice::Device::Microphone, event.value(QLatin1String("type")).toString()));
          } },
        { QStringLiteral("availableDevices"),
          [](MeetingSession* self, const QJsonObject& event) {
              static const std::pair<MediaDevice, const char*> groups[] = {
                  { MediaDevice::Camera, "videoInput" },
                  { MediaDevice::Microphone, "audioInput" },
                  { MediaDevice::Speaker, "audioOutput" },
              };
              for (const auto& [kind, group] : groups) {
                  QList<Device> listed;
                  for (const QJsonValue& value : event.value(QLatin1String(group)).toArray()) {
                      const Device device { value.toObject().value(QLatin1String("deviceId")).toString(),
                                            value.toObject().value(QLatin1String("label")).toString() };
                      if (!device.label.isEmpty())
                          listed.append(device);
                  }
                  self->m_devices.insert(kind, listed);
              }
              Q_EMIT self->devicesChanged();
          } },
        { QStringLiteral("deviceSwitchFailed"),
          [](MeetingSession* self, const QJsonObject& event) {
              Q_EMIT self->deviceProblem(DeviceAdvice::forError(
                  event.value(QLatin1String("name")).toString() == QLatin1String("setVideoInputDevice")
                      ? DeviceAdvice::Device::Camera
                      : DeviceAdvice::Device::Microphone,
                  QString()));
          } },
        { QStringLiteral("errorOccurred"),
          [](MeetingSession* self, const QJsonObject& event) {
              // The handbook documents a flat object, the code wraps it in "error".
              const QJsonObject error = event.contains(QLatin1String("error"))
                  ? event.value(QLatin1String("error")).toObject()
                  : event;
              qCWarning(lcMeeting) << "meeting error" << text(error, "name") << text(error, "type");
              // Jitsi's error names ("connection.droppedError") are for the log, not the counselor.
              if (error.value(QLatin1String("isFatal")).toBool())
                  self->fail(
                      self->m_serverName.isEmpty()
                          ? tr("The connection to the meeting broke off. Rejoin to continue.")
                          : tr("The connection to the meeting on \"%1\" broke off. Rejoin to continue.")
                                .arg(self->m_serverName));
          } },
        { QStringLiteral("hostPageError"),
          [](MeetingSession* self, const QJsonObject&) {
              // What the page reports ("external_api.js could not be loaded") is no help to the
              // counselor, and may name the room: neither shown nor logged.
              qCWarning(lcMeeting) << "the host page could not start the meeting";
              self->fail(
                  self->m_serverName.isEmpty()
                      ? tr("The video server does not answer. Check the internet connection, then rejoin.")
                      : tr("The video server \"%1\" does not answer. Check the internet connection, then "
                           "rejoin.")
                            .arg(self->m_serverName));
          } },
        { QStringLiteral("videoConferenceLeft"),
          [](MeetingSession* self, const QJsonObject&) { self->m_state = State::Leaving; } },
        { QStringLiteral("readyToClose"), [](MeetingSession* self, const QJsonObject&) { self->finish(); } },
    };
    const auto handler = handlers.constFind(name);
    if (handler == handlers.cend() || m_state == State::Ended)
        return;
    (*handler)(this, payload);
    Q_EMIT changed();
}

void MeetingSession::secureRoom()
{
    // Only a moderator may lock the room or turn on the lobby: Jitsi refuses both before.
    if (!m_roomPassword.isEmpty())
        lockRoom();
    turnOnLobby();
    qCInfo(lcMeeting) << "room lock and lobby requested";
    encrypt();
}

void MeetingSession::setEndToEndEncryptionWanted(bool wanted)
{
    m_encryptionWanted = wanted;
    encrypt();
}

void MeetingSession::setServerOffersEndToEndEncryption(bool offered)
{
    m_encryptionOffered = offered;
    encrypt();
}

bool MeetingSession::offersEndToEndEncryption(const QJsonObject& config)
{
    const auto turnedOff = [&config](const char* group, const char* key) {
        return config.value(QLatin1String(group)).toObject().value(QLatin1String(key)).toBool();
    };
    return !turnedOff("e2ee", "disabled") && !turnedOff("testing", "disableE2EE");
}

void MeetingSession::encrypt()
{
    if (!m_encryptionWanted || !m_encryptionOffered || !isModerator() || m_state != State::Joined
        || assurance(Safeguard::EndToEndEncryption) != Assurance::NotRequested)
        return;
    if (!*m_encryptionOffered) {
        settle(Safeguard::EndToEndEncryption, Assurance::Unavailable);
        return;
    }
    send(QStringLiteral("toggleE2EE"), { true });
    // Jitsi reports nothing about it, not even a refusal.
    settle(Safeguard::EndToEndEncryption, Assurance::Sent);
}

void MeetingSession::lockRoom()
{
    send(QStringLiteral("password"), { m_roomPassword });
    // Jitsi reports only a refused lock (notificationTriggered), never a successful one.
    settle(Safeguard::RoomLock, Assurance::Sent);
}

void MeetingSession::turnOnLobby()
{
    send(QStringLiteral("toggleLobby"), { true });
    request(Safeguard::Lobby);
}

void MeetingSession::retry(Safeguard safeguard)
{
    if (!isModerator() || m_state != State::Joined)
        return;
    if (safeguard == Safeguard::RoomLock && !m_roomPassword.isEmpty())
        lockRoom();
    else if (safeguard == Safeguard::Lobby)
        turnOnLobby();
    Q_EMIT changed();
}

void MeetingSession::request(Safeguard safeguard)
{
    if (assurance(safeguard) == Assurance::Confirmed)
        return;
    m_assurances.insert(safeguard, Assurance::Requested);
    QTimer*& timer = m_confirmationTimers[safeguard];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, safeguard] {
            if (assurance(safeguard) == Assurance::Requested && m_state == State::Joined)
                settle(safeguard, Assurance::Unconfirmed);
        });
    }
    timer->start(m_confirmationTimeoutMs);
}

void MeetingSession::settle(Safeguard safeguard, Assurance assurance)
{
    if (this->assurance(safeguard) == assurance)
        return;
    m_assurances.insert(safeguard, assurance);
    if (QTimer* timer = m_confirmationTimers.value(safeguard))
        timer->stop();
    qCInfo(lcMeeting) << safeguard << assurance;
    Q_EMIT changed();
    if (assurance == Assurance::Refused || assurance == Assurance::Unconfirmed)
        Q_EMIT safeguardInDoubt(safeguard);
}

void MeetingSession::admit(const QString& participantId)
{
    answerKnocking(participantId, true);
}

void MeetingSession::deny(const QString& participantId)
{
    answerKnocking(participantId, false);
}

void MeetingSession::answerKnocking(const QString& participantId, bool approved)
{
    if (!removePerson(m_knocking, participantId))
        return;
    send(QStringLiteral("answerKnockingParticipant"), { participantId, approved });
    Q_EMIT changed();
}

void MeetingSession::hangUp(Leaving leaving)
{
    if (m_state == State::Ended || m_state == State::Failed) {
        finish();
        return;
    }
    m_state = State::Leaving;
    // endConference goes first: once the counselor has left, nobody is there to end it.
    if (leaving == Leaving::EndForEveryone && isModerator())
        send(QStringLiteral("endConference"));
    send(QStringLiteral("hangup"), { false });
    Q_EMIT changed();
}

void MeetingSession::toggleAudio()
{
    send(QStringLiteral("toggleAudio"));
}

void MeetingSession::toggleVideo()
{
    send(QStringLiteral("toggleVideo"));
}

void MeetingSession::setVideoQuality(VideoQuality quality)
{
    send(QStringLiteral("setVideoQuality"), { int(quality) });
}

void MeetingSession::setAudioOnly(bool audioOnly)
{
    send(QStringLiteral("setAudioOnly"), { audioOnly });
}

void MeetingSession::stopCaptures()
{
    // stopRecording(mode, transcription): with transcription true it ends the transcription.
    static const std::pair<SessionFact::Kind, QJsonArray> stops[] = {
        { SessionFact::Kind::Recording, { QStringLiteral("file") } },
        { SessionFact::Kind::Streaming, { QStringLiteral("stream") } },
        { SessionFact::Kind::LocalRecording, { QStringLiteral("local") } },
        { SessionFact::Kind::Transcription, { QStringLiteral("file"), true } },
    };
    for (const auto& [kind, arguments] : stops) {
        if (m_captures.contains(kind))
            send(QStringLiteral("stopRecording"), arguments);
    }
}

void MeetingSession::setCapture(SessionFact::Kind kind, bool on)
{
    if (m_captures.contains(kind) == on)
        return;
    if (on)
        m_captures.insert(kind);
    else
        m_captures.remove(kind);
    qCWarning(lcMeeting) << "capture" << SessionFact::kindName(kind) << (on ? "started" : "stopped");
    Q_EMIT capturesChanged();
    if (on)
        Q_EMIT captureStarted(kind);
}

void MeetingSession::requestDevices()
{
    send(QStringLiteral("getAvailableDevices"));
}

void MeetingSession::useDevice(MediaDevice kind, const Device& device)
{
    static const QHash<MediaDevice, QString> functions {
        { MediaDevice::Camera, QStringLiteral("setVideoInputDevice") },
        { MediaDevice::Microphone, QStringLiteral("setAudioInputDevice") },
        { MediaDevice::Speaker, QStringLiteral("setAudioOutputDevice") },
    };
    send(functions.value(kind), { device.label, device.id });
}

void MeetingSession::setNamesHidden(bool hidden)
{
    if (m_namesHidden == hidden)
        return;
    m_namesHidden = hidden;
    m_neutralNumbers.clear();
    showNames(m_participants);
    if (hidden)
        closeParticipantsPane();
}

void MeetingSession::closeParticipantsPane()
{
    // toggleParticipantsPane(false) closes it; Jitsi releases before the command ignore it.
    send(QStringLiteral("toggleParticipantsPane"), { false });
}

void MeetingSession::showNames(const QList<Person>& people)
{
    if (people.isEmpty() || !(m_namesHidden || m_namesOverwritten))
        return;
    QJsonArray names;
    for (const Person& person : people)
        names.append(
            QJsonObject { { QStringLiteral("id"), person.id },
                          { QStringLiteral("name"), m_namesHidden ? neutralName(person.id) : person.name } });
    m_namesOverwritten = true;
    // One argument, the list (executeCommand('overwriteNames', list)).
    send(QStringLiteral("overwriteNames"), QJsonArray { QJsonValue(names) });
}

QString MeetingSession::neutralName(const QString& participantId)
{
    const int number = m_neutralNumbers.value(participantId, int(m_neutralNumbers.size()) + 1);
    m_neutralNumbers.insert(participantId, number);
    return tr("Participant %1").arg(number);
}

void MeetingSession::send(const QString& command, const QJsonArray& arguments)
{
    Q_EMIT commandRequested(command, arguments);
}

void MeetingSession::fail(const QString& message)
{
    m_state = State::Failed;
    m_errorMessage = message;
    Q_EMIT failed(message);
}

void MeetingSession::finish()
{
    if (m_state == State::Ended)
        return;
    m_state = State::Ended;
    qCInfo(lcMeeting) << "meeting ended";
    Q_EMIT changed();
    Q_EMIT ended();
}
