#include "core/meeting/MeetingSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

// The counselor's flow from the Jitsi reference: become moderator, then lock and open the lobby;
// answer knocking; answer a password request; hang up and wait for readyToClose.
class TestMeetingSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void locksRoomAndTurnsOnLobbyOnlyOnceModerator();
    void lobbyCountsOnlyOnceTheMeetingConfirmsIt();
    void safeguardsNotConfirmedInTimeAreReported();
    void refusedLockIsReportedAndAskedForAgain();
    void lockTheMeetingNeverConfirmsIsNeitherConfirmedNorInDoubt();
    void remoteModeratorDoesNotTriggerLocking();
    void answersPasswordRequest();
    void knockingParticipantsAreAdmittedOrDenied();
    void participantsComeAndGo();
    void participantNamesGiveWayToNeutralOnesWhileHidden();
    void participantsPaneStaysClosedWhileNamesAreHidden();
    void hangUpEndsAfterReadyToClose();
    void hangUpEndsTheMeetingForEveryoneUnlessOthersStay();
    void fatalErrorsFailTheSessionOthersDoNot();
    void deviceErrorsAreReportedAsProblems();
    void devicesAreListedAndSwitchedByLabel();
    void bothAudioOnlyPayloadShapesAreRead();
    void qualityAndAudioOnlyCommands();
    void recordingStreamingAndTranscriptionByAnyoneAreFollowedAndStopped();
    void endToEndEncryptionIsAskedForLastAndIsNeitherConfirmedNorInDoubt();
    void endToEndEncryptionWaitsForTheServersOffer();
    void endToEndEncryptionTheServerDoesNotOfferIsNotAskedFor();
    void serverOffersEndToEndEncryptionUnlessItsConfigTurnsItOff_data();
    void serverOffersEndToEndEncryptionUnlessItsConfigTurnsItOff();

private:
    QStringList commands() const;
    void joinAsModerator();

    std::unique_ptr<MeetingSession> m_session;
    QList<std::pair<QString, QJsonArray>> m_sent;
};

void TestMeetingSession::init()
{
    m_sent.clear();
    m_session = std::make_unique<MeetingSession>(QStringLiteral("abcdefghjkmn"));
    connect(m_session.get(), &MeetingSession::commandRequested, this,
            [this](const QString& name, const QJsonArray& arguments) {
                m_sent.append({ name, arguments });
            });
}

QStringList TestMeetingSession::commands() const
{
    QStringList names;
    for (const auto& [name, arguments] : m_sent)
        names.append(name);
    return names;
}

void TestMeetingSession::joinAsModerator()
{
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("l") } });
    m_session->handleEvent(QStringLiteral("participantRoleChanged"),
                           { { QStringLiteral("id"), QStringLiteral("l") },
                             { QStringLiteral("role"), QStringLiteral("moderator") } });
}

void TestMeetingSession::locksRoomAndTurnsOnLobbyOnlyOnceModerator()
{
    QSignalSpy joined(m_session.get(), &MeetingSession::joined);
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("local1") },
                             { QStringLiteral("roomName"), QStringLiteral("room") } });
    QCOMPARE(joined.size(), 1);
    QCOMPARE(m_session->state(), MeetingSession::State::Joined);
    QVERIFY(m_sent.isEmpty());
    QCOMPARE(m_session->assurance(MeetingSession::Safeguard::RoomLock),
             MeetingSession::Assurance::NotRequested);

    m_session->handleEvent(QStringLiteral("participantRoleChanged"),
                           { { QStringLiteral("id"), QStringLiteral("local1") },
                             { QStringLiteral("role"), QStringLiteral("moderator") } });
    QCOMPARE(commands(), (QStringList { QStringLiteral("password"), QStringLiteral("toggleLobby") }));
    QCOMPARE(m_sent.at(0).second, (QJsonArray { QStringLiteral("abcdefghjkmn") }));
    QCOMPARE(m_sent.at(1).second, (QJsonArray { true }));
    QVERIFY(m_session->isModerator());
    // Sent is not done: the lobby waits for the meeting to confirm it; the lock, which Jitsi never
    // confirms, is only sent.
    QCOMPARE(m_session->assurance(MeetingSession::Safeguard::RoomLock), MeetingSession::Assurance::Sent);
    QCOMPARE(m_session->assurance(MeetingSession::Safeguard::Lobby), MeetingSession::Assurance::Requested);
    QVERIFY(!m_session->isLobbyOn());
}

