#pragma once

#include "core/calendar/Appointment.h"
#include "core/meeting/MediaDevice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QTimer;

// The counselor's side of one running Jitsi meeting, independent of how it is shown.
//
// It reads the IFrame API's events (public names, payload without "name") and answers with its
// commands: once the counselor is moderator it locks the room with the password and turns the
// lobby on; when the room asks for the password (rejoining a locked room) it gives it.
//
// Each safeguard counts only once the meeting confirmed it (an event, never the command sent);
// one refused, or one the meeting would confirm but did not in time, is reported so the counselor
// can try again. The room lock and end-to-end encryption, which Jitsi's IFrame API never confirms
// (docs/jitsi-iframe-api.md), are only ever sent or refused: silence is no reason to warn.
// End-to-end encryption is asked for last, where the server profile wants it and the server
// offers it.
class MeetingSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Connecting,
        Joined,
        Leaving,
        Ended,
        Failed
    };
    Q_ENUM(State)

    enum class VideoQuality
    {
        High = 720,
        Standard = 360,
        Low = 180
    };
    Q_ENUM(VideoQuality)

    // What keeps the session confidential.
    enum class Safeguard
    {
        Moderator,
        RoomLock,
        Lobby,
        EndToEndEncryption
    };
    Q_ENUM(Safeguard)

    enum class Assurance
    {
        NotRequested,
        Requested,
        Confirmed,
        Refused,
        // Requested, but the meeting did not confirm it in time.
        Unconfirmed,
        // Sent as moderator to a meeting that reports only a refusal, never success (the room
        // lock, end-to-end encryption): neither confirmed nor in doubt.
        Sent,
        // Not to be had here: the server does not offer it.
        Unavailable
    };
    Q_ENUM(Assurance)

    static constexpr int defaultConfirmationTimeoutMs = 20000;

    // How the counselor leaves: the meeting ends for everyone (no client is left alone in the
    // room), or only the counselor goes.
    enum class Leaving
    {
        EndForEveryone,
        OthersStay
    };

    struct Person
    {
        QString id;
        QString name;
        friend bool operator==(const Person&, const Person&) = default;
    };

    // A camera, microphone or speaker the meeting offers (IFrame API getAvailableDevices).
    struct Device
    {
        QString id;
        QString label;
        friend bool operator==(const Device&, const Device&) = default;
    };

    explicit MeetingSession(const QString& roomPassword, QObject* parent = nullptr);

    void handleEvent(const QString& name, const QJsonObject& payload);
    // Whether to ask for end-to-end encryption once the room is secured (the server profile's
    // setting), and whether the server offers it (its config.js). The request waits until both
    // are known.
    void setEndToEndEncryptionWanted(bool wanted);
    void setServerOffersEndToEndEncryption(bool offered);
    // A server offers end-to-end encryption unless its config.js turns it off (lib-jitsi-meet's
    // E2EEncryption.isSupported reads e2ee.disabled and testing.disableE2EE).
    static bool offersEndToEndEncryption(const QJsonObject& config);
    // The server's name as the counselor knows it, for what she reads when it fails.
    void setServerName(const QString& name) { m_serverName = name; }
    // How long a safeguard may stay unconfirmed before it is reported.
    void setConfirmationTimeout(int milliseconds) { m_confirmationTimeoutMs = milliseconds; }
    // Asks the meeting again for a safeguard that was refused or not confirmed. The moderator
    // role cannot be asked for: that takes rejoining.
    void retry(Safeguard safeguard);

    // While names are hidden (the privacy curtain is down) the meeting page, which stays
    // uncovered, shows the other participants as "Participant 1", "Participant 2"… (the IFrame
    // API's overwriteNames changes only this page's view, never what others see), and Jitsi's
    // participants pane, which lists knockers by their own names, is closed and kept closed;
    // shown again, they get their own names back.
    void setNamesHidden(bool hidden);

    void admit(const QString& participantId);
    void deny(const QString& participantId);
    // Ending for everyone needs the moderator role; without it the counselor only leaves.
    void hangUp(Leaving leaving = Leaving::EndForEveryone);
    void toggleAudio();
    void toggleVideo();
    void setVideoQuality(VideoQuality quality);
    void setAudioOnly(bool audioOnly);
    // Asks the meeting to stop every recording, stream and transcription running; only a
    // moderator may (the server refuses others).
    void stopCaptures();
    // Asks the meeting which devices it can use; devicesChanged() follows.
    void requestDevices();
    void useDevice(MediaDevice kind, const Device& device);
    QList<Device> devices(MediaDevice kind) const { return m_devices.value(kind); }

    State state() const { return m_state; }
    Assurance assurance(Safeguard safeguard) const
    {
        return m_assurances.value(safeguard, Assurance::NotRequested);
    }
    bool isModerator() const { return assurance(Safeguard::Moderator) == Assurance::Confirmed; }
    bool isLobbyOn() const { return assurance(Safeguard::Lobby) == Assurance::Confirmed; }
    bool isAudioMuted() const { return m_audioMuted; }
    bool isVideoMuted() const { return m_videoMuted; }
    bool isAudioOnly() const { return m_audioOnly; }
    VideoQuality videoQuality() const { return m_quality; }
    QList<Person> participants() const { return m_participants; }
    QList<Person> knocking() const { return m_knocking; }
    // Recording, streaming or transcription running now, started by anyone.
    QSet<SessionFact::Kind> captures() const { return m_captures; }
    // What went wrong, in words for the counselor; empty unless Failed.
    QString errorMessage() const { return m_errorMessage; }

