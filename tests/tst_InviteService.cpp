#include "core/calendar/AppointmentStore.h"
#include "core/cli/CommandLineTool.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteService.h"
#include "core/meeting/RoomFactory.h"
#include "core/meeting/RoomPassword.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/LocalSmtpServer.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// Inviting with real parts: the Secret Service, SQLite, aiosmtpd and a local SMS gateway.
class TestInviteService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emailAndSmsGoTheirOwnWaysAndLeaveNoContentBehind();
    void mailProgramAndPhoneAreHandedToTheCounselor();
    void aPasswordIsCopiedAfterTheLinkWasEmailedButNotTheSameWay();
    void outboxRetriesWhenTheGatewayComesBack();
    void cancelledMessagesStayUnsent();
    void sendingTwiceQueuesEachMessageOnce();
    void wrongSettingsFailWithoutRetrying();
    void commandLineShowsTemplatesAndTheOutbox();
    void dryRunRefusesAnInvitationWithGaps();
    void invitedParticipantsAreRemindedOnce();
    void movedAndDeletedDatesAreToldWhenTheCounselorSaysSo();
    void changedDateOfASeriesIsToldByItsRecurrenceId();
    void undoneDeletionIsToldAsTakingPlaceAfterAll();
    void cancelledDatesOfAnInvitedSeriesAreToldPlainly();
    void aDateDeletedAfterTheInvitedOneIsToldAsItself();
    void invitationsLoggedBeforeTheirDatesWereAreJudgedByWhatTheLogKnows();

private:
    Occurrence scheduled();
    void store(const char* owner, const char* name, const QString& value);
    // Waits for the service's answer to one request.
    std::optional<InvitePair> answer(const std::function<void(const InviteService::Sent&)>& request,
                                     QString* error);
    std::optional<InvitePair> send(InviteChannel link, InviteChannel password, QString* error);
    std::optional<InvitePair> sendOne(InviteMessage::Kind kind, InviteChannel channel, QString* error);
    // Sends the change of the only outdated invitation and returns the calendar file of the mail it
    // became, as python3-icalendar reads it.
    QJsonObject sendChange(InviteComposer::Change expected, QString* mail);
    // The scheduled appointment made a weekly series of four at 10:00 in Berlin and invited to by
    // e-mail and SMS, from the series or from its first date (as chosen in the calendar), once the
    // link went; nothing when that failed.
    std::optional<Appointment> inviteToAWeeklySeries(bool fromItsFirstDate);

    TestCertificates m_certificates;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<InvitationLog> m_log;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<InviteService> m_service;
    std::unique_ptr<LocalSmtpServer> m_smtp;
    std::unique_ptr<LocalHttpServer> m_gateway;
    Occurrence m_occurrence;
};

void TestInviteService::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

void TestInviteService::store(const char* owner, const char* name, const QString& value)
{
    SecretReply* reply = m_secrets->write(QLatin1String(owner), QLatin1String(name), value);
    QSignalSpy done(reply, &SecretReply::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(reply->ok());
}

void TestInviteService::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    Settings& settings = m_workspace->settings();
    m_secrets = std::make_unique<SecretStore>(settings);
    m_smtp = std::make_unique<LocalSmtpServer>();
    QVERIFY(m_smtp->start(LocalSmtpServer::Mode::StartTls, m_certificates.serverCertificateFile(),
                          m_certificates.serverKeyFile(), QStringLiteral("beratung"),
                          QStringLiteral("Smtp-Secret-2")));
    m_gateway = std::make_unique<LocalHttpServer>();
    QVERIFY(m_gateway->listen());
    m_gateway->setRoute("/api/sms", { 200, R"({"success":"100"})", "application/json", 0 });

    ServerProfile server;
    server.id = QStringLiteral("berlin");
    server.name = QStringLiteral("Berlin");
    server.baseUrl = QUrl(QStringLiteral("https://meet.beratung.example"));
    server.auth = ServerProfile::AuthMode::None;
    settings.saveServerProfile(server);
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = m_smtp->port();
    smtp.user = QStringLiteral("beratung");
    smtp.from = QStringLiteral("Beratungsstelle Mitte <beratung@example.org>");
    smtp.caFile = m_certificates.authorityFile();
    settings.setSmtp(smtp);
    SmsSettings sms;
    sms.provider = QStringLiteral("seven");
    sms.sender = QStringLiteral("Beratung");
    sms.endpoint = m_gateway->url(QStringLiteral("/api/sms"));
    QString smsError;
    QVERIFY2(settings.setSms(sms, &smsError), qPrintable(smsError));
    settings.setCounselorName(QStringLiteral("Frau Berger"));
    settings.setOrganizationName(QStringLiteral("Beratungsstelle Mitte"));
    settings.setPrivacyNoticeUrl(QUrl(QStringLiteral("https://beratung.example/datenschutz")));
    store(SmtpSettings::secretOwner, SmtpSettings::passwordName, QStringLiteral("Smtp-Secret-2"));
    store(SmsSettings::secretOwner, SmsSettings::secretName, QStringLiteral("Sms-Secret-3"));

    m_log = std::make_unique<InvitationLog>(m_workspace->database(), m_workspace->clock());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_service = std::make_unique<InviteService>(settings, *m_secrets, m_workspace->appointments(), *m_log,
                                                *m_network, m_workspace->clock());
    m_occurrence = scheduled();
}

void TestInviteService::cleanup()
{
    m_service.reset();
    m_network.reset();
    m_log.reset();
    m_smtp.reset();
    m_gateway.reset();
    m_secrets.reset();
    m_workspace.reset();
}

Occurrence TestInviteService::scheduled()
{
    Appointment appointment;
    appointment.title = QStringLiteral("Paarberatung");
    appointment.start = m_workspace->clock().nowUtc().addDays(2);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.kind = SessionKind::Jitsi;
    appointment.serverProfileId = QStringLiteral("berlin");
    appointment.roomName = RoomFactory().newRoomName();
    appointment.participants
        = { Participant { QStringLiteral("Jonas Weber"), QStringLiteral("jonas@example.org"),
                          QStringLiteral("+4915112345678"), QStringLiteral("de") } };
    QString error;
    if (!m_workspace->appointments().save(appointment, &error))
        qWarning() << error;
    return *m_workspace->appointments().occurrenceOf(appointment.uid, {});
}