void TestMeetingSession::lobbyCountsOnlyOnceTheMeetingConfirmsIt()
{
    using Assurance = MeetingSession::Assurance;
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("l") } });
    QCOMPARE(m_session->assurance(MeetingSession::Safeguard::Moderator), Assurance::Requested);
    m_session->handleEvent(QStringLiteral("participantRoleChanged"),
                           { { QStringLiteral("id"), QStringLiteral("l") },
                             { QStringLiteral("role"), QStringLiteral("moderator") } });
    // Other notices say nothing about the lobby.
    m_session->handleEvent(QStringLiteral("notificationTriggered"),
                           { { QStringLiteral("title"), QStringLiteral("notify.connectedOneMember") } });
    QVERIFY(!m_session->isLobbyOn());
    // Jitsi's notice by its message key (the same in every language).
    m_session->handleEvent(
        QStringLiteral("notificationTriggered"),
        { { QStringLiteral("title"), QStringLiteral("lobby.notificationTitle") },
          { QStringLiteral("description"), QStringLiteral("lobby.notificationLobbyEnabled") } });
    QVERIFY(m_session->isLobbyOn());

    // A knock proves the lobby just as well.
    init();
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("l") } });
    m_session->handleEvent(QStringLiteral("participantRoleChanged"),
                           { { QStringLiteral("id"), QStringLiteral("l") },
                             { QStringLiteral("role"), QStringLiteral("moderator") } });
    m_session->handleEvent(QStringLiteral("knockingParticipant"),
                           { { QStringLiteral("participant"),
                               QJsonObject { { QStringLiteral("id"), QStringLiteral("k") },
                                             { QStringLiteral("name"), QStringLiteral("Gast") } } } });
    QVERIFY(m_session->isLobbyOn());
}

void TestMeetingSession::safeguardsNotConfirmedInTimeAreReported()
{
    using Safeguard = MeetingSession::Safeguard;
    using Assurance = MeetingSession::Assurance;
    m_session->setConfirmationTimeout(50);
    QSignalSpy inDoubt(m_session.get(), &MeetingSession::safeguardInDoubt);
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("l") } });
    // The meeting never makes the counselor moderator.
    QVERIFY(inDoubt.wait(5000));
    QCOMPARE(inDoubt.first().first().value<Safeguard>(), Safeguard::Moderator);
    QCOMPARE(m_session->assurance(Safeguard::Moderator), Assurance::Unconfirmed);
    QVERIFY(m_sent.isEmpty());

    // Moderator, but the lobby is never confirmed.
    init();
    m_session->setConfirmationTimeout(50);
    QSignalSpy unconfirmed(m_session.get(), &MeetingSession::safeguardInDoubt);
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("l") } });
    m_session->handleEvent(QStringLiteral("participantRoleChanged"),
                           { { QStringLiteral("id"), QStringLiteral("l") },
                             { QStringLiteral("role"), QStringLiteral("moderator") } });
    QTRY_COMPARE(unconfirmed.size(), 1);
    QCOMPARE(unconfirmed.first().first().value<Safeguard>(), Safeguard::Lobby);
    QCOMPARE(m_session->assurance(Safeguard::Lobby), Assurance::Unconfirmed);
    QCOMPARE(m_session->assurance(Safeguard::Moderator), Assurance::Confirmed);

    // Asked again, the lobby is requested anew and confirmed this time.
    m_sent.clear();
    m_session->retry(Safeguard::Lobby);
    QCOMPARE(
        m_sent,
        (QList<std::pair<QString, QJsonArray>> { { QStringLiteral("toggleLobby"), QJsonArray { true } } }));
    QCOMPARE(m_session->assurance(Safeguard::Lobby), Assurance::Requested);
    m_session->handleEvent(
        QStringLiteral("notificationTriggered"),
        { { QStringLiteral("description"), QStringLiteral("lobby.notificationLobbyEnabled") } });
    QCOMPARE(m_session->assurance(Safeguard::Lobby), Assurance::Confirmed);
}

