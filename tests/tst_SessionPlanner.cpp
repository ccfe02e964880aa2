#include "core/calendar/AppointmentStore.h"
#include "core/meeting/RoomFactory.h"
#include "core/meeting/RoomPassword.h"
#include "core/meeting/SessionPlanner.h"
#include "core/secrets/InstallKey.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

// Planning against the real Secret Service (unlocked) and without a usable one (locked).
class TestSessionPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void plansTokenPasswordAndPrivacySettings();
    void refusesWhatCannotBecomeASession();
    void serverWithoutTokensNeedsNoAppSecret();
    void largeGroupsStartWithVideoOff();
    void linksWithTheMeetingPasswordAreKnown_data();
    void linksWithTheMeetingPasswordAreKnown();

private:
    struct Outcome
    {
        std::optional<SessionPlan> plan;
        QString error;
    };
    Outcome plan(const Appointment& appointment, const QString& profileId = {});
    Appointment session() const;
    bool store(const QString& owner, const QString& name, const QString& value);

    bool m_keychain = false;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestSessionPlanner::init()
{
    m_keychain = qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO") == QLatin1String("unlocked");
    m_workspace = std::make_unique<TestWorkspace>();
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
    ServerProfile berlin;
    berlin.id = QStringLiteral("berlin");
    berlin.name = QStringLiteral("Beratung Berlin");
    berlin.baseUrl = QUrl(QStringLiteral("https://meet.berlin.example"));
    berlin.appId = berlin.issuer = QStringLiteral("vieraugen");
    berlin.audience = QStringLiteral("jitsi");
    m_workspace->settings().saveServerProfile(berlin);
    ServerProfile open;
    open.id = QStringLiteral("open");
    open.name = QStringLiteral("Offener Server");
    open.baseUrl = QUrl(QStringLiteral("https://meet.open.example/team"));
    open.auth = ServerProfile::AuthMode::None;
    m_workspace->settings().saveServerProfile(open);
    m_workspace->settings().setCounselorName(QStringLiteral("Frau Berger"));
    m_workspace->settings().setUiLanguage(QStringLiteral("de"));
    // Chosen in the pre-session check; the speaker stays the system default.
    m_workspace->settings().setPreferredDevice(MediaDevice::Camera, QStringLiteral("USB Camera (046d:0825)"));
    m_workspace->settings().setPreferredDevice(MediaDevice::Microphone, QStringLiteral("Headset Mikrofon"));
}

Appointment TestSessionPlanner::session() const
{
    Appointment appointment;
    appointment.uid = QStringLiteral("plan-1@vieraugen");
    appointment.title = QStringLiteral("Beratung");
    appointment.start = m_workspace->clock().nowUtc().addSecs(600);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.kind = SessionKind::Jitsi;
    appointment.serverProfileId = QStringLiteral("berlin");
    appointment.roomName = RoomFactory().newRoomName();
    appointment.participants = { Participant { QStringLiteral("Klient"), {}, {}, QStringLiteral("de") } };
    return appointment;
}

bool TestSessionPlanner::store(const QString& owner, const QString& name, const QString& value)
{
    SecretReply* reply = m_secrets->write(owner, name, value);
    QSignalSpy done(reply, &SecretReply::finished);
    return done.wait(10000) && reply->ok();
}

TestSessionPlanner::Outcome TestSessionPlanner::plan(const Appointment& appointment, const QString& profileId)
{
    SessionPlanner planner(m_workspace->settings(), *m_secrets, m_workspace->clock());
    Outcome outcome;
    bool answered = false;
    Occurrence occurrence {
        std::make_shared<const Appointment>(appointment), appointment.start, appointment.end, {}, {}, {}
    };
    planner.plan(occurrence, profileId, [&](const std::optional<SessionPlan>& plan, const QString& error) {
        QVERIFY(!answered);
        answered = true;
        outcome = { plan, error };
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 15000))
        outcome.error = QStringLiteral("no answer");
    return outcome;
}

void TestSessionPlanner::plansTokenPasswordAndPrivacySettings()
{
    if (!m_keychain) {
        const Outcome outcome = plan(session());
        QVERIFY(!outcome.plan);
        QVERIFY2(outcome.error.contains(QLatin1String("keychain")), qPrintable(outcome.error));
        return;
    }
    QVERIFY(store(ServerProfile::ownerFor(QStringLiteral("berlin")),
                  QLatin1String(ServerProfile::appSecretName), QStringLiteral("app-secret")));
    const Appointment appointment = session();
    const Outcome outcome = plan(appointment);
    QVERIFY2(outcome.plan, qPrintable(outcome.error));
    const SessionPlan& plan = *outcome.plan;

    QByteArray installKey;
    InstallKey key(*m_secrets);
    bool fetched = false;
    key.fetch([&](bool ok, const QByteArray& value, const QString&) {
        fetched = ok;
        installKey = value;
    });
    QTRY_VERIFY(fetched);
    QCOMPARE(plan.roomPassword, RoomPassword::derive(installKey, appointment.uid));

    const QList<QByteArray> parts = plan.moderatorToken.split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
              .object();
    QCOMPARE(claims.value(QLatin1String("room")).toString(), appointment.roomName);
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("meet.berlin.example"));
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger(),
             appointment.end.addSecs(3600).toSecsSinceEpoch());
    QVERIFY(!plan.moderatorToken.contains(plan.roomPassword.toLatin1()));

    QCOMPARE(plan.guestLink().toString(),
             QStringLiteral("https://meet.berlin.example/") + appointment.roomName);
    QVERIFY(plan.moderatorLink().toString().endsWith(QString::fromLatin1(plan.moderatorToken)));

    const QJsonObject options = plan.meetingOptions();
    QCOMPARE(options.value(QLatin1String("scriptUrl")).toString(),
             QStringLiteral("https://meet.berlin.example/external_api.js"));
    QCOMPARE(options.value(QLatin1String("lang")).toString(), QStringLiteral("de"));
    const QJsonObject config = options.value(QLatin1String("configOverwrite")).toObject();
    QCOMPARE(config.value(QLatin1String("disableThirdPartyRequests")).toBool(), true);
    QCOMPARE(config.value(QLatin1String("disableInviteFunctions")).toBool(), true);
    QCOMPARE(config.value(QLatin1String("startWithVideoMuted")).toBool(), false);
    // Jitsi's own knock notice would name the knocker in the uncovered meeting under the curtain.
    QVERIFY(config.value(QLatin1String("disabledNotifications"))
                .toArray()
                .contains(QStringLiteral("notify.participantWantsToJoin")));
    QVERIFY(!config.value(QLatin1String("toolbarButtons")).toArray().contains(QStringLiteral("invite")));
    QCOMPARE(
        options.value(QLatin1String("userInfo")).toObject().value(QLatin1String("displayName")).toString(),
        QStringLiteral("Frau Berger"));
    const QJsonObject devices { { QStringLiteral("videoInput"), QStringLiteral("USB Camera (046d:0825)") },
                                { QStringLiteral("audioInput"), QStringLiteral("Headset Mikrofon") } };
    QCOMPARE(options.value(QLatin1String("devices")).toObject(), devices);
    // The room password never travels in what the page receives: C++ sends it as a command.
    QVERIFY(!QJsonDocument(options).toJson().contains(plan.roomPassword.toLatin1()));
}