std::optional<InvitePair>
TestInviteService::answer(const std::function<void(const InviteService::Sent&)>& request, QString* error)
{
    std::optional<InvitePair> sent;
    bool answered = false;
    request([&](const std::optional<InvitePair>& pair, const QString& message) {
        sent = pair;
        *error = message;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 20000))
        *error = QStringLiteral("no answer");
    return sent;
}

std::optional<InvitePair> TestInviteService::send(InviteChannel link, InviteChannel password, QString* error)
{
    return answer(
        [&](const InviteService::Sent& done) { m_service->send(m_occurrence, 0, link, password, done); },
        error);
}

std::optional<InvitePair> TestInviteService::sendOne(InviteMessage::Kind kind, InviteChannel channel,
                                                     QString* error)
{
    return answer(
        [&](const InviteService::Sent& done) { m_service->sendOne(m_occurrence, 0, kind, channel, done); },
        error);
}

void TestInviteService::emailAndSmsGoTheirOwnWaysAndLeaveNoContentBehind()
{
    QString error;
    QVERIFY(send(InviteChannel::Smtp, InviteChannel::Sms, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto bothSent = [this] {
        const QList<InvitationLog::Entry> entries = m_log->forAppointment(m_occurrence.appointment->uid);
        return entries.size() == 2
            && std::all_of(entries.cbegin(), entries.cend(), [](const InvitationLog::Entry& e) {
                   return e.status == InvitationLog::Status::Sent;
               });
    };
    QTRY_VERIFY_WITH_TIMEOUT(bothSent(), 20000);
    const QList<InvitationLog::Entry> entries = m_log->forAppointment(m_occurrence.appointment->uid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).channel, InviteChannel::Smtp);
    QCOMPARE(entries.at(1).channel, InviteChannel::Sms);

    QCOMPARE(m_smtp->messages().size(), 1);
    const QString mail = m_smtp->messages()
                             .first()
                             .value(QLatin1String("parts"))
                             .toArray()
                             .at(0)[QStringLiteral("text")]
                             .toString();
    QVERIFY(
        mail.contains(QStringLiteral("https://meet.beratung.example/") + m_occurrence.appointment->roomName));
    const QByteArray sms = m_gateway->requests().first().body;
    const QString text = QJsonDocument::fromJson(sms).object().value(QLatin1String("text")).toString();
    const QString password
        = QRegularExpression(QStringLiteral("lautet ([a-z2-9]{12})")).match(text).captured(1);
    QVERIFY2(RoomPassword::isWellFormed(password), qPrintable(text));
    QVERIFY(!mail.contains(password));
    QVERIFY(!sms.contains("https://"));
    QVERIFY(!sms.contains(m_occurrence.appointment->roomName.toUtf8()));

    // The calendar file holds the log, but no password, address or message text.
    QSqlQuery(m_workspace->database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile file(m_workspace->database().filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains("Sms-Secret-3"));
    QVERIFY(!bytes.contains("Smtp-Secret-2"));
    QVERIFY(!bytes.contains("F-Droid"));
}

void TestInviteService::mailProgramAndPhoneAreHandedToTheCounselor()
{
    QString error;
    const std::optional<InvitePair> pair = send(InviteChannel::Mailto, InviteChannel::Phone, &error);
    QVERIFY2(pair, qPrintable(error));
    QCOMPARE(pair->link.channel, InviteChannel::Mailto);
    QCOMPARE(pair->link.to, QStringLiteral("jonas@example.org"));
    QCOMPARE(pair->password.channel, InviteChannel::Phone);
    QVERIFY(RoomPassword::isWellFormed(pair->secret));
    const QUrl mailto = pair->link.mailtoUrl();
    QCOMPARE(mailto.scheme(), QStringLiteral("mailto"));
    QCOMPARE(mailto.path(), QStringLiteral("jonas@example.org"));
    QCOMPARE(QUrlQuery(mailto).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
             pair->link.subject);
    QVERIFY(QUrlQuery(mailto)
                .queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                .contains(QLatin1String("F-Droid")));
    QCOMPARE(m_smtp->messages().size(), 0);
    QCOMPARE(m_gateway->requests().size(), 0);
    // Logged only once the counselor confirms having passed it on.
    QVERIFY(m_log->forAppointment(m_occurrence.appointment->uid).isEmpty());
    QVERIFY(m_service->recordHandedOver(m_occurrence, 0, pair->password, &error));
    const QList<InvitationLog::Entry> entries = m_log->forAppointment(m_occurrence.appointment->uid);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().status, InvitationLog::Status::HandedOver);
    QCOMPARE(entries.first().channel, InviteChannel::Phone);
    QCOMPARE(entries.first().kind, InviteMessage::Kind::Password);

    // "Resend password" by SMS: one message, nothing else.
    std::optional<InvitePair> resent;
    m_service->sendOne(m_occurrence, 0, InviteMessage::Kind::Password, InviteChannel::Sms,
                       [&](const std::optional<InvitePair>& sentPair, const QString&) { resent = sentPair; });
    QTRY_COMPARE_WITH_TIMEOUT(m_gateway->requests().size(), 1, 20000);
    QVERIFY(resent);
    QCOMPARE(resent->secret, pair->secret);
    QVERIFY(m_gateway->requests().first().body.contains(pair->secret.toUtf8()));
    QCOMPARE(m_smtp->messages().size(), 0);
}

void TestInviteService::aPasswordIsCopiedAfterTheLinkWasEmailedButNotTheSameWay()
{
    // The test user's finding: with the link e-mailed, "Resend password" by copying was refused as
    // "the same way", and a copied message was logged as passed on.
    QString error;
    QVERIFY(send(InviteChannel::Smtp, InviteChannel::Phone, &error));
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp->messages().size(), 1, 20000);
    const std::optional<InvitePair> password
        = sendOne(InviteMessage::Kind::Password, InviteChannel::Clipboard, &error);
    QVERIFY2(password, qPrintable(error));
    QCOMPARE(password->password.channel, InviteChannel::Clipboard);
    QVERIFY(password->password.body.contains(password->secret));
    QVERIFY(m_service->recordHandedOver(m_occurrence, 0, password->password, &error));
    const InvitationLog::Entry copied = m_log->forAppointment(m_occurrence.appointment->uid).last();
    QCOMPARE(copied.status, InvitationLog::Status::Copied);
    QVERIFY(m_service->markPassedOn(copied.id, &error));
    QCOMPARE(m_log->find(copied.id)->status, InvitationLog::Status::HandedOver);
    QVERIFY(!m_service->markPassedOn(copied.id, &error));

    // The password went by copying: a new link may not go that way too, only by e-mail.
    QVERIFY(!sendOne(InviteMessage::Kind::Link, InviteChannel::Clipboard, &error));
    QVERIFY2(error.contains(QLatin1String("different ways")), qPrintable(error));
    QVERIFY2(sendOne(InviteMessage::Kind::Link, InviteChannel::Smtp, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp->messages().size(), 2, 20000);
}

void TestInviteService::outboxRetriesWhenTheGatewayComesBack()
{
    m_gateway->setRoute("/api/sms", { 503, "maintenance", "text/plain", 0 });
    QString error;
    send(InviteChannel::Clipboard, InviteChannel::Sms, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_log->outbox().size() == 1 && m_log->outbox().first().attempts == 1, true,
                              20000);
    InvitationLog::Entry waiting = m_log->outbox().first();
    QCOMPARE(waiting.status, InvitationLog::Status::Pending);
    QVERIFY(waiting.lastError.contains(QLatin1String("outbox")));
    QCOMPARE(waiting.nextAttempt, m_workspace->clock().nowUtc().addMSecs(InviteService::backoffMs(1)));

    // Not due yet: nothing happens.
    m_service->processOutbox();
    QTest::qWait(300);
    QCOMPARE(m_gateway->requests().size(), 1);

    m_gateway->setRoute("/api/sms", { 200, R"({"success":"100"})", "application/json", 0 });
    m_workspace->clock().advance(InviteService::backoffMs(1));
    QSignalSpy attempted(m_service.get(), &InviteService::outboxAttempted);
    m_service->processOutbox();
    QVERIFY(attempted.wait(20000));
    QCOMPARE(attempted.first().at(1).toBool(), true);
    QCOMPARE(m_log->find(waiting.id)->status, InvitationLog::Status::Sent);
    QCOMPARE(m_log->find(waiting.id)->attempts, 2);
    QVERIFY(m_log->outbox().isEmpty());
}

void TestInviteService::cancelledMessagesStayUnsent()
{
    m_gateway->setRoute("/api/sms", { 503, "maintenance", "text/plain", 0 });
    QString error;
    send(InviteChannel::Clipboard, InviteChannel::Sms, &error);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->outbox().size() == 1 && m_log->outbox().first().attempts == 1, true,
                              20000);
    const qint64 id = m_log->outbox().first().id;
    QVERIFY(m_service->cancel(id, &error));
    m_gateway->setRoute("/api/sms", { 200, R"({"success":"100"})", "application/json", 0 });
    m_workspace->clock().advance(InviteService::backoffMs(5));
    m_service->processOutbox();
    QTest::qWait(300);
    QCOMPARE(m_gateway->requests().size(), 1);
    QCOMPARE(m_log->find(id)->status, InvitationLog::Status::Cancelled);
    QVERIFY(!m_service->retry(id, &error));
}