void TestMeetingSession::refusedLockIsReportedAndAskedForAgain()
{
    using Safeguard = MeetingSession::Safeguard;
    QSignalSpy inDoubt(m_session.get(), &MeetingSession::safeguardInDoubt);
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("l") } });
    m_session->handleEvent(QStringLiteral("participantRoleChanged"),
                           { { QStringLiteral("id"), QStringLiteral("l") },
                             { QStringLiteral("role"), QStringLiteral("moderator") } });
    // lib-jitsi-meet refused: Jitsi shows its error notice "dialog.lockMessage".
    m_session->handleEvent(QStringLiteral("notificationTriggered"),
                           { { QStringLiteral("title"), QStringLiteral("dialog.lockTitle") },
                             { QStringLiteral("description"), QStringLiteral("dialog.lockMessage") } });
    QCOMPARE(inDoubt.size(), 1);
    QCOMPARE(inDoubt.first().first().value<Safeguard>(), Safeguard::RoomLock);
    QCOMPARE(m_session->assurance(Safeguard::RoomLock), MeetingSession::Assurance::Refused);
    m_sent.clear();
    m_session->retry(Safeguard::RoomLock);
    QCOMPARE(m_sent,
             (QList<std::pair<QString, QJsonArray>> {
                 { QStringLiteral("password"), QJsonArray { QStringLiteral("abcdefghjkmn") } } }));
    QCOMPARE(m_session->assurance(Safeguard::RoomLock), MeetingSession::Assurance::Sent);

    // A password the server does not support is refused too, by its own notice.
    init();
    QSignalSpy notSupported(m_session.get(), &MeetingSession::safeguardInDoubt);
    joinAsModerator();
    m_session->handleEvent(
        QStringLiteral("notificationTriggered"),
        { { QStringLiteral("title"), QStringLiteral("dialog.passwordNotSupportedTitle") } });
    QCOMPARE(notSupported.size(), 1);
    QCOMPARE(m_session->assurance(Safeguard::RoomLock), MeetingSession::Assurance::Refused);
}

void TestMeetingSession::lockTheMeetingNeverConfirmsIsNeitherConfirmedNorInDoubt()
{
    using Safeguard = MeetingSession::Safeguard;
    using Assurance = MeetingSession::Assurance;
    m_session->setConfirmationTimeout(50);
    QSignalSpy inDoubt(m_session.get(), &MeetingSession::safeguardInDoubt);
    joinAsModerator();
    QCOMPARE(m_session->assurance(Safeguard::RoomLock), Assurance::Sent);
    // Silence, as from a genuine Jitsi that locked the room: the lobby, sent at the same moment,
    // runs out of time; the lock does not, since nothing would ever confirm it.
    QTRY_COMPARE(m_session->assurance(Safeguard::Lobby), Assurance::Unconfirmed);
    QCOMPARE(m_session->assurance(Safeguard::RoomLock), Assurance::Sent);
    QCOMPARE(inDoubt.size(), 1);
    QCOMPARE(inDoubt.first().first().value<Safeguard>(), Safeguard::Lobby);
    // Other error notices are not about the lock.
    m_session->handleEvent(QStringLiteral("notificationTriggered"),
                           { { QStringLiteral("title"), QStringLiteral("dialog.kickTitle") },
                             { QStringLiteral("description"), QStringLiteral("dialog.kickMessage") } });
    QCOMPARE(m_session->assurance(Safeguard::RoomLock), Assurance::Sent);
}

void TestMeetingSession::remoteModeratorDoesNotTriggerLocking()
{
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("local1") } });
    m_session->handleEvent(QStringLiteral("participantRoleChanged"),
                           { { QStringLiteral("id"), QStringLiteral("remote7") },
                             { QStringLiteral("role"), QStringLiteral("moderator") } });
    QVERIFY(m_sent.isEmpty());
    QVERIFY(!m_session->isModerator());
}

void TestMeetingSession::answersPasswordRequest()
{
    m_session->handleEvent(QStringLiteral("passwordRequired"), {});
    QCOMPARE(commands(), QStringList { QStringLiteral("password") });
    QCOMPARE(m_sent.at(0).second, (QJsonArray { QStringLiteral("abcdefghjkmn") }));
}

