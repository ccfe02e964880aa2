#include "core/cli/InviteCommands.h"

#include "core/calendar/AppointmentStore.h"
#include "core/cli/CalendarCommands.h"
#include "core/cli/CommandLineTool.h"
#include "core/cli/CommandSyntax.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteService.h"
#include "core/meeting/RoomPassword.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QTimer>

InviteCommands::InviteCommands(QTextStream& out, QTextStream& err, const AppointmentStore& store,
                               InvitationLog& log, InviteService& service)
    : m_out(out)
    , m_err(err)
    , m_store(store)
    , m_log(log)
    , m_service(service)
{ }

QJsonObject InviteCommands::toJson(const InviteMessage& message, const QString& secret)
{
    QJsonObject object { { QStringLiteral("channel"), InviteMessage::channelName(message.channel) },
                         { QStringLiteral("to"), message.to },
                         { QStringLiteral("body"), message.body } };
    if (message.kind == InviteMessage::Kind::Link) {
        QJsonArray attachments;
        for (const InviteAttachment& attachment : message.attachments)
            attachments.append(attachment.fileName);
        object.insert(QStringLiteral("subject"), message.subject);
        object.insert(QStringLiteral("attachments"), attachments);
    } else {
        object.insert(QStringLiteral("secret"), secret);
    }
    return object;
}

void InviteCommands::print(const InviteMessage& message)
{
    const QString kind
        = message.kind == InviteMessage::Kind::Link ? tr("Link message") : tr("Password message");
    m_out << QStringLiteral("== %1 (%2) → %3\n")
                 .arg(kind, InviteMessage::channelName(message.channel), message.to);
    if (!message.subject.isEmpty())
        m_out << tr("Subject: %1").arg(message.subject) << '\n';
    m_out << message.body << "\n\n";
}

void InviteCommands::waitForAttempts(const QList<qint64>& ids)
{
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const bool attempted = std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) {
            const std::optional<InvitationLog::Entry> entry = m_log.find(id);
            return !entry || entry->attempts > 0 || entry->status != InvitationLog::Status::Pending;
        });
        if (attempted || clock.elapsed() > 120000)
            loop.quit();
    });
    poll.start(100);
    loop.exec();
}

