#include "core/cli/MeetingCommands.h"

#include "core/base/Clock.h"
#include "core/calendar/AppointmentStore.h"
#include "core/cli/CalendarCommands.h"
#include "core/cli/CommandLineTool.h"
#include "core/meeting/JitsiLink.h"
#include "core/meeting/SessionPlanner.h"
#include "core/settings/Settings.h"

#include <QCommandLineParser>
#include <QEventLoop>
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
    QCommandLineParser parser;
    parser.setApplicationDescription(
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
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("UID"), tr("the appointment"));
    const bool parsed = parser.parse(arguments);
    if (parsed && parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return CommandLineTool::Success;
    }
    const QString roleName = parser.value(role);
    if (!parsed || parser.positionalArguments().size() != 1
        || (roleName != QLatin1String("guest") && roleName != QLatin1String("moderator"))) {
        m_err << (parsed ? tr("join-link needs a UID and --role guest or --role moderator.")
                         : parser.errorText())
              << '\n'
              << parser.helpText();
        return CommandLineTool::UsageError;
    }

    const QString uid = parser.positionalArguments().constFirst();
    QDateTime recurrenceId;
    if (parser.isSet(occurrence)) {
        const std::optional<QDateTime> parsedTime
            = CalendarCommands::parseInstant(parser.value(occurrence), QTimeZone::systemTimeZone());
        if (!parsedTime) {
            m_err << tr("--occurrence takes a date-time like 2026-12-01T09:00.") << '\n';
            return CommandLineTool::UsageError;
        }
        recurrenceId = *parsedTime;
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

    SessionPlanner planner(m_settings, m_secrets, m_clock);
    QString error;
    if (roleName == QLatin1String("guest")) {
        const std::optional<ServerProfile> server
            = SessionPlanner::serverFor(m_settings, *found->appointment, {}, &error);
        const QUrl link
            = server ? JitsiLink::guestLink(server->baseUrl, found->appointment->roomName, &error) : QUrl();
        if (link.isEmpty()) {
            m_err << error << '\n';
            return CommandLineTool::DataError;
        }
        m_out << link.toString() << '\n';
        return CommandLineTool::Success;
    }
    std::optional<SessionPlan> plan;
    QEventLoop loop;
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