void TestMeetingSession::knockingParticipantsAreAdmittedOrDenied()
{
    QSignalSpy knocking(m_session.get(), &MeetingSession::participantKnocking);
    const auto knock = [this](const char* id, const char* name) {
        m_session->handleEvent(QStringLiteral("knockingParticipant"),
                               { { QStringLiteral("participant"),
                                   QJsonObject { { QStringLiteral("id"), QLatin1String(id) },
                                                 { QStringLiteral("name"), QString::fromUtf8(name) } } } });
    };
    knock("k1", "Frau Özdemir");
    knock("k2", "Unbekannt");
    knock("k1", "Frau Özdemir"); // Jitsi repeats presence updates
    QCOMPARE(knocking.size(), 2);
    QCOMPARE(m_session->knocking().size(), 2);
    QCOMPARE(m_session->knocking().first().name, QStringLiteral("Frau Özdemir"));

    m_session->admit(QStringLiteral("k1"));
    m_session->deny(QStringLiteral("k2"));
    m_session->admit(QStringLiteral("k2")); // already answered: nothing more goes out
    QCOMPARE(m_sent.size(), 2);
    QCOMPARE(m_sent.at(0),
             (std::pair { QStringLiteral("answerKnockingParticipant"),
                          QJsonArray { QStringLiteral("k1"), true } }));
    QCOMPARE(m_sent.at(1),
             (std::pair { QStringLiteral("answerKnockingParticipant"),
                          QJsonArray { QStringLiteral("k2"), false } }));
    QVERIFY(m_session->knocking().isEmpty());
}

void TestMeetingSession::participantsComeAndGo()
{
    QSignalSpy joined(m_session.get(), &MeetingSession::participantJoined);
    QSignalSpy left(m_session.get(), &MeetingSession::participantLeft);
    m_session->handleEvent(QStringLiteral("participantJoined"),
                           { { QStringLiteral("id"), QStringLiteral("p1") },
                             { QStringLiteral("displayName"), QStringLiteral("Klient") } });
    m_session->handleEvent(QStringLiteral("participantJoined"),
                           { { QStringLiteral("id"), QStringLiteral("p2") },
                             { QStringLiteral("displayName"), QStringLiteral("Mutter") } });
    // Told again about someone already there (a new name, as Jitsi does): nobody new came.
    m_session->handleEvent(QStringLiteral("participantJoined"),
                           { { QStringLiteral("id"), QStringLiteral("p2") },
                             { QStringLiteral("displayName"), QStringLiteral("Mutter K.") } });
    QCOMPARE(m_session->participants().size(), 2);
    QCOMPARE(joined.size(), 2);
    QCOMPARE(joined.at(1), (QVariantList { QStringLiteral("p2"), QStringLiteral("Mutter") }));
    m_session->handleEvent(QStringLiteral("participantLeft"),
                           { { QStringLiteral("id"), QStringLiteral("p1") } });
    QCOMPARE(m_session->participants(),
             (QList<MeetingSession::Person> { { QStringLiteral("p2"), QStringLiteral("Mutter K.") } }));
    // Said by the name the person had, once (a second report of the same is no news).
    m_session->handleEvent(QStringLiteral("participantLeft"),
                           { { QStringLiteral("id"), QStringLiteral("p1") } });
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first(), (QVariantList { QStringLiteral("p1"), QStringLiteral("Klient") }));
    m_session->handleEvent(
        QStringLiteral("participantKickedOut"),
        { { QStringLiteral("kicked"), QJsonObject { { QStringLiteral("id"), QStringLiteral("p2") } } } });
    QVERIFY(m_session->participants().isEmpty());
    QCOMPARE(m_session->state(), MeetingSession::State::Connecting);
}

void TestMeetingSession::participantNamesGiveWayToNeutralOnesWhileHidden()
{
    const auto person = [](const char* id, const char* name) {
        return QJsonObject { { QStringLiteral("id"), QString::fromUtf8(id) },
                             { QStringLiteral("name"), QString::fromUtf8(name) } };
    };
    const auto overwritten = [this] {
        QList<QJsonArray> lists;
        for (const auto& [name, arguments] : m_sent) {
            if (name == QLatin1String("overwriteNames"))
                lists.append(arguments.first().toArray());
        }
        return lists;
    };
    joinAsModerator();
    m_session->handleEvent(QStringLiteral("participantJoined"),
                           { { QStringLiteral("id"), QStringLiteral("p1") },
                             { QStringLiteral("displayName"), QStringLiteral("Jana Müller") } });
    m_session->handleEvent(QStringLiteral("participantJoined"),
                           { { QStringLiteral("id"), QStringLiteral("p2") },
                             { QStringLiteral("displayName"), QStringLiteral("Herr Müller") } });
    // Nobody's name is touched while names may show.
    QVERIFY(overwritten().isEmpty());

    m_session->setNamesHidden(true);
    QCOMPARE(overwritten(),
             (QList<QJsonArray> { { person("p1", "Participant 1"), person("p2", "Participant 2") } }));
    // Whoever joins under the curtain gets a neutral name at once, and a new name stays unseen.
    m_session->handleEvent(QStringLiteral("participantJoined"),
                           { { QStringLiteral("id"), QStringLiteral("p3") },
                             { QStringLiteral("displayName"), QStringLiteral("Frau Yilmaz") } });
    QCOMPARE(overwritten().constLast(), (QJsonArray { person("p3", "Participant 3") }));
    m_session->handleEvent(QStringLiteral("displayNameChange"),
                           { { QStringLiteral("id"), QStringLiteral("p1") },
                             { QStringLiteral("displayname"), QStringLiteral("Jana M.") } });
    QCOMPARE(overwritten().size(), 2);

    // The curtain rises: everyone's own, current name comes back, and a later change shows too
    // (Jitsi would otherwise keep showing the name it was last given).
    m_session->setNamesHidden(false);
    QCOMPARE(
        overwritten().constLast(),
        (QJsonArray { person("p1", "Jana M."), person("p2", "Herr Müller"), person("p3", "Frau Yilmaz") }));
    m_session->handleEvent(QStringLiteral("displayNameChange"),
                           { { QStringLiteral("id"), QStringLiteral("p2") },
                             { QStringLiteral("displayname"), QStringLiteral("Vater") } });
    QCOMPARE(overwritten().constLast(), (QJsonArray { person("p2", "Vater") }));
}

