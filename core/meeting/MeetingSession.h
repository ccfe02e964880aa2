#pragma once

#include "core/meeting/MediaDevice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

// The counselor's side of one running Jitsi meeting, independent of how it is shown.
//
// It reads the IFrame API's events (public names, payload without "name") and answers with its
// commands: once the counselor is moderator it locks the room with the password and turns the
// lobby on; when the room asks for the password (rejoining a locked room) it gives it.
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

    void admit(const QString& participantId);
    void deny(const QString& participantId);
    void hangUp();
    void toggleAudio();
    void toggleVideo();
    void setVideoQuality(VideoQuality quality);
    void setAudioOnly(bool audioOnly);
    // Asks the meeting which devices it can use; devicesChanged() follows.
    void requestDevices();
    void useDevice(MediaDevice kind, const Device& device);
    QList<Device> devices(MediaDevice kind) const { return m_devices.value(kind); }

    State state() const { return m_state; }
    bool isModerator() const { return m_moderator; }
    bool isRoomLocked() const { return m_locked; }
    bool isLobbyOn() const { return m_lobby; }
    bool isAudioMuted() const { return m_audioMuted; }
    bool isVideoMuted() const { return m_videoMuted; }
    bool isAudioOnly() const { return m_audioOnly; }
    VideoQuality videoQuality() const { return m_quality; }
    QList<Person> participants() const { return m_participants; }
    QList<Person> knocking() const { return m_knocking; }
    // What went wrong, in words for the counselor; empty unless Failed.
    QString errorMessage() const { return m_errorMessage; }

Q_SIGNALS:
    // An IFrame API command (public name) with its arguments, for the page to execute.
    void commandRequested(const QString& name, const QJsonArray& arguments);
    void changed();
    void joined();
    void participantKnocking(const QString& id, const QString& name);
    // The meeting is over (hang-up completed or the server ended it).
    void ended();
    void failed(const QString& message);
    // Camera or microphone trouble the counselor can fix (another program holds the device, OS
    // privacy settings); the meeting goes on.
    void deviceProblem(const QString& message);
    void devicesChanged();

private:
    void send(const QString& command, const QJsonArray& arguments = {});
    void secureRoom();
    void answerKnocking(const QString& participantId, bool approved);
    void fail(const QString& message);
    void finish();

    QString m_roomPassword;
    QHash<MediaDevice, QList<Device>> m_devices;
    QString m_localId;
    State m_state = State::Connecting;
    bool m_moderator = false;
    bool m_locked = false;
    bool m_lobby = false;
    bool m_audioMuted = false;
    bool m_videoMuted = false;
    bool m_audioOnly = false;
    VideoQuality m_quality = VideoQuality::High;
    QList<Person> m_participants;
    QList<Person> m_knocking;
    QString m_errorMessage;
};
