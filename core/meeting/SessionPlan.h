#pragma once

#include "core/calendar/Occurrence.h"
#include "core/meeting/ServerProfile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// Everything a session window needs to open one appointment's Jitsi room as its moderator.
// It carries the token and the room password: keep it in memory only, never log it.
struct SessionPlan
{
    // The product recommends at most this many people with video (counselor included); larger
    // sessions start with the camera off.
    static constexpr int maxParticipantsWithVideo = 4;

    Occurrence occurrence;
    ServerProfile server;
    QString roomName;
    QByteArray moderatorToken; // empty when the server has no token authentication
    QString roomPassword;
    QString displayName;
    QString language; // "de" or "en"
    int participantCount = 2; // counselor included
    // Device labels chosen in the pre-session check (IFrame API "devices"); empty: the default.
    QString camera;
    QString microphone;
    QString speaker;

    bool startsWithVideoOff() const { return participantCount > maxParticipantsWithVideo; }

    QString domain() const;
    QString roomPath() const;
    QUrl guestLink() const;
    QUrl moderatorLink() const;

    // The privacy settings every session starts with: no third-party requests, analytics,
    // gravatar, deep links, recording or streaming; our own invitations instead of Jitsi's.
    QJsonObject configOverwrite() const;
    QJsonObject interfaceConfigOverwrite() const;
    // What the host page hands to JitsiMeetExternalAPI.
    QJsonObject meetingOptions() const;
};