void TestMeetingSession::participantsPaneStaysClosedWhileNamesAreHidden()
{
    const auto paneToggled = [this](bool open) {
        m_session->handleEvent(QStringLiteral("participantsPaneToggled"),
                               { { QStringLiteral("open"), open } });
    };
    const std::pair closePane { QStringLiteral("toggleParticipantsPane"), QJsonArray { false } };
    joinAsModerator();
    // Open while names show: the counselor's own choice.
    m_sent.clear();
    paneToggled(true);
    QVERIFY(m_sent.isEmpty());
    // The curtain falls: the pane, which lists knockers by the names they typed, closes.
    m_session->setNamesHidden(true);
    QCOMPARE(m_sent.constLast(), closePane);
    paneToggled(false);
    const qsizetype sent = m_sent.size();
    // Opened again under the curtain (Jitsi's own button): closed again.
    paneToggled(true);
    QCOMPARE(m_sent.size(), sent + 1);
    QCOMPARE(m_sent.constLast(), closePane);
    // The curtain rises: the counselor may open it.
    m_session->setNamesHidden(false);
    m_sent.clear();
    paneToggled(true);
    QVERIFY(!m_sent.contains(closePane));
}

void TestMeetingSession::hangUpEndsAfterReadyToClose()
{
    QSignalSpy ended(m_session.get(), &MeetingSession::ended);
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("l") } });
    m_session->hangUp();
    QCOMPARE(m_sent.constLast(), (std::pair { QStringLiteral("hangup"), QJsonArray { false } }));
    QCOMPARE(m_session->state(), MeetingSession::State::Leaving);
    QCOMPARE(ended.size(), 0);
    m_session->handleEvent(QStringLiteral("videoConferenceLeft"), {});
    QCOMPARE(ended.size(), 0);
    m_session->handleEvent(QStringLiteral("readyToClose"), {});
    QCOMPARE(ended.size(), 1);
    QCOMPARE(m_session->state(), MeetingSession::State::Ended);
    m_session->handleEvent(QStringLiteral("readyToClose"), {});
    QCOMPARE(ended.size(), 1);
}

void TestMeetingSession::hangUpEndsTheMeetingForEveryoneUnlessOthersStay()
{
    const auto joinAsModerator = [this] {
        m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                               { { QStringLiteral("id"), QStringLiteral("l") } });
        m_session->handleEvent(QStringLiteral("participantRoleChanged"),
                               { { QStringLiteral("id"), QStringLiteral("l") },
                                 { QStringLiteral("role"), QStringLiteral("moderator") } });
        m_sent.clear();
    };
    joinAsModerator();
    m_session->hangUp();
    QCOMPARE(commands(), (QStringList { QStringLiteral("endConference"), QStringLiteral("hangup") }));

    init();
    joinAsModerator();
    m_session->hangUp(MeetingSession::Leaving::OthersStay);
    QCOMPARE(commands(), QStringList { QStringLiteral("hangup") });

    // Not moderator: the meeting would refuse to end, so the counselor only leaves.
    init();
    m_session->handleEvent(QStringLiteral("videoConferenceJoined"),
                           { { QStringLiteral("id"), QStringLiteral("l") } });
    m_session->hangUp();
    QCOMPARE(commands(), QStringList { QStringLiteral("hangup") });
}