void TestInviteService::sendingTwiceQueuesEachMessageOnce()
{
    m_gateway->setRoute("/api/sms", { 503, "maintenance", "text/plain", 0 });
    // A second press while the first invitation is still being composed.
    int answers = 0;
    QStringList errors;
    for (int press = 0; press < 2; ++press) {
        m_service->send(m_occurrence, 0, InviteChannel::Clipboard, InviteChannel::Sms,
                        [&](const std::optional<InvitePair>& pair, const QString& error) {
                            ++answers;
                            if (!pair)
                                errors.append(error);
                        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 20000);
    QCOMPARE(errors.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->outbox().size() == 1 && m_log->outbox().first().attempts == 1, true,
                              20000);
    // The same invitation again while its text message still waits: tried again, not queued twice.
    QString error;
    QVERIFY(send(InviteChannel::Clipboard, InviteChannel::Sms, &error));
    QTRY_COMPARE_WITH_TIMEOUT(m_log->outbox().first().attempts, 2, 20000);
    QCOMPARE(m_gateway->requests().size(), 2);
    QCOMPARE(m_log->forAppointment(m_occurrence.appointment->uid).size(), 1);
}

void TestInviteService::wrongSettingsFailWithoutRetrying()
{
    m_gateway->setRoute("/api/sms", { 200, R"({"success":"900"})", "application/json", 0 });
    QString error;
    send(InviteChannel::Clipboard, InviteChannel::Sms, &error);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->outbox().size() == 1
                                  && m_log->outbox().first().status == InvitationLog::Status::Failed,
                              true, 20000);
    const InvitationLog::Entry failed = m_log->outbox().first();
    QVERIFY2(failed.lastError.contains(QLatin1String("900")), qPrintable(failed.lastError));
    // After fixing the account, the counselor retries.
    m_gateway->setRoute("/api/sms", { 200, R"({"success":"100"})", "application/json", 0 });
    QSignalSpy attempted(m_service.get(), &InviteService::outboxAttempted);
    QVERIFY(m_service->retry(failed.id, &error));
    QVERIFY(attempted.wait(20000));
    QCOMPARE(m_log->find(failed.id)->status, InvitationLog::Status::Sent);
}

void TestInviteService::commandLineShowsTemplatesAndTheOutbox()
{
    QString out;
    QString err;
    const auto run = [&](QStringList arguments) {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CommandLineTool tool(outStream, errStream, &m_workspace->settings());
        return tool.run(QStringList { QStringLiteral("vieraugen-cli"), QStringLiteral("--data-dir"),
                                      m_workspace->dataLocation().path() }
                        + arguments);
    };
    const QString uid = m_occurrence.appointment->uid;
    QCOMPARE(run({ QStringLiteral("invite"), uid, QStringLiteral("--dry-run"), QStringLiteral("--json") }),
             0);
    const QJsonArray invitations = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(invitations.size(), 1);
    const QJsonObject invitation = invitations.first().toObject();
    QCOMPARE(invitation.value(QLatin1String("participant")).toString(), QStringLiteral("Jonas Weber"));
    const QJsonObject link = invitation.value(QLatin1String("link")).toObject();
    const QJsonObject password = invitation.value(QLatin1String("password")).toObject();
    QCOMPARE(link.value(QLatin1String("channel")).toString(), QStringLiteral("smtp"));
    QCOMPARE(link.value(QLatin1String("to")).toString(), QStringLiteral("jonas@example.org"));
    QCOMPARE(link.value(QLatin1String("attachments")).toArray(),
             (QJsonArray { QStringLiteral("invitation.ics") }));
    QCOMPARE(password.value(QLatin1String("channel")).toString(), QStringLiteral("sms"));
    const QString secret = password.value(QLatin1String("secret")).toString();
    QVERIFY(RoomPassword::isWellFormed(secret));
    QVERIFY(password.value(QLatin1String("body")).toString().contains(secret));
    QVERIFY(!link.value(QLatin1String("body")).toString().contains(secret));
    // A dry run sends nothing and logs nothing.
    QCOMPARE(m_gateway->requests().size(), 0);
    QCOMPARE(m_smtp->messages().size(), 0);
    QVERIFY(m_log->forAppointment(uid).isEmpty());

    QCOMPARE(run({ QStringLiteral("invite"), uid, QStringLiteral("--link-channel"), QStringLiteral("sms"),
                   QStringLiteral("--password-channel"), QStringLiteral("phone") }),
             int(CommandLineTool::DataError));
    QVERIFY2(err.contains(QLatin1String("never the other way round")), qPrintable(err));
    QCOMPARE(
        run({ QStringLiteral("invite"), uid, QStringLiteral("--link-channel"), QStringLiteral("clipboard"),
              QStringLiteral("--password-channel"), QStringLiteral("clipboard") }),
        int(CommandLineTool::DataError));
    QVERIFY2(err.contains(QLatin1String("different ways")), qPrintable(err));

    m_gateway->setRoute("/api/sms", { 503, "maintenance", "text/plain", 0 });
    QCOMPARE(
        run({ QStringLiteral("invite"), uid, QStringLiteral("--link-channel"), QStringLiteral("mailto") }),
        int(CommandLineTool::DataError));
    QVERIFY2(out.contains(QLatin1String("mailto:jonas@example.org")), qPrintable(out));
    QCOMPARE(run({ QStringLiteral("outbox"), QStringLiteral("--json") }), int(CommandLineTool::DataError));
    const QJsonArray waiting = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first()[QStringLiteral("channel")].toString(), QStringLiteral("sms"));
    QCOMPARE(waiting.first()[QStringLiteral("status")].toString(), QStringLiteral("pending"));

    m_gateway->setRoute("/api/sms", { 200, R"({"success":"100"})", "application/json", 0 });
    QCOMPARE(run({ QStringLiteral("outbox"), QStringLiteral("--retry") }), 0);
    QVERIFY2(out.contains(QLatin1String("The outbox is empty")), qPrintable(out));
}