void TestSessionPlanner::refusesWhatCannotBecomeASession()
{
    Appointment phone = session();
    phone.kind = SessionKind::Phone;
    QVERIFY(plan(phone).error.contains(QLatin1String("not a video session")));

    Appointment noRoom = session();
    noRoom.roomName = QStringLiteral("Müller");
    QVERIFY(plan(noRoom).error.contains(QLatin1String("no valid room")));

    Appointment gone = session();
    gone.serverProfileId = QStringLiteral("deleted");
    QVERIFY(plan(gone).error.contains(QLatin1String("no longer exists")));
    // A server removed in the settings is named as the counselor knew it, not by its id.
    m_workspace->settings().removeServerProfile(QStringLiteral("open"));
    Appointment removed = session();
    removed.serverProfileId = QStringLiteral("open");
    QVERIFY2(plan(removed).error.contains(
                 QLatin1String("\"Offener Server\" of this appointment no longer exists")),
             qPrintable(plan(removed).error));

    if (!m_keychain)
        return;
    // No app secret stored for the server.
    const Outcome missingSecret = plan(session());
    QVERIFY2(missingSecret.error.contains(QLatin1String("Beratung Berlin")), qPrintable(missingSecret.error));

    QVERIFY(store(ServerProfile::ownerFor(QStringLiteral("berlin")),
                  QLatin1String(ServerProfile::appSecretName), QStringLiteral("app-secret")));
    Appointment past = session();
    past.start = m_workspace->clock().nowUtc().addDays(-1);
    past.end = past.start.addSecs(3600);
    QVERIFY(plan(past).error.contains(QLatin1String("ended")));
}

void TestSessionPlanner::serverWithoutTokensNeedsNoAppSecret()
{
    if (!m_keychain)
        return;
    const Outcome outcome = plan(session(), QStringLiteral("open"));
    QVERIFY2(outcome.plan, qPrintable(outcome.error));
    QVERIFY(outcome.plan->moderatorToken.isEmpty());
    QCOMPARE(outcome.plan->server.id, QStringLiteral("open"));
    QCOMPARE(outcome.plan->domain(), QStringLiteral("meet.open.example"));
    QCOMPARE(outcome.plan->roomPath(), QStringLiteral("team/") + outcome.plan->roomName);
    QVERIFY(!outcome.plan->meetingOptions().contains(QLatin1String("jwt")));
}

void TestSessionPlanner::largeGroupsStartWithVideoOff()
{
    if (!m_keychain)
        return;
    Appointment group = session();
    group.participants
        = QList<Participant>(4, Participant { QStringLiteral("Teilnehmer"), {}, {}, QStringLiteral("de") });
    const Outcome outcome = plan(group, QStringLiteral("open"));
    QVERIFY2(outcome.plan, qPrintable(outcome.error));
    QCOMPARE(outcome.plan->participantCount, 5);
    QVERIFY(outcome.plan->startsWithVideoOff());
    QCOMPARE(outcome.plan->configOverwrite().value(QLatin1String("startWithVideoMuted")).toBool(), true);
}

void TestSessionPlanner::linksWithTheMeetingPasswordAreKnown_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("carriesPassword");
    QTest::newRow("zoom") << QStringLiteral("https://us02web.zoom.us/j/81234567890?pwd=QWErtyUIop12") << true;
    QTest::newRow("zoom without") << QStringLiteral("https://us02web.zoom.us/j/81234567890") << false;
    QTest::newRow("webex") << QStringLiteral("https://x.webex.com/meet/j.php?MTID=m1&password=Ab12") << true;
    QTest::newRow("empty") << QStringLiteral("https://us02web.zoom.us/j/81234567890?pwd=") << false;
    QTest::newRow("teams") << QStringLiteral("https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Y")
                           << false;
}

void TestSessionPlanner::linksWithTheMeetingPasswordAreKnown()
{
    QFETCH(QString, link);
    QFETCH(bool, carriesPassword);
    QCOMPARE(SessionPlanner::linkCarriesPassword(QUrl(link)), carriesPassword);
}

QTEST_GUILESS_MAIN(TestSessionPlanner)
#include "tst_SessionPlanner.moc"