void TestMeetingSession::fatalErrorsFailTheSessionOthersDoNot()
{
    QSignalSpy failed(m_session.get(), &MeetingSession::failed);
    // The handbook's flat shape, not fatal.
    m_session->handleEvent(QStringLiteral("errorOccurred"),
                           { { QStringLiteral("name"), QStringLiteral("conference.connectionError") },
                             { QStringLiteral("isFatal"), false } });
    QCOMPARE(failed.size(), 0);
    // The code's wrapped shape, fatal.
    m_session->handleEvent(
        QStringLiteral("errorOccurred"),
        { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("connection.droppedError") },
                          { QStringLiteral("isFatal"), true } } } });
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_session->state(), MeetingSession::State::Failed);
    // In words the counselor understands, not Jitsi's error name.
    QVERIFY2(m_session->errorMessage().startsWith(QLatin1String("The connection to the meeting broke off")),
             qPrintable(m_session->errorMessage()));
    QVERIFY(!m_session->errorMessage().contains(QLatin1String("connection.droppedError")));
    // Hanging up a failed session ends it at once: there is no meeting left to leave.
    QSignalSpy ended(m_session.get(), &MeetingSession::ended);
    m_session->hangUp();
    QCOMPARE(ended.size(), 1);
}

void TestMeetingSession::deviceErrorsAreReportedAsProblems()
{
    QSignalSpy problems(m_session.get(), &MeetingSession::deviceProblem);
    m_session->handleEvent(QStringLiteral("cameraError"),
                           { { QStringLiteral("type"), QStringLiteral("camera.permissionDenied") } });
    m_session->handleEvent(QStringLiteral("micError"),
                           { { QStringLiteral("type"), QStringLiteral("mic.notFound") } });
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("privacy settings")));
    QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("Camera")));
    QVERIFY(problems.at(1).at(0).toString().contains(QLatin1String("No microphone was found")));
    QVERIFY(m_session->state() != MeetingSession::State::Failed);
}

void TestMeetingSession::devicesAreListedAndSwitchedByLabel()
{
    QSignalSpy commands(m_session.get(), &MeetingSession::commandRequested);
    QSignalSpy changed(m_session.get(), &MeetingSession::devicesChanged);
    m_session->requestDevices();
    QCOMPARE(commands.last().at(0).toString(), QStringLiteral("getAvailableDevices"));
    // The shape getAvailableDevices() resolves to; devices without a label (no permission yet) are left out.
    const QJsonObject listed = QJsonDocument::fromJson(R"({
        "videoInput": [{"deviceId": "c1", "label": "Integrated Camera", "kind": "videoinput"},
                       {"deviceId": "c2", "label": "USB Camera", "kind": "videoinput"}],
        "audioInput": [{"deviceId": "m1", "label": "", "kind": "audioinput"},
                       {"deviceId": "m2", "label": "Headset", "kind": "audioinput"}],
        "audioOutput": []})")
                                   .object();
    m_session->handleEvent(QStringLiteral("availableDevices"), listed);
    QCOMPARE(changed.size(), 1);
    using Kind = MediaDevice;
    QCOMPARE(m_session->devices(Kind::Camera),
             QList<MeetingSession::Device>({ { QStringLiteral("c1"), QStringLiteral("Integrated Camera") },
                                             { QStringLiteral("c2"), QStringLiteral("USB Camera") } }));
    QCOMPARE(m_session->devices(Kind::Microphone).size(), 1);
    QVERIFY(m_session->devices(Kind::Speaker).isEmpty());

    m_session->useDevice(Kind::Camera, m_session->devices(Kind::Camera).at(1));
    QCOMPARE(commands.last().at(0).toString(), QStringLiteral("setVideoInputDevice"));
    QCOMPARE(commands.last().at(1).toJsonArray(),
             QJsonArray({ QStringLiteral("USB Camera"), QStringLiteral("c2") }));
    m_session->useDevice(Kind::Microphone, m_session->devices(Kind::Microphone).at(0));
    QCOMPARE(commands.last().at(0).toString(), QStringLiteral("setAudioInputDevice"));

    QSignalSpy problems(m_session.get(), &MeetingSession::deviceProblem);
    m_session->handleEvent(QStringLiteral("deviceSwitchFailed"),
                           { { QStringLiteral("name"), QStringLiteral("setVideoInputDevice") } });
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().first().toString().contains(QLatin1String("camera")));
}