void TestInviteService::dryRunRefusesAnInvitationWithGaps()
{
    m_workspace->settings().setCounselorName(QString());
    m_workspace->settings().setOrganizationName(QString());
    QCOMPARE(m_service->missingSenderDetails(m_occurrence, 0),
             QStringList({ QStringLiteral("counselor"), QStringLiteral("organization") }));
    QString out;
    QString err;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CommandLineTool tool(outStream, errStream, &m_workspace->settings());
        QCOMPARE(tool.run({ QStringLiteral("vieraugen-cli"), QStringLiteral("--data-dir"),
                            m_workspace->dataLocation().path(), QStringLiteral("invite"),
                            m_occurrence.appointment->uid, QStringLiteral("--dry-run") }),
                 int(CommandLineTool::DataError));
    }
    QVERIFY2(err.contains(QLatin1String("your name"))
                 && err.contains(QLatin1String("your counseling service")),
             qPrintable(err));
    QVERIFY2(!out.contains(QLatin1String("with  ")) && !out.contains(QStringLiteral("– \n")),
             qPrintable(out));

    m_service->setSenderDetail(QStringLiteral("counselor"), QStringLiteral("Frau Berger"));
    m_service->setSenderDetail(QStringLiteral("organization"), QStringLiteral("Beratungsstelle Mitte"));
    QVERIFY(m_service->missingSenderDetails(m_occurrence, 0).isEmpty());
    // Tester12's J6: the privacy page typed as people type it went out as "http://…".
    m_service->setSenderDetail(QStringLiteral("privacyNotice"),
                               QStringLiteral(" www.eb-lindenstrasse.example/datenschutz"));
    QCOMPARE(m_workspace->settings().privacyNoticeUrl(),
             QUrl(QStringLiteral("https://www.eb-lindenstrasse.example/datenschutz")));
}

void TestInviteService::invitedParticipantsAreRemindedOnce()
{
    m_workspace->settings().setReminderEmailDayBefore(true);
    m_workspace->settings().setReminderSmsMinutesBefore(30);
    QString error;
    QVERIFY(send(InviteChannel::Smtp, InviteChannel::Sms, &error));
    QTRY_COMPARE_WITH_TIMEOUT(m_gateway->requests().size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp->messages().size(), 1, 20000);
    m_service->processOutbox();
    QTest::qWait(300);
    QCOMPARE(m_smtp->messages().size(), 1); // two days ahead: no reminder yet

    MockClock& clock = m_workspace->clock();
    clock.setTime(m_occurrence.start.addSecs(-20 * 3600));
    m_service->processOutbox();
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp->messages().size(), 2, 20000);
    QVERIFY(m_smtp->messages().at(1).value(QLatin1String("raw")).toString().size() > 0);
    m_service->processOutbox();
    QTest::qWait(300);
    QCOMPARE(m_smtp->messages().size(), 2);
    QCOMPARE(m_gateway->requests().size(), 1);

    clock.setTime(m_occurrence.start.addSecs(-20 * 60));
    m_service->processOutbox();
    QTRY_COMPARE_WITH_TIMEOUT(m_gateway->requests().size(), 2, 20000);
    m_service->processOutbox();
    QTest::qWait(300);
    QCOMPARE(m_gateway->requests().size(), 2);
    const QList<InvitationLog::Entry> entries = m_log->forAppointment(m_occurrence.appointment->uid);
    QCOMPARE(std::count_if(
                 entries.cbegin(), entries.cend(),
                 [](const InvitationLog::Entry& e) { return e.purpose == InvitationLog::Purpose::Reminder; }),
             2);
}

