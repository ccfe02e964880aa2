#include "core/cli/MeetingCommands.h"

#include "core/base/Clock.h"
#include "core/base/SecureUrl.h"
#include "core/calendar/AppointmentStore.h"
#include "core/checks/PrivacyAudit.h"
#include "core/checks/ServerCheck.h"
#include "core/cli/CalendarCommands.h"
#include "core/cli/CommandLineTool.h"
#include "core/cli/CommandSyntax.h"
#include "core/meeting/SessionPlanner.h"
#include "core/settings/Settings.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimeZone>

MeetingCommands::MeetingCommands(QTextStream& out, QTextStream& err, const AppointmentStore& store,
                                 Settings& settings, SecretStore& secrets, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_store(store)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_clock(clock)
{ }

int MeetingCommands::joinLink(const QStringList& arguments)
{
    CommandSyntax parser(
        tr("Prints the link into the video room of appointment UID.\n"
           "The guest link is what clients receive. The moderator link carries a token that makes whoever "
           "opens it the room's moderator until the token expires: use it only yourself, to test a server, "
           "and never send it to anyone."));
    const QCommandLineOption role(QStringLiteral("role"), tr("guest (default) or moderator"),
                                  QStringLiteral("ROLE"), QStringLiteral("guest"));
    const QCommandLineOption occurrence(QStringLiteral("occurrence"),
                                        tr("for a series: the date's original start (default: the next one)"),
                                        QStringLiteral("ISO"));
    parser.addOptions({ role, occurrence });
    parser.addPositionalArgument(QStringLiteral("UID"), tr("the appointment"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    const QString roleName = parser.value(role);
    if (roleName != QLatin1String("guest") && roleName != QLatin1String("moderator"))
        return parser.usageError(tr("join-link needs a UID and --role guest or --role moderator."), m_err);

    const QString uid = parser.positionalArguments().constFirst();
    QDateTime recurrenceId;
    QString occurrenceError;
    if (parser.isSet(occurrence)) {
        if (!CalendarCommands::parseOccurrence(parser.value(occurrence), &recurrenceId, &occurrenceError)) {
            m_err << occurrenceError << '\n';
            return CommandLineTool::UsageError;
        }
    } else if (const std::optional<Appointment> series = m_store.find(uid); series && series->isRecurring()) {
        const QDateTime now = m_clock.nowUtc();
        for (const Occurrence& candidate : m_store.occurrences(now.addSecs(-6 * 3600), now.addDays(400))) {
            if (candidate.appointment->uid == uid && candidate.end > now) {
                recurrenceId = candidate.recurrenceId.isValid() ? candidate.recurrenceId : candidate.start;
                break;
            }
        }
    }
    const std::optional<Occurrence> found = m_store.occurrenceOf(uid, recurrenceId);
    if (!found) {
        m_err << tr("There is no appointment %1.").arg(uid) << '\n';
        return CommandLineTool::DataError;
    }

    QString error;
    if (roleName == QLatin1String("guest")) {
        const QUrl link = SessionPlanner::guestLinkFor(m_settings, *found->appointment, &error);
        if (link.isEmpty()) {
            m_err << error << '\n';
            return CommandLineTool::DataError;
        }
        m_out << link.toString() << '\n';
        return CommandLineTool::Success;
    }
    std::optional<SessionPlan> plan;
    QEventLoop loop;
    SessionPlanner planner(m_settings, m_secrets, m_clock);
    planner.plan(*found, {}, [&](const std::optional<SessionPlan>& result, const QString& message) {
        plan = result;
        error = message;
        loop.quit();
    });
    loop.exec();
    if (!plan) {
        m_err << error << '\n';
        return CommandLineTool::DataError;
    }
    m_out << plan->moderatorLink().toString() << '\n';
    return CommandLineTool::Success;
}

std::optional<int> MeetingCommands::parseServerArguments(const QStringList& arguments,
                                                         const QString& description, QUrl* server, bool* json)
{
    CommandSyntax parser(description);
    const QCommandLineOption jsonOption = CommandSyntax::jsonOption();
    parser.addOptions({ jsonOption });
    parser.addPositionalArgument(QStringLiteral("PROFILE|URL"),
                                 tr("a server profile's id, or a server address"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return exitCode;
    *json = parser.isSet(jsonOption);
    if (!resolveServer(parser.positionalArguments().constFirst(), server))
        return int(CommandLineTool::UsageError);
    return std::nullopt;
}

bool MeetingCommands::resolveServer(const QString& profileOrUrl, QUrl* server)
{
    const std::optional<ServerProfile> profile = m_settings.serverProfile(profileOrUrl);
    *server = profile ? profile->baseUrl : SecureUrl::fromUserInput(profileOrUrl);
    QString error;
    // Plain http is let through so that it can be reported; anything else is no server address.
    if (!ServerProfile::validateUrl(*server, &error) && server->scheme() != QLatin1String("http")) {
        m_err << error << '\n';
        return false;
    }
    return true;
}

int MeetingCommands::check(const QStringList& arguments)
{
    QUrl server;
    bool json = false;
    if (const std::optional<int> exit
        = parseServerArguments(arguments,
                               tr("Checks a Jitsi server before a session: name lookup, trusted TLS with the "
                                  "meeting API, answer "
                                  "time.\nExit code: 0 all passed, 3 a warning, 4 a failure."),
                               &server, &json))
        return *exit;
    QNetworkAccessManager network;
    ServerCheck serverCheck(network);
    QList<ServerCheck::Step> steps;
    QEventLoop loop;
    serverCheck.run(server, [&](const QList<ServerCheck::Step>& result) {
        steps = result;
        loop.quit();
    });
    loop.exec();
    const ServerCheck::Status overall = ServerCheck::worst(steps);
    if (json) {
        QJsonArray array;
        for (const ServerCheck::Step& step : std::as_const(steps))
            array.append(QJsonObject { { QStringLiteral("check"), step.name },
                                       { QStringLiteral("status"), ServerCheck::statusName(step.status) },
                                       { QStringLiteral("detail"), step.detail } });
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("server"), server.toString() },
                                             { QStringLiteral("result"), ServerCheck::statusName(overall) },
                                             { QStringLiteral("checks"), array } })
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const ServerCheck::Step& step : std::as_const(steps))
            m_out << QStringLiteral("[%1] %2: %3\n")
                         .arg(ServerCheck::statusName(step.status), step.name, step.detail);
    }
    return overall == ServerCheck::Status::Pass ? int(CommandLineTool::Success)
        : overall == ServerCheck::Status::Warn  ? amberExitCode
                                                : redExitCode;
}

int MeetingCommands::audit(const QStringList& arguments)
{
    QUrl server;
    bool json = false;
    if (const std::optional<int> exit = parseServerArguments(
            arguments,
            tr("Reads a Jitsi server's own configuration and lists what matters for privacy, with fixes.\n"
               "Exit code: 0 green, 3 amber (settings to change), 4 red (data leaves for third parties)."),
            &server, &json))
        return *exit;
    QNetworkAccessManager network;
    PrivacyAudit audit(network);
    PrivacyAudit::Report report;
    QEventLoop loop;
    audit.run(server, [&](const PrivacyAudit::Report& result) {
        report = result;
        loop.quit();
    });
    loop.exec();
    if (!report.errorMessage.isEmpty()) {
        m_err << report.errorMessage << '\n';
        return CommandLineTool::DataError;
    }
    if (json) {
        QJsonArray findings;
        for (const PrivacyAudit::Finding& finding : std::as_const(report.findings))
            findings.append(
                QJsonObject { { QStringLiteral("severity"), PrivacyAudit::severityName(finding.severity) },
                              { QStringLiteral("setting"), finding.key },
                              { QStringLiteral("problem"), finding.problem },
                              { QStringLiteral("fix"), finding.fix } });
        m_out << QJsonDocument(
                     QJsonObject { { QStringLiteral("server"), server.toString() },
                                   { QStringLiteral("result"), PrivacyAudit::severityName(report.overall()) },
                                   { QStringLiteral("findings"), findings } })
                     .toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("%1: %2").arg(server.toString(), PrivacyAudit::severityName(report.overall())) << '\n';
        for (const PrivacyAudit::Finding& finding : std::as_const(report.findings))
            m_out << QStringLiteral("[%1] %2: %3\n    → %4\n")
                         .arg(PrivacyAudit::severityName(finding.severity), finding.key, finding.problem,
                              finding.fix);
    }
    switch (report.overall()) {
    case PrivacyAudit::Severity::Green:
        return CommandLineTool::Success;
    case PrivacyAudit::Severity::Amber:
        return amberExitCode;
    case PrivacyAudit::Severity::Red:
        return redExitCode;
    }
    return CommandLineTool::Success;
}