void TestMeetingSession::bothAudioOnlyPayloadShapesAreRead()
{
    m_session->handleEvent(QStringLiteral("audioOnlyChanged"), { { QStringLiteral("enabled"), true } });
    QVERIFY(m_session->isAudioOnly());
    m_session->handleEvent(QStringLiteral("audioOnlyChanged"),
                           { { QStringLiteral("audioOnlyChanged"), false } });
    QVERIFY(!m_session->isAudioOnly());
}

void TestMeetingSession::qualityAndAudioOnlyCommands()
{
    m_session->setVideoQuality(MeetingSession::VideoQuality::Low);
    m_session->setAudioOnly(true);
    m_session->toggleAudio();
    m_session->toggleVideo();
    QCOMPARE(m_sent.at(0), (std::pair { QStringLiteral("setVideoQuality"), QJsonArray { 180 } }));
    QCOMPARE(m_sent.at(1), (std::pair { QStringLiteral("setAudioOnly"), QJsonArray { true } }));
    QCOMPARE(commands().mid(2),
             (QStringList { QStringLiteral("toggleAudio"), QStringLiteral("toggleVideo") }));
    m_session->handleEvent(QStringLiteral("videoQualityChanged"),
                           { { QStringLiteral("videoQuality"), 360 } });
    QCOMPARE(m_session->videoQuality(), MeetingSession::VideoQuality::Standard);
}

void TestMeetingSession::recordingStreamingAndTranscriptionByAnyoneAreFollowedAndStopped()
{
    using Kind = SessionFact::Kind;
    QSignalSpy started(m_session.get(), &MeetingSession::captureStarted);
    // The shapes of recording-status-changed ({on, mode, error, transcription}) and
    // transcribing-status-changed ({on}).
    m_session->handleEvent(
        QStringLiteral("recordingStatusChanged"),
        { { QStringLiteral("on"), true }, { QStringLiteral("mode"), QStringLiteral("file") } });
    m_session->handleEvent(QStringLiteral("recordingStatusChanged"),
                           { { QStringLiteral("on"), true },
                             { QStringLiteral("mode"), QStringLiteral("stream") },
                             { QStringLiteral("transcription"), true } });
    m_session->handleEvent(QStringLiteral("transcribingStatusChanged"), { { QStringLiteral("on"), true } });
    QCOMPARE(m_session->captures(), (QSet<Kind> { Kind::Recording, Kind::Streaming, Kind::Transcription }));
    QCOMPARE(started.size(), 3); // the transcription once, though reported twice

    m_session->stopCaptures();
    QCOMPARE(m_sent.size(), 3);
    QVERIFY(m_sent.contains(
        std::pair { QStringLiteral("stopRecording"), QJsonArray { QStringLiteral("file") } }));
    QVERIFY(m_sent.contains(
        std::pair { QStringLiteral("stopRecording"), QJsonArray { QStringLiteral("stream") } }));
    QVERIFY(m_sent.contains(
        std::pair { QStringLiteral("stopRecording"), QJsonArray { QStringLiteral("file"), true } }));

    m_session->handleEvent(
        QStringLiteral("recordingStatusChanged"),
        { { QStringLiteral("on"), false }, { QStringLiteral("mode"), QStringLiteral("file") } });
    m_session->handleEvent(QStringLiteral("transcribingStatusChanged"), { { QStringLiteral("on"), false } });
    QCOMPARE(m_session->captures(), QSet<Kind> { Kind::Streaming });
}