void TestInviteService::invitationsLoggedBeforeTheirDatesWereAreJudgedByWhatTheLogKnows()
{
    // H10: invitations sent before schema 11 do not say which date they named, and moving their date
    // asked nothing. One whose appointment has not changed since names the date as it is.
    QString error;
    QVERIFY(send(InviteChannel::Smtp, InviteChannel::Sms, &error));
    const QString uid = m_occurrence.appointment->uid;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->forAppointment(uid).first().status == InvitationLog::Status::Sent, 20000);
    const qint64 link = m_log->forAppointment(uid).first().id;
    const auto forget = [this] {
        QSqlQuery query(m_workspace->database().connection());
        return query.exec(QStringLiteral("UPDATE invitations SET for_start_utc = NULL, schedule = NULL"));
    };
    const auto restart = [this] {
        m_service = std::make_unique<InviteService>(m_workspace->settings(), *m_secrets,
                                                    m_workspace->appointments(), *m_log, *m_network,
                                                    m_workspace->clock());
        return &m_service->changes();
    };
    QVERIFY(forget());
    InvitationChanges* changes = restart();
    QCOMPARE(m_log->find(link)->forStart, m_occurrence.start);
    QVERIFY(!changes->isOutdated(*m_log->find(link)));
    QVERIFY(!changes->mayBeOutdated(*m_log->find(link)));
    Appointment moved = *m_occurrence.appointment;
    moved.start = moved.start.addSecs(3600);
    moved.end = moved.end.addSecs(3600);
    m_workspace->clock().setTime(m_workspace->clock().nowUtc().addSecs(60));
    AppointmentStore& store = m_workspace->appointments();
    QVERIFY2(store.replaceAll({ uid }, { moved }, &error), qPrintable(error));
    QCOMPARE(changes->outdated().size(), 1);
    QCOMPARE(changes->outdated().first().change, InviteComposer::Change::Moved);
    QCOMPARE(changes->outdated().first().entry.forStart, m_occurrence.start);

    // Changed after it went out: what it named is not known. It may be outdated, and nobody is asked
    // to tell a "move" from an unknown time.
    QVERIFY(forget());
    changes = restart();
    QVERIFY(m_log->find(link)->schedule.isNull());
    QVERIFY(changes->mayBeOutdated(*m_log->find(link)));
    QVERIFY(changes->outdated().isEmpty());
}

