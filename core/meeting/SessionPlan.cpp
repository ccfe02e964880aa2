#include "core/meeting/SessionPlan.h"

#include "core/meeting/JitsiLink.h"

#include <QJsonArray>

QString SessionPlan::domain() const
{
    return JitsiLink::domain(server.baseUrl);
}

QString SessionPlan::roomPath() const
{
    return JitsiLink::roomPath(server.baseUrl, roomName);
}

QUrl SessionPlan::guestLink() const
{
    QString ignored;
    return JitsiLink::guestLink(server.baseUrl, roomName, &ignored);
}

QUrl SessionPlan::moderatorLink() const
{
    QString ignored;
    return JitsiLink::link(server.baseUrl, roomName, moderatorToken, &ignored);
}

QJsonObject SessionPlan::configOverwrite() const
{
    const auto off = [] { return QJsonObject { { QStringLiteral("enabled"), false } }; };
    // No screen sharing button: Qt WebEngine before 6.7 cannot show a screen picker.
    const QJsonArray toolbar { QStringLiteral("microphone"),       QStringLiteral("camera"),
                               QStringLiteral("hangup"),           QStringLiteral("chat"),
                               QStringLiteral("tileview"),         QStringLiteral("settings"),
                               QStringLiteral("fullscreen"),       QStringLiteral("raisehand"),
                               QStringLiteral("participants-pane") };
    return {
        { QStringLiteral("disableThirdPartyRequests"), true },
        { QStringLiteral("analytics"),
          QJsonObject { { QStringLiteral("disabled"), true },
                        { QStringLiteral("rtcstatsEnabled"), false } } },
        { QStringLiteral("enableDisplayNameInStats"), false },
        { QStringLiteral("enableEmailInStats"), false },
        { QStringLiteral("feedbackPercentage"), 0 },
        { QStringLiteral("gravatar"), QJsonObject { { QStringLiteral("disabled"), true } } },
        { QStringLiteral("deeplinking"), QJsonObject { { QStringLiteral("disabled"), true } } },
        { QStringLiteral("disableDeepLinking"), true },
        { QStringLiteral("prejoinConfig"),
          QJsonObject { { QStringLiteral("enabled"), true },
                        { QStringLiteral("hideExtraJoinButtons"),
                          QJsonArray { QStringLiteral("no-audio"), QStringLiteral("by-phone") } } } },
        { QStringLiteral("disableInviteFunctions"), true },
        // Jitsi's own knock notice names the knocker in the meeting, which stays uncovered under the
        // privacy curtain; Vieraugen's lobby panel and knock window show knocks instead.
        { QStringLiteral("disabledNotifications"),
          QJsonArray { QStringLiteral("notify.participantWantsToJoin"),
                       QStringLiteral("notify.participantsWantToJoin") } },
        { QStringLiteral("doNotStoreRoom"), true },
        { QStringLiteral("disableProfile"), true },
        { QStringLiteral("readOnlyName"), true },
        { QStringLiteral("localRecording"), QJsonObject { { QStringLiteral("disable"), true } } },
        { QStringLiteral("fileRecordingsEnabled"), false },
        { QStringLiteral("recordingService"), off() },
        { QStringLiteral("liveStreaming"), off() },
        { QStringLiteral("transcription"), off() },
        { QStringLiteral("giphy"), off() },
        { QStringLiteral("whiteboard"), off() },
        { QStringLiteral("defaultLanguage"), language },
        { QStringLiteral("startWithVideoMuted"), startsWithVideoOff() },
        { QStringLiteral("toolbarButtons"), toolbar },
    };
}

QJsonObject SessionPlan::interfaceConfigOverwrite() const
{
    return { { QStringLiteral("SHOW_CHROME_EXTENSION_BANNER"), false },
             { QStringLiteral("MOBILE_APP_PROMO"), false } };
}

QJsonObject SessionPlan::meetingOptions() const
{
    QJsonObject options { { QStringLiteral("scriptUrl"),
                            JitsiLink::externalApiUrl(server.baseUrl).toString(QUrl::FullyEncoded) },
                          { QStringLiteral("domain"), domain() },
                          { QStringLiteral("roomName"), roomPath() },
                          { QStringLiteral("lang"), language },
                          { QStringLiteral("configOverwrite"), configOverwrite() },
                          { QStringLiteral("interfaceConfigOverwrite"), interfaceConfigOverwrite() },
                          { QStringLiteral("userInfo"),
                            QJsonObject { { QStringLiteral("displayName"), displayName } } } };
    if (!moderatorToken.isEmpty())
        options.insert(QStringLiteral("jwt"), QString::fromLatin1(moderatorToken));
    QJsonObject devices;
    for (const auto& [key, label] : { std::pair(QStringLiteral("videoInput"), camera),
                                      std::pair(QStringLiteral("audioInput"), microphone),
                                      std::pair(QStringLiteral("audioOutput"), speaker) }) {
        if (!label.isEmpty())
            devices.insert(key, label);
    }
    if (!devices.isEmpty())
        options.insert(QStringLiteral("devices"), devices);
    return options;
}