void TestMeetingSession::endToEndEncryptionIsAskedForLastAndIsNeitherConfirmedNorInDoubt()
{
    using Safeguard = MeetingSession::Safeguard;
    using Assurance = MeetingSession::Assurance;
    m_session->setConfirmationTimeout(50);
    m_session->setEndToEndEncryptionWanted(true);
    m_session->setServerOffersEndToEndEncryption(true);
    QSignalSpy inDoubt(m_session.get(), &MeetingSession::safeguardInDoubt);
    joinAsModerator();
    QCOMPARE(commands(),
             (QStringList { QStringLiteral("password"), QStringLiteral("toggleLobby"),
                            QStringLiteral("toggleE2EE") }));
    QCOMPARE(m_sent.at(2).second, (QJsonArray { true }));
    QCOMPARE(m_session->assurance(Safeguard::EndToEndEncryption), Assurance::Sent);
    // Whatever the meeting reports, nothing of it confirms end-to-end encryption; and since
    // nothing would, its silence is no reason for doubt either (the lobby's is).
    m_session->handleEvent(
        QStringLiteral("notificationTriggered"),
        { { QStringLiteral("description"), QStringLiteral("lobby.notificationLobbyEnabled") } });
    m_session->handleEvent(QStringLiteral("participantRoleChanged"),
                           { { QStringLiteral("id"), QStringLiteral("l") },
                             { QStringLiteral("role"), QStringLiteral("moderator") } });
    QCOMPARE(m_session->assurance(Safeguard::EndToEndEncryption), Assurance::Sent);
    QCOMPARE(commands().count(QStringLiteral("toggleE2EE")), 1);
    init();
    m_session->setConfirmationTimeout(50);
    m_session->setEndToEndEncryptionWanted(true);
    m_session->setServerOffersEndToEndEncryption(true);
    QSignalSpy silence(m_session.get(), &MeetingSession::safeguardInDoubt);
    joinAsModerator();
    QTRY_COMPARE(m_session->assurance(Safeguard::Lobby), Assurance::Unconfirmed);
    QCOMPARE(m_session->assurance(Safeguard::EndToEndEncryption), Assurance::Sent);
    QCOMPARE(silence.size(), 1);
    QCOMPARE(silence.first().first().value<Safeguard>(), Safeguard::Lobby);
}

void TestMeetingSession::endToEndEncryptionWaitsForTheServersOffer()
{
    m_session->setEndToEndEncryptionWanted(true);
    joinAsModerator();
    QVERIFY(!commands().contains(QStringLiteral("toggleE2EE")));
    QSignalSpy changed(m_session.get(), &MeetingSession::changed);
    m_session->setServerOffersEndToEndEncryption(true);
    QCOMPARE(commands().constLast(), QStringLiteral("toggleE2EE"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_session->assurance(MeetingSession::Safeguard::EndToEndEncryption),
             MeetingSession::Assurance::Sent);

    // Not wanted (the server profile's setting): never asked for.
    init();
    m_session->setServerOffersEndToEndEncryption(true);
    joinAsModerator();
    QVERIFY(!commands().contains(QStringLiteral("toggleE2EE")));
    QCOMPARE(m_session->assurance(MeetingSession::Safeguard::EndToEndEncryption),
             MeetingSession::Assurance::NotRequested);
}

void TestMeetingSession::endToEndEncryptionTheServerDoesNotOfferIsNotAskedFor()
{
    QSignalSpy inDoubt(m_session.get(), &MeetingSession::safeguardInDoubt);
    m_session->setEndToEndEncryptionWanted(true);
    m_session->setServerOffersEndToEndEncryption(false);
    joinAsModerator();
    QVERIFY(!commands().contains(QStringLiteral("toggleE2EE")));
    QCOMPARE(m_session->assurance(MeetingSession::Safeguard::EndToEndEncryption),
             MeetingSession::Assurance::Unavailable);
    // A fact of the server, not a doubt: nothing to try again.
    QVERIFY(inDoubt.isEmpty());
    m_session->retry(MeetingSession::Safeguard::EndToEndEncryption);
    QVERIFY(!commands().contains(QStringLiteral("toggleE2EE")));
}

void TestMeetingSession::serverOffersEndToEndEncryptionUnlessItsConfigTurnsItOff_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<bool>("offered");
    QTest::newRow("silent") << QByteArray("{}") << true;
    QTest::newRow("e2ee.disabled") << QByteArray(R"({"e2ee":{"disabled":true}})") << false;
    QTest::newRow("testing.disableE2EE") << QByteArray(R"({"testing":{"disableE2EE":true}})") << false;
    QTest::newRow("e2ee.disabled false") << QByteArray(R"({"e2ee":{"disabled":false}})") << true;
    QTest::newRow("other testing flags")
        << QByteArray(R"({"testing":{"enableFirefoxSimulcast":true}})") << true;
}

void TestMeetingSession::serverOffersEndToEndEncryptionUnlessItsConfigTurnsItOff()
{
    QFETCH(QByteArray, config);
    QFETCH(bool, offered);
    QCOMPARE(MeetingSession::offersEndToEndEncryption(QJsonDocument::fromJson(config).object()), offered);
}

QTEST_GUILESS_MAIN(TestMeetingSession)
#include "tst_MeetingSession.moc"