int InviteCommands::invite(const QStringList& arguments)
{
    CommandSyntax parser(
        tr("Composes and sends the invitation of appointment UID: the link message and, on another way, the "
           "password message, to every participant or to the one named."));
    const QCommandLineOption participantOption(QStringLiteral("participant"),
                                               tr("only participant N (1, 2, …)"), QStringLiteral("N"));
    const QCommandLineOption linkOption(QStringLiteral("link-channel"), tr("smtp, mailto or clipboard"),
                                        QStringLiteral("CHANNEL"));
    const QCommandLineOption passwordOption(QStringLiteral("password-channel"), tr("sms, phone or clipboard"),
                                            QStringLiteral("CHANNEL"));
    const QCommandLineOption occurrenceOption(
        QStringLiteral("occurrence"), tr("for a series: the date's original start"), QStringLiteral("ISO"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("only print the messages"));
    const QCommandLineOption json = CommandSyntax::jsonOption();
    parser.addOptions({ participantOption, linkOption, passwordOption, occurrenceOption, dryRun, json });
    parser.addPositionalArgument(QStringLiteral("UID"), tr("the appointment"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    const std::optional<InviteChannel> linkChannel = parser.isSet(linkOption)
        ? InviteMessage::parseChannel(parser.value(linkOption))
        : std::optional(m_service.defaultLinkChannel());
    const std::optional<InviteChannel> passwordChannel = parser.isSet(passwordOption)
        ? InviteMessage::parseChannel(parser.value(passwordOption))
        : std::optional(m_service.defaultPasswordChannel());
    if (!linkChannel || !passwordChannel)
        return parser.usageError(
            tr("invite needs a UID; channels are smtp, mailto, clipboard (link) and sms, "
               "phone, clipboard (password)."),
            m_err);
    QDateTime recurrenceId;
    QString occurrenceError;
    if (parser.isSet(occurrenceOption)
        && !CalendarCommands::parseOccurrence(parser.value(occurrenceOption), &recurrenceId,
                                              &occurrenceError)) {
        m_err << occurrenceError << '\n';
        return CommandLineTool::UsageError;
    }
    const QString uid = parser.positionalArguments().constFirst();
    const std::optional<Occurrence> occurrence = m_store.occurrenceOf(uid, recurrenceId);
    if (!occurrence) {
        m_err << tr("There is no appointment %1.").arg(uid) << '\n';
        return CommandLineTool::DataError;
    }
    QList<int> participants;
    if (parser.isSet(participantOption)) {
        const int number = parser.value(participantOption).toInt();
        if (number < 1 || number > occurrence->appointment->participants.size()) {
            m_err << tr("\"%1\" has %2 participants; --participant takes 1 to %2.")
                         .arg(occurrence->appointment->title)
                         .arg(occurrence->appointment->participants.size())
                  << '\n';
            return CommandLineTool::UsageError;
        }
        participants.append(number - 1);
    } else {
        for (int index = 0; index < occurrence->appointment->participants.size(); ++index)
            participants.append(index);
    }
    if (participants.isEmpty()) {
        m_err << tr("\"%1\" has no participants to invite. Add one first (participant-add).")
                     .arg(occurrence->appointment->title)
              << '\n';
        return CommandLineTool::DataError;
    }

    QJsonArray results;
    int exitCode = CommandLineTool::Success;
    for (int participant : std::as_const(participants)) {
        std::optional<InvitePair> pair;
        QString error;
        QEventLoop loop;
        const auto finished = [&](const std::optional<InvitePair>& composed, const QString& message) {
            pair = composed;
            error = message;
            loop.quit();
        };
        if (parser.isSet(dryRun))
            m_service.compose(*occurrence, participant, *linkChannel, *passwordChannel, finished);
        else
            m_service.send(*occurrence, participant, *linkChannel, *passwordChannel, finished);
        loop.exec();
        const QString name = occurrence->appointment->participants.at(participant).displayName;
        if (!pair || !error.isEmpty()) {
            m_err << tr("%1: %2").arg(name, error) << '\n';
            exitCode = CommandLineTool::DataError;
            continue;
        }
        if (parser.isSet(json)) {
            results.append(
                QJsonObject { { QStringLiteral("participant"), name },
                              { QStringLiteral("link"), toJson(pair->link, {}) },
                              { QStringLiteral("password"), toJson(pair->password, pair->secret) } });
        } else if (parser.isSet(dryRun)) {
            print(pair->link);
            print(pair->password);
        }
        if (parser.isSet(dryRun))
            continue;
        QList<qint64> queued;
        for (const InvitationLog::Entry& entry : m_log.forAppointment(occurrence->appointment->uid)) {
            if (entry.participant == participant && entry.status == InvitationLog::Status::Pending
                && entry.attempts == 0)
                queued.append(entry.id);
        }
        waitForAttempts(queued);
        for (const InviteMessage& message : { pair->link, pair->password }) {
            if (parser.isSet(json) || InviteMessage::isSentByVieraugen(message.channel))
                continue;
            if (message.channel == InviteChannel::Mailto)
                m_out << tr("Open in your mail program: %1")
                             .arg(message.mailtoUrl().toString(QUrl::FullyEncoded))
                      << '\n';
            else if (message.channel == InviteChannel::Phone)
                m_out << tr("Read out to %1 on the phone: %2").arg(name, RoomPassword::grouped(pair->secret))
                      << '\n';
            else
                print(message);
            QString logError;
            if (!m_service.recordHandedOver(*occurrence, participant, message, &logError))
                m_err << logError << '\n';
        }
        for (qint64 id : std::as_const(queued)) {
            const InvitationLog::Entry entry = *m_log.find(id);
            if (entry.status != InvitationLog::Status::Sent)
                exitCode = CommandLineTool::DataError;
            if (!parser.isSet(json))
                m_out << tr("%1 via %2 to %3: %4")
                             .arg(InviteMessage::kindName(entry.kind),
                                  InviteMessage::channelName(entry.channel), name,
                                  entry.status == InvitationLog::Status::Sent ? tr("sent") : entry.lastError)
                      << '\n';
        }
    }
    if (parser.isSet(json))
        m_out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return exitCode;
}

int InviteCommands::outbox(const QStringList& arguments)
{
    CommandSyntax parser(tr("Lists the invitation messages that wait or failed; --retry sends them now."));
    const QCommandLineOption retry(QStringLiteral("retry"), tr("try every waiting or failed message now"));
    const QCommandLineOption json = CommandSyntax::jsonOption();
    parser.addOptions({ retry, json });
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    if (parser.isSet(retry)) {
        QList<qint64> ids;
        for (const InvitationLog::Entry& entry : m_log.outbox()) {
            QString error;
            if (m_service.retry(entry.id, &error))
                ids.append(entry.id);
        }
        QEventLoop loop;
        int pending = int(ids.size());
        const QMetaObject::Connection connection
            = QObject::connect(&m_service, &InviteService::outboxAttempted, &loop, [&](qint64 id) {
                  if (ids.contains(id) && --pending == 0)
                      loop.quit();
              });
        if (pending > 0) {
            QTimer::singleShot(120000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QObject::disconnect(connection);
    }
    const QList<InvitationLog::Entry> entries = m_log.outbox();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const InvitationLog::Entry& entry : entries)
            array.append(
                QJsonObject { { QStringLiteral("id"), entry.id },
                              { QStringLiteral("appointment"), entry.appointmentUid },
                              { QStringLiteral("participant"), entry.participant + 1 },
                              { QStringLiteral("kind"), InviteMessage::kindName(entry.kind) },
                              { QStringLiteral("channel"), InviteMessage::channelName(entry.channel) },
                              { QStringLiteral("status"), InvitationLog::statusName(entry.status) },
                              { QStringLiteral("attempts"), entry.attempts },
                              { QStringLiteral("nextAttempt"), entry.nextAttempt.toString(Qt::ISODate) },
                              { QStringLiteral("error"), entry.lastError } });
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (entries.isEmpty()) {
        m_out << tr("The outbox is empty.") << '\n';
    } else {
        for (const InvitationLog::Entry& entry : entries)
            m_out << QStringLiteral("%1  %2  #%3  %4/%5  %6  %7\n")
                         .arg(entry.id)
                         .arg(entry.appointmentUid)
                         .arg(entry.participant + 1)
                         .arg(InviteMessage::kindName(entry.kind), InviteMessage::channelName(entry.channel),
                              InvitationLog::statusName(entry.status), entry.lastError);
    }
    return entries.isEmpty() ? CommandLineTool::Success : CommandLineTool::DataError;
}