Q_SIGNALS:
    // An IFrame API command (public name) with its arguments, for the page to execute.
    void commandRequested(const QString& name, const QJsonArray& arguments);
    void changed();
    void joined();
    void participantKnocking(const QString& id, const QString& name);
    // Someone came into the meeting: admitted from the lobby, or let in by the password.
    void participantJoined(const QString& id, const QString& name);
    // Someone left the meeting (or dropped out), by the name they had in it.
    void participantLeft(const QString& id, const QString& name);
    // The meeting is over (hang-up completed or the server ended it).
    void ended();
    void failed(const QString& message);
    // Camera or microphone trouble the counselor can fix (another program holds the device, OS
    // privacy settings); the meeting goes on.
    void deviceProblem(const QString& message);
    void devicesChanged();
    void captureStarted(SessionFact::Kind kind);
    void capturesChanged();
    // A safeguard was refused, or not confirmed in time where the meeting confirms it.
    void safeguardInDoubt(MeetingSession::Safeguard safeguard);

private:
    void send(const QString& command, const QJsonArray& arguments = {});
    void secureRoom();
    void lockRoom();
    void turnOnLobby();
    // Asks for end-to-end encryption once the room is secured and the server's offer is known.
    void encrypt();
    // Waits for the meeting to confirm; reports the safeguard if it does not in time.
    void request(Safeguard safeguard);
    void settle(Safeguard safeguard, Assurance assurance);
    void answerKnocking(const QString& participantId, bool approved);
    void fail(const QString& message);
    void finish();
    void setCapture(SessionFact::Kind kind, bool on);
    // Tells the page which names to show for these participants: neutral ones while names are
    // hidden, their own once they were overwritten (Jitsi keeps an overwritten name until told).
    void showNames(const QList<Person>& people);
    QString neutralName(const QString& participantId);
    void closeParticipantsPane();

    QString m_roomPassword;
    bool m_encryptionWanted = false;
    std::optional<bool> m_encryptionOffered;
    QHash<MediaDevice, QList<Device>> m_devices;
    QString m_localId;
    State m_state = State::Connecting;
    QHash<Safeguard, Assurance> m_assurances;
    QHash<Safeguard, QTimer*> m_confirmationTimers;
    int m_confirmationTimeoutMs = defaultConfirmationTimeoutMs;
    bool m_audioMuted = false;
    bool m_videoMuted = false;
    bool m_audioOnly = false;
    VideoQuality m_quality = VideoQuality::High;
    QList<Person> m_participants;
    QList<Person> m_knocking;
    bool m_namesHidden = false;
    bool m_namesOverwritten = false;
    QHash<QString, int> m_neutralNumbers;
    QSet<SessionFact::Kind> m_captures;
    QString m_errorMessage;
    QString m_serverName;
};