QTEST_GUILESS_MAIN(TestInviteService)
QJsonObject TestInviteService::sendChange(InviteComposer::Change expected, QString* mail)
{
    const QList<InvitationChanges::Outdated> outdated = m_service->changes().outdated();
    if (outdated.size() != 1 || outdated.first().change != expected) {
        qWarning() << "outdated:" << outdated.size()
                   << (outdated.isEmpty() ? -1 : int(outdated.first().change));
        return {};
    }
    const qsizetype before = m_smtp->messages().size();
    bool answered = false;
    m_service->sendChange(outdated.first(),
                          [&answered](const std::optional<InviteMessage>& message, const QString& error) {
                              answered = true;
                              if (!message)
                                  qWarning() << error;
                          });
    // Until the mail has arrived and is logged as sent: one still in the outbox answers the next
    // question already.
    const QString uid = outdated.first().entry.appointmentUid;
    if (!QTest::qWaitFor(
            [&] {
                return answered && m_smtp->messages().size() > before
                    && m_log->forAppointment(uid).constLast().status == InvitationLog::Status::Sent;
            },
            20000))
        return {};
    QString ics;
    for (const QJsonValue& part : m_smtp->messages().constLast().value(QLatin1String("parts")).toArray()) {
        if (part[QStringLiteral("contentType")].toString() == QLatin1String("text/calendar"))
            ics = part[QStringLiteral("text")].toString();
        else if (part[QStringLiteral("contentType")].toString() == QLatin1String("text/plain"))
            *mail = part[QStringLiteral("text")].toString();
    }
    *mail = m_smtp->messages()
                .constLast()
                .value(QLatin1String("headers"))
                .toObject()[QStringLiteral("Subject")]
                .toString()
        + QLatin1Char('\n') + *mail;
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("change.ics")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(ics.toUtf8());
    file.close();
    // An independent reader: what a calendar program takes from the file, and which dates it has.
    QProcess python;
    python.start(
        qEnvironmentVariable("VIERAUGEN_PYTHON"),
        { QStringLiteral("-c"),
          QStringLiteral(
              "import icalendar, json, sys, datetime, recurring_ical_events\n"
              "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
              "utc = lambda v: v.dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')\n"
              "events = []\n"
              "for e in cal.walk('VEVENT'):\n"
              "    events.append({'uid': str(e['UID']), 'sequence': int(e.get('SEQUENCE', -1)),\n"
              "        'status': str(e.get('STATUS', '')), 'start': utc(e['DTSTART']),\n"
              "        'recurrenceId': utc(e['RECURRENCE-ID']) if 'RECURRENCE-ID' in e else '',\n"
              "        'organizer': str(e.get('ORGANIZER', '')), 'attendee': str(e.get('ATTENDEE', '')),\n"
              "        'summary': str(e.get('SUMMARY', ''))})\n"
              "dates = [utc(o['DTSTART']) for o in recurring_ical_events.of(cal).between(\n"
              "    datetime.date(2000, 1, 1), datetime.date(2100, 1, 1))]\n"
              "print(json.dumps({'method': str(cal.get('METHOD', '')), 'events': events,\n"
              "    'dates': sorted(dates)}))\n"),
          file.fileName() });
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestInviteService::movedAndDeletedDatesAreToldWhenTheCounselorSaysSo()
{
    QString error;
    QVERIFY(send(InviteChannel::Smtp, InviteChannel::Sms, &error));
    const QString uid = m_occurrence.appointment->uid;
    const auto linkEntry = [this, uid] {
        for (const InvitationLog::Entry& entry : m_log->forAppointment(uid)) {
            if (entry.kind == InviteMessage::Kind::Link
                && entry.purpose == InvitationLog::Purpose::Invitation)
                return entry;
        }
        return InvitationLog::Entry {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(linkEntry().status == InvitationLog::Status::Sent, 20000);
    QCOMPARE(linkEntry().forStart, m_occurrence.start);
    QTRY_VERIFY_WITH_TIMEOUT(!m_gateway->requests().isEmpty(), 20000);
    InvitationChanges& changes = m_service->changes();
    QVERIFY(changes.outdated().isEmpty());
    QVERIFY(!changes.isOutdated(linkEntry()));
    const QString password = QRegularExpression(QStringLiteral("lautet ([a-z2-9]{12})"))
                                 .match(QJsonDocument::fromJson(m_gateway->requests().first().body)
                                            .object()
                                            .value(QLatin1String("text"))
                                            .toString())
                                 .captured(1);
    QVERIFY(!password.isEmpty());

    // Moved a day on: outdated; the counselor does not tell, nothing goes and nobody is asked again.
    Appointment moved = *m_occurrence.appointment;
    moved.start = moved.start.addDays(1);
    moved.end = moved.end.addDays(1);
    AppointmentStore& store = m_workspace->appointments();
    QVERIFY2(store.replaceAll({ uid }, { moved }, &error), qPrintable(error));
    QCOMPARE(changes.outdated().size(), 1);
    QCOMPARE(changes.outdated().first().change, InviteComposer::Change::Moved);
    QVERIFY(changes.isOutdated(linkEntry()));
    QVERIFY2(changes.leaveUntold(changes.outdated().first(), &error), qPrintable(error));
    QVERIFY(changes.outdated().isEmpty());
    QVERIFY(changes.isOutdated(linkEntry()));
    QCOMPARE(m_smtp->messages().size(), 1);
    // After a restart too: the answer is kept with the log, not asked for again.
    {
        InvitationLog log(m_workspace->database(), m_workspace->clock());
        InviteService restarted(m_workspace->settings(), *m_secrets, store, log, *m_network,
                                m_workspace->clock());
        QVERIFY(restarted.changes().outdated().isEmpty());
        QVERIFY(restarted.changes().isOutdated(linkEntry()));
    }
    // Undone: the invitation is right again.
    QVERIFY2(store.replaceAll({ uid }, { *m_occurrence.appointment }, &error), qPrintable(error));
    QVERIFY(!changes.isOutdated(linkEntry()));
    QVERIFY(changes.outdated().isEmpty());

    // Moved again, told: an update of the same entry in the client's calendar, without the password.
    moved.start = moved.start.addSecs(15 * 60);
    moved.end = moved.end.addSecs(15 * 60);
    QVERIFY2(store.replaceAll({ uid }, { moved }, &error), qPrintable(error));
    QString mail;
    const QJsonObject update = sendChange(InviteComposer::Change::Moved, &mail);
    QCOMPARE(update[QStringLiteral("method")].toString(), QStringLiteral("REQUEST"));
    const QJsonObject event = update[QStringLiteral("events")].toArray().at(0).toObject();
    QCOMPARE(event[QStringLiteral("uid")].toString(), uid);
    QCOMPARE(event[QStringLiteral("sequence")].toInt(), 1);
    QCOMPARE(event[QStringLiteral("start")].toString(), moved.start.toString(Qt::ISODate));
    QCOMPARE(event[QStringLiteral("organizer")].toString(), QStringLiteral("mailto:beratung@example.org"));
    QCOMPARE(event[QStringLiteral("attendee")].toString(), QStringLiteral("mailto:jonas@example.org"));
    QCOMPARE(event[QStringLiteral("summary")].toString(),
             QStringLiteral("Videotermin mit Frau Berger, Beratungsstelle Mitte"));
    const QLocale german(QLocale::German, QLocale::Germany);
    const QDateTime local = moved.start.toTimeZone(QTimeZone("Europe/Berlin"));
    QVERIFY2(mail.startsWith(QStringLiteral("Ihr Videotermin ist verlegt auf ")
                             + german.toString(local.date(), QLocale::LongFormat)),
             qPrintable(mail));
    QVERIFY(mail.contains(QStringLiteral("https://meet.beratung.example/") + moved.roomName));
    QVERIFY(!mail.contains(password));
    QVERIFY(!mail.contains(QStringLiteral("Paarberatung")));
    QTRY_VERIFY_WITH_TIMEOUT(changes.outdated().isEmpty(), 20000);
    QVERIFY(changes.isOutdated(linkEntry()));
    const InvitationLog::Entry told = m_log->forAppointment(uid).constLast();
    QCOMPARE(told.purpose, InvitationLog::Purpose::Update);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->find(told.id)->status, InvitationLog::Status::Sent, 20000);
    QVERIFY(!changes.isOutdated(*m_log->find(told.id)));

    // Deleted: a cancellation, though the appointment and its participant are gone from the store.
    QVERIFY2(store.replaceAll({ uid }, {}, &error), qPrintable(error));
    const QJsonObject cancellation = sendChange(InviteComposer::Change::Cancelled, &mail);
    QCOMPARE(cancellation[QStringLiteral("method")].toString(), QStringLiteral("CANCEL"));
    const QJsonObject cancelled = cancellation[QStringLiteral("events")].toArray().at(0).toObject();
    QCOMPARE(cancelled[QStringLiteral("uid")].toString(), uid);
    QCOMPARE(cancelled[QStringLiteral("sequence")].toInt(), 2);
    QCOMPARE(cancelled[QStringLiteral("status")].toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(cancelled[QStringLiteral("start")].toString(), moved.start.toString(Qt::ISODate));
    QVERIFY2(mail.startsWith(QStringLiteral("Ihr Videotermin am ")
                             + german.toString(local.date(), QLocale::LongFormat)
                             + QStringLiteral(" entfällt")),
             qPrintable(mail));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->forAppointment(uid).constLast().status == InvitationLog::Status::Sent,
                             20000);
    QVERIFY(changes.outdated().isEmpty());
    QCOMPARE(m_smtp->messages().size(), 3);
}

void TestInviteService::changedDateOfASeriesIsToldByItsRecurrenceId()
{
    Appointment series = *m_occurrence.appointment;
    series.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    // On the minute, as a series' dates are.
    series.start = QDateTime(series.start.toTimeZone(QTimeZone("Europe/Berlin")).date(), QTime(10, 0),
                             QTimeZone("Europe/Berlin"))
                       .toUTC();
    series.end = series.start.addSecs(3000);
    AppointmentStore& store = m_workspace->appointments();
    QString error;
    QVERIFY2(store.replaceAll({ series.uid }, { series }, &error), qPrintable(error));
    m_occurrence = *store.occurrenceOf(series.uid, series.start);
    QVERIFY(send(InviteChannel::Smtp, InviteChannel::Sms, &error));
    QTRY_VERIFY_WITH_TIMEOUT(m_smtp->messages().size() == 1
                                 && m_log->forAppointment(series.uid).first().status
                                     == InvitationLog::Status::Sent,
                             20000);
    InvitationChanges& changes = m_service->changes();
    QVERIFY(changes.outdated().isEmpty());

    // The invited first date alone moves by an hour: the series with that date by its RECURRENCE-ID.
    Appointment firstDate = m_occurrence.standalone();
    firstDate.start = firstDate.start.addSecs(3600);
    firstDate.end = firstDate.end.addSecs(3600);
    QVERIFY2(store.replaceAll({ series.uid }, { series, firstDate }, &error), qPrintable(error));
    QString mail;
    const QJsonObject update = sendChange(InviteComposer::Change::Moved, &mail);
    QCOMPARE(update[QStringLiteral("method")].toString(), QStringLiteral("REQUEST"));
    const auto utc = [](const QDateTime& time) { return time.toUTC().toString(Qt::ISODate); };
    const QJsonArray events = update[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1)[QStringLiteral("recurrenceId")].toString(), utc(series.start));
    QCOMPARE(events.at(1)[QStringLiteral("start")].toString(), utc(firstDate.start));
    QCOMPARE(events.at(1)[QStringLiteral("sequence")].toInt(), 1);
    QCOMPARE(update[QStringLiteral("dates")].toArray(),
             QJsonArray({ utc(firstDate.start), utc(series.start.addDays(7)), utc(series.start.addDays(14)),
                          utc(series.start.addDays(21)) }));
    QVERIFY2(mail.contains(QStringLiteral("Es ist eine Terminreihe")), qPrintable(mail));

    // Then that date is deleted: a cancellation of that date alone.
    Appointment withoutIt = series;
    withoutIt.exceptionDates.append(series.start);
    QVERIFY2(store.replaceAll({ series.uid }, { withoutIt }, &error), qPrintable(error));
    const QJsonObject cancellation = sendChange(InviteComposer::Change::Cancelled, &mail);
    QCOMPARE(cancellation[QStringLiteral("method")].toString(), QStringLiteral("CANCEL"));
    const QJsonArray cancelled = cancellation[QStringLiteral("events")].toArray();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.at(0)[QStringLiteral("recurrenceId")].toString(), utc(series.start));
    QCOMPARE(cancelled.at(0)[QStringLiteral("status")].toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(cancelled.at(0)[QStringLiteral("sequence")].toInt(), 2);

    // Undone: the series with that date again, and the date said to take place after all.
    QVERIFY2(store.replaceAll({ series.uid }, { series, firstDate }, &error), qPrintable(error));
    const QJsonObject reinstated = sendChange(InviteComposer::Change::Reinstated, &mail);
    QCOMPARE(reinstated[QStringLiteral("method")].toString(), QStringLiteral("REQUEST"));
    QCOMPARE(reinstated[QStringLiteral("dates")].toArray(), update[QStringLiteral("dates")].toArray());
    QCOMPARE(reinstated[QStringLiteral("events")].toArray().at(1)[QStringLiteral("sequence")].toInt(), 3);
    QVERIFY2(mail.contains(QStringLiteral(" findet doch statt")), qPrintable(mail));

    // Cancelled and told again; then the series starts a week later, so that date is no date of it
    // at all: the series changed, and nothing "takes place after all" (a cold review's finding).
    QVERIFY2(store.replaceAll({ series.uid }, { withoutIt }, &error), qPrintable(error));
    sendChange(InviteComposer::Change::Cancelled, &mail);
    Appointment later = series;
    later.start = series.start.addDays(7);
    later.end = series.end.addDays(7);
    later.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4"); // and one date more at the end
    QVERIFY2(store.replaceAll({ series.uid }, { later }, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(changes.outdated().size(), 1, 20000);
    QCOMPARE(changes.outdated().first().change, InviteComposer::Change::SeriesChanged);
    QCOMPARE(changes.outdated().first().occurrence.start, later.start);
}

void TestInviteService::undoneDeletionIsToldAsTakingPlaceAfterAll()
{
    QString error;
    QVERIFY(send(InviteChannel::Smtp, InviteChannel::Sms, &error));
    const QString uid = m_occurrence.appointment->uid;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->forAppointment(uid).first().status == InvitationLog::Status::Sent, 20000);
    AppointmentStore& store = m_workspace->appointments();
    InvitationChanges& changes = m_service->changes();

    // Deleted, the cancellation told, then undone (H35): not "moved from 10:00 to 10:00" but a new
    // request of the same entry that says the date takes place after all.
    QVERIFY2(store.replaceAll({ uid }, {}, &error), qPrintable(error));
    QString mail;
    QCOMPARE(sendChange(InviteComposer::Change::Cancelled, &mail)[QStringLiteral("method")].toString(),
             QStringLiteral("CANCEL"));
    QVERIFY2(store.replaceAll({ uid }, { *m_occurrence.appointment }, &error), qPrintable(error));
    const QJsonObject reinstated = sendChange(InviteComposer::Change::Reinstated, &mail);
    QCOMPARE(reinstated[QStringLiteral("method")].toString(), QStringLiteral("REQUEST"));
    const QJsonObject event = reinstated[QStringLiteral("events")].toArray().at(0).toObject();
    QCOMPARE(event[QStringLiteral("uid")].toString(), uid);
    QCOMPARE(event[QStringLiteral("sequence")].toInt(), 2);
    QVERIFY(event[QStringLiteral("status")].toString().isEmpty()); // not CANCELLED
    QCOMPARE(event[QStringLiteral("start")].toString(), m_occurrence.start.toString(Qt::ISODate));
    const QDateTime local = m_occurrence.start.toTimeZone(QTimeZone("Europe/Berlin"));
    const QString day
        = QLocale(QLocale::German, QLocale::Germany).toString(local.date(), QLocale::LongFormat);
    QVERIFY2(
        mail.startsWith(QStringLiteral("Ihr Videotermin am ") + day + QStringLiteral(" findet doch statt")),
        qPrintable(mail));
    QVERIFY2(!mail.contains(QStringLiteral("verlegt")), qPrintable(mail));
    QVERIFY(changes.outdated().isEmpty());

    // Deleted again, not told, undone: the participant knows nothing different, so nothing to tell.
    QVERIFY2(store.replaceAll({ uid }, {}, &error), qPrintable(error));
    QCOMPARE(changes.outdated().size(), 1);
    QVERIFY2(changes.leaveUntold(changes.outdated().first(), &error), qPrintable(error));
    QVERIFY2(store.replaceAll({ uid }, { *m_occurrence.appointment }, &error), qPrintable(error));
    QVERIFY(changes.outdated().isEmpty());
    QCOMPARE(m_smtp->messages().size(), 3);
}

std::optional<Appointment> TestInviteService::inviteToAWeeklySeries(bool fromItsFirstDate)
{
    Appointment series = *m_occurrence.appointment;
    series.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    const QTimeZone berlin("Europe/Berlin");
    series.start = QDateTime(series.start.toTimeZone(berlin).date(), QTime(10, 0), berlin).toUTC();
    series.end = series.start.addSecs(3000);
    AppointmentStore& store = m_workspace->appointments();
    QString error;
    if (!store.replaceAll({ series.uid }, { series }, &error)) {
        qWarning() << error;
        return std::nullopt;
    }
    m_occurrence = *store.occurrenceOf(series.uid, fromItsFirstDate ? series.start : QDateTime());
    if (!send(InviteChannel::Smtp, InviteChannel::Sms, &error)) {
        qWarning() << error;
        return std::nullopt;
    }
    if (!QTest::qWaitFor(
            [&] {
                return m_smtp->messages().size() == 1
                    && m_log->forAppointment(series.uid).first().status == InvitationLog::Status::Sent;
            },
            20000))
        return std::nullopt;
    return series;
}

void TestInviteService::cancelledDatesOfAnInvitedSeriesAreToldPlainly()
{
    // Invited to the whole series, as from the calendar (tester12's J29).
    const std::optional<Appointment> invited = inviteToAWeeklySeries(false);
    QVERIFY(invited);
    const Appointment& series = *invited;
    const QTimeZone berlin("Europe/Berlin");
    AppointmentStore& store = m_workspace->appointments();
    QString error;
    InvitationChanges& changes = m_service->changes();
    QVERIFY(changes.outdated().isEmpty());

    // The first date deleted alone: the participant hears that this date is cancelled, not of a new time.
    Appointment withoutDates = series;
    withoutDates.exceptionDates.append(series.start);
    QVERIFY2(store.replaceAll({ series.uid }, { withoutDates }, &error), qPrintable(error));
    QCOMPARE(changes.outdated().size(), 1);
    QCOMPARE(changes.outdated().first().newlyCancelled, QList<QDateTime> { series.start });
    const QLocale german(QLocale::German, QLocale::Germany);
    const auto cancelledSentence = [&german, &berlin](const QDateTime& date) -> QString {
        return QStringLiteral("Der Termin am ")
            + german.toString(date.toTimeZone(berlin).date(), QLocale::LongFormat)
            + QStringLiteral(" um 10:00 Uhr fällt aus.");
    };
    QString mail;
    const QJsonObject update = sendChange(InviteComposer::Change::SeriesChanged, &mail);
    QVERIFY2(mail.contains(cancelledSentence(series.start)), qPrintable(mail));
    const auto utc = [](const QDateTime& time) { return time.toUTC().toString(Qt::ISODate); };
    QCOMPARE(update[QStringLiteral("dates")].toArray(),
             QJsonArray({ utc(series.start.addDays(7)), utc(series.start.addDays(14)),
                          utc(series.start.addDays(21)) }));

    // Later another date: the message names that one; the first one the participant knows of.
    withoutDates.exceptionDates.append(series.start.addDays(14));
    QVERIFY2(store.replaceAll({ series.uid }, { withoutDates }, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(changes.outdated().size(), 1, 20000);
    QCOMPARE(changes.outdated().first().newlyCancelled, QList<QDateTime> { series.start.addDays(14) });
    sendChange(InviteComposer::Change::SeriesChanged, &mail);
    QVERIFY2(mail.contains(cancelledSentence(series.start.addDays(14))), qPrintable(mail));
    QVERIFY2(!mail.contains(cancelledSentence(series.start)), qPrintable(mail));
}

void TestInviteService::aDateDeletedAfterTheInvitedOneIsToldAsItself()
{
    // Tester13's K14: invited from the series' first date (chosen in the calendar), that date was
    // deleted and the client told; from then on every later deletion told her once more that the
    // first date was off, and never of the date deleted: she came to a room nobody opened.
    const std::optional<Appointment> invited = inviteToAWeeklySeries(true);
    QVERIFY(invited);
    const Appointment& series = *invited;
    const QTimeZone berlin("Europe/Berlin");
    AppointmentStore& store = m_workspace->appointments();
    QString error;
    InvitationChanges& changes = m_service->changes();

    Appointment withoutDates = series;
    withoutDates.exceptionDates.append(series.start);
    QVERIFY2(store.replaceAll({ series.uid }, { withoutDates }, &error), qPrintable(error));
    QString mail;
    QVERIFY(!sendChange(InviteComposer::Change::Cancelled, &mail).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(changes.outdated().isEmpty(), 20000);

    const QDateTime third = series.start.addDays(14);
    withoutDates.exceptionDates.append(third);
    QVERIFY2(store.replaceAll({ series.uid }, { withoutDates }, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(changes.outdated().size(), 1, 20000);
    const InvitationChanges::Outdated outdated = changes.outdated().first();
    QCOMPARE(int(outdated.change), int(InviteComposer::Change::SeriesChanged));
    QCOMPARE(outdated.newlyCancelled, QList<QDateTime> { third });
    QVERIFY(!sendChange(InviteComposer::Change::SeriesChanged, &mail).isEmpty());
    const QLocale german(QLocale::German, QLocale::Germany);
    QVERIFY2(mail.contains(german.toString(third.toTimeZone(berlin).date(), QLocale::LongFormat)),
             qPrintable(mail));
    QVERIFY2(!mail.contains(german.toString(series.start.toTimeZone(berlin).date(), QLocale::LongFormat)),
             qPrintable(mail));
}

#include "tst_InviteService.moc"
