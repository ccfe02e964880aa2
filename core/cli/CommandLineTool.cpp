#include "core/cli/CommandLineTool.h"

#include "core/base/Clock.h"
#include "core/base/DataLocation.h"
#include "core/base/LogFile.h"
#include "core/base/Logging.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/cli/CalendarCommands.h"
#include "core/cli/CommandSyntax.h"
#include "core/cli/InviteCommands.h"
#include "core/cli/MeetingCommands.h"
#include "core/cli/SyncCommands.h"
#include "core/instance/SingleInstance.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteService.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Provisioner.h"
#include "core/settings/Settings.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

CommandLineTool::CommandLineTool(QTextStream& out, QTextStream& err, Settings* settings)
    : m_out(out)
    , m_err(err)
    , m_injectedSettings(settings)
{
    using namespace std::placeholders;
    const auto calendar = [this](int (CalendarCommands::*command)(const QStringList&)) {
        return [this, command](const QStringList& arguments, const DataLocation& location) {
            return withCalendar(location,
                                [&](CalendarCommands& commands) { return (commands.*command)(arguments); });
        };
    };
    const auto sync = [this](int (SyncCommands::*command)(const QStringList&)) {
        return [this, command](const QStringList& arguments, const DataLocation& location) {
            return withSync(location, [&](SyncCommands& commands) { return (commands.*command)(arguments); });
        };
    };
    m_commands = {
        { QStringLiteral("add"), tr("Add an appointment; prints its UID"), calendar(&CalendarCommands::add) },
        { QStringLiteral("edit"), tr("Change an appointment's title, times or status"),
          calendar(&CalendarCommands::edit) },
        { QStringLiteral("delete"), tr("Delete an appointment (a series with all its dates)"),
          calendar(&CalendarCommands::remove) },
        { QStringLiteral("participant-add"), tr("Add a participant to an appointment"),
          calendar(&CalendarCommands::addParticipant) },
        { QStringLiteral("list"), tr("List appointments [--from D --to D] [--json]"),
          calendar(&CalendarCommands::list) },
        { QStringLiteral("import"), tr("Import an iCalendar file; a report names what was left out"),
          calendar(&CalendarCommands::importFile) },
        { QStringLiteral("export"), tr("Export appointments to an iCalendar file"),
          calendar(&CalendarCommands::exportFile) },
        { QStringLiteral("backup"), tr("Write a consistent copy of the calendar to FILE"),
          calendar(&CalendarCommands::backup) },
        { QStringLiteral("join-link"),
          tr("Print the guest or moderator link of a video appointment (the moderator link carries a token)"),
          [this](const QStringList& arguments, const DataLocation& location) {
              return withMeetings(
                  location, [&arguments](MeetingCommands& commands) { return commands.joinLink(arguments); });
          } },
        { QStringLiteral("audit"),
          tr("Check a Jitsi server's configuration for privacy (exit code 0 green, 3 amber, 4 red)"),
          [this](const QStringList& arguments, const DataLocation& location) {
              return withMeetings(
                  location, [&arguments](MeetingCommands& commands) { return commands.audit(arguments); });
          } },
        { QStringLiteral("check"),
          tr("Check a Jitsi server before a session: lookup, TLS, meeting API, answer time (exit code "
             "0/3/4)"),
          [this](const QStringList& arguments, const DataLocation& location) {
              return withMeetings(
                  location, [&arguments](MeetingCommands& commands) { return commands.check(arguments); });
          } },
        { QStringLiteral("invite"),
          tr("Send the invitation of an appointment: link and password on separate ways (--dry-run to "
             "check)"),
          [this](const QStringList& arguments, const DataLocation& location) {
              return withInvitations(
                  location, [&arguments](InviteCommands& commands) { return commands.invite(arguments); });
          } },
        { QStringLiteral("outbox"),
          tr("List invitation messages that wait or failed; --retry sends them now"),
          [this](const QStringList& arguments, const DataLocation& location) {
              return withInvitations(
                  location, [&arguments](InviteCommands& commands) { return commands.outbox(arguments); });
          } },
        { QStringLiteral("account"),
          tr("Add an account on a CalDAV server (\"account add caldav --url URL --user NAME\", password "
             "on stdin)"),
          sync(&SyncCommands::account) },
        { QStringLiteral("accounts"), tr("List the calendar server accounts [--json]"),
          sync(&SyncCommands::accounts) },
        { QStringLiteral("calendars"),
          tr("List the calendars [--json]; \"calendars use ID\" chooses where new appointments go"),
          sync(&SyncCommands::calendars) },
        { QStringLiteral("conflicts"),
          tr("List appointments changed here and on the server [--json]; \"conflicts resolve ID\""),
          sync(&SyncCommands::conflicts) },
        { QStringLiteral("sync"),
          tr("Bring the team calendars in step with their servers once: what went up, came down or "
             "conflicts [--json]"),
          sync(&SyncCommands::sync) },
        { QStringLiteral("restore"), tr("Replace the calendar with a backup (the current one is kept)"),
          std::bind(&CommandLineTool::restore, this, _1, _2) },
        { QStringLiteral("purge"), tr("Remove personal data of old appointments (--older-than DAYS)"),
          calendar(&CalendarCommands::purge) },
        { QStringLiteral("info"), tr("Show where the calendar, backups and log are kept"),
          std::bind(&CommandLineTool::showInfo, this, _1, _2) },
        { QStringLiteral("provision"), tr("Set up servers, e-mail and SMS from an administrator's file"),
          std::bind(&CommandLineTool::provision, this, _1, _2) },
        { QStringLiteral("profiles"), tr("List the Jitsi server profiles (\"profiles list [--json]\")"),
          std::bind(&CommandLineTool::profiles, this, _1, _2) },
        { QStringLiteral("secrets"),
          tr("Check the keychain and which secrets are present (\"secrets check\")"),
          std::bind(&CommandLineTool::checkSecrets, this, _1, _2) },
    };
}

CommandLineTool::~CommandLineTool() = default;

Settings& CommandLineTool::settings()
{
    return m_injectedSettings ? *m_injectedSettings : *m_ownSettings;
}

SecretStore& CommandLineTool::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<SecretStore>(settings());
    return *m_secrets;
}

void CommandLineTool::waitFor(SecretReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &SecretReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

bool CommandLineTool::prepareDataFolder(const DataLocation& location, QString* readOnlyReason)
{
    QString error;
    if (!location.prepare(&error, readOnlyReason)) {
        m_err << error << Qt::endl;
        return false;
    }
    m_log = std::make_unique<LogFile>(location.logDirectory());
    if (m_log->open(&error))
        m_log->installAsMessageHandler(QtWarningMsg);
    return true;
}

QStringList CommandLineTool::commandNames() const
{
    QStringList names;
    for (const Command& command : m_commands)
        names.append(command.name);
    return names;
}

QString CommandLineTool::usage() const
{
    QString text = tr("Usage: vieraugen-cli [--data-dir DIR] COMMAND [OPTIONS]") + QLatin1Char('\n')
        + tr("Vieraugen's calendar and administration on the command line.") + QStringLiteral("\n\n")
        + tr("Options:") + QLatin1Char('\n') + QStringLiteral("  --data-dir DIR  ")
        + tr("use the calendar in DIR (also: environment variable %1)")
              .arg(QLatin1String(DataLocation::environmentVariable))
        + QLatin1Char('\n') + QStringLiteral("  -h, --help      ") + tr("show this help") + QLatin1Char('\n')
        + QStringLiteral("  -v, --version   ") + tr("show the version") + QStringLiteral("\n\n")
        + tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command.name, -16).arg(command.summary);
    text += QLatin1Char('\n') + tr("Run \"vieraugen-cli COMMAND --help\" for a command's options.")
        + QLatin1Char('\n');
    return text;
}

int CommandLineTool::run(const QStringList& arguments)
{
    QString dataDirectory;
    int index = 1;
    for (; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            m_out << usage();
            return Success;
        }
        if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            m_out << QStringLiteral("vieraugen-cli %1\n").arg(QLatin1String(VIERAUGEN_VERSION));
            return Success;
        }
        if (argument == QLatin1String("--data-dir")) {
            if (++index >= arguments.size()) {
                m_err << tr("--data-dir needs a folder.") << Qt::endl;
                return UsageError;
            }
            dataDirectory = arguments.at(index);
            continue;
        }
        if (argument.startsWith(QLatin1String("--data-dir="))) {
            dataDirectory = argument.section(QLatin1Char('='), 1);
            continue;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            m_err << tr("Unknown option %1.").arg(argument) << Qt::endl << usage();
            return UsageError;
        }
        break;
    }

    if (index >= arguments.size()) {
        m_err << usage();
        return UsageError;
    }

    const QString name = arguments.at(index);
    for (const Command& command : std::as_const(m_commands)) {
        if (command.name != name)
            continue;
        const DataLocation location(dataDirectory);
        if (!m_injectedSettings)
            m_ownSettings = Settings::forDataFolder(location);
        return command.run(QStringList { QStringLiteral("vieraugen-cli ") + name } + arguments.mid(index + 1),
                           location);
    }
    m_err << tr("Unknown command \"%1\".").arg(name) << Qt::endl << usage();
    return UsageError;
}

std::unique_ptr<Database> CommandLineTool::openCalendar(const DataLocation& location)
{
    QString readOnlyReason;
    if (!prepareDataFolder(location, &readOnlyReason))
        return nullptr;
    auto database = std::make_unique<Database>(QStringLiteral("cli"), CalendarSchema::migrations());
    const bool opened = readOnlyReason.isEmpty()
        ? database->open(location.databaseFile(), location.backupDirectory())
        : database->openReadOnly(location.databaseFile(), readOnlyReason);
    if (!opened) {
        m_err << database->errorString() << Qt::endl;
        return nullptr;
    }
    if (!readOnlyReason.isEmpty())
        m_err << readOnlyReason << Qt::endl;
    return database;
}

int CommandLineTool::withCalendar(const DataLocation& location,
                                  const std::function<int(CalendarCommands&)>& command)
{
    const std::unique_ptr<Database> database = openCalendar(location);
    if (!database)
        return DataError;
    AppointmentStore store(*database, SystemClock::instance());
    CalendarCommands commands(m_out, m_err, *database, store, settings(), SystemClock::instance());
    const int result = command(commands);
    m_out.flush();
    return result;
}

int CommandLineTool::withMeetings(const DataLocation& location,
                                  const std::function<int(MeetingCommands&)>& command)
{
    const std::unique_ptr<Database> database = openCalendar(location);
    if (!database)
        return DataError;
    AppointmentStore store(*database, SystemClock::instance());
    MeetingCommands commands(m_out, m_err, store, settings(), secrets(), SystemClock::instance());
    const int result = command(commands);
    m_out.flush();
    return result;
}

int CommandLineTool::withInvitations(const DataLocation& location,
                                     const std::function<int(InviteCommands&)>& command)
{
    const std::unique_ptr<Database> database = openCalendar(location);
    if (!database)
        return DataError;
    AppointmentStore store(*database, SystemClock::instance());
    InvitationLog log(*database, SystemClock::instance());
    QNetworkAccessManager network;
    InviteService service(settings(), secrets(), store, log, network, SystemClock::instance());
    InviteCommands commands(m_out, m_err, store, log, service);
    const int result = command(commands);
    m_out.flush();
    return result;
}

int CommandLineTool::withSync(const DataLocation& location, const std::function<int(SyncCommands&)>& command)
{
    const std::unique_ptr<Database> database = openCalendar(location);
    if (!database)
        return DataError;
    AppointmentStore store(*database, SystemClock::instance());
    QTextStream standardInput(stdin);
    SyncCommands commands(m_in ? *m_in : standardInput, m_out, m_err, *database, store, secrets(),
                          SystemClock::instance());
    const int result = command(commands);
    m_out.flush();
    return result;
}

int CommandLineTool::restore(const QStringList& arguments, const DataLocation& location)
{
    CommandSyntax syntax(tr("Replaces the calendar with the backup FILE. The current calendar is kept in the "
                            "backup folder. Close Vieraugen first."));
    syntax.addPositionalArgument(QStringLiteral("FILE"), tr("the backup to restore"));
    if (const std::optional<int> exitCode = syntax.parse(arguments, m_out, m_err))
        return *exitCode;
    const QString backup = syntax.positionalArguments().constFirst();
    if (!prepareDataFolder(location))
        return DataError;
    if (SingleInstance(location.path()).isRunning()) {
        m_err << tr("Vieraugen is running with this calendar. Close it first, then restore.") << Qt::endl;
        return DataError;
    }
    QString savedAs;
    QString error;
    if (!Backups::restore(backup, location.databaseFile(), location.backupDirectory(),
                          CalendarSchema::migrations(), &savedAs, &error)) {
        m_err << error << Qt::endl;
        return DataError;
    }
    m_out << tr("The calendar was restored from %1.").arg(QDir::toNativeSeparators(backup)) << '\n';
    if (!savedAs.isEmpty())
        m_out << tr("The calendar it replaced is kept as %1.").arg(QDir::toNativeSeparators(savedAs)) << '\n';
    return Success;
}

int CommandLineTool::showInfo(const QStringList& arguments, const DataLocation& location)
{
    CommandSyntax syntax(tr("Shows where the calendar, its backups and the log are kept."));
    if (const std::optional<int> exitCode = syntax.parse(arguments, m_out, m_err))
        return *exitCode;
    const std::unique_ptr<Database> database = openCalendar(location);
    if (!database)
        return DataError;
    m_out << tr("Data folder: %1").arg(QDir::toNativeSeparators(location.path())) << '\n'
          << tr("Calendar: %1 (schema %2)")
                 .arg(QDir::toNativeSeparators(location.databaseFile()))
                 .arg(database->schemaVersion())
          << '\n'
          << tr("Backups: %1").arg(QDir::toNativeSeparators(location.backupDirectory())) << '\n'
          << tr("Log: %1").arg(QDir::toNativeSeparators(location.logDirectory())) << '\n';
    return Success;
}

int CommandLineTool::provision(const QStringList& arguments, const DataLocation& location)
{
    CommandSyntax parser(
        tr("Creates or updates server profiles, e-mail and SMS settings from FILE. Secrets in the file are "
           "stored "
           "in the system keychain and nowhere else; delete the file once every computer is set up."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the provisioning file (JSON)"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    if (!prepareDataFolder(location))
        return DataError;

    Provisioner provisioner(settings(), secrets());
    Provisioner::Plan plan;
    QString error;
    if (!provisioner.parseFile(parser.positionalArguments().constFirst(), &plan, &error)) {
        m_err << error << '\n' << tr("Nothing was changed.") << Qt::endl;
        return DataError;
    }
    bool ok = false;
    QStringList report;
    QEventLoop loop;
    QObject::connect(&provisioner, &Provisioner::finished, &loop,
                     [&](bool success, const QStringList& lines, const QString& message) {
                         ok = success;
                         report = lines;
                         error = message;
                         loop.quit();
                     });
    provisioner.apply(plan);
    loop.exec();
    for (const QString& line : std::as_const(report))
        m_out << line << '\n';
    m_out.flush();
    if (!ok) {
        m_err << error << Qt::endl;
        return DataError;
    }
    if (plan.calendarAccounts.isEmpty())
        return Success;
    // The accounts live in the calendar file; their passwords went to the keychain above.
    return withSync(location,
                    [&plan](SyncCommands& commands) { return commands.provision(plan.calendarAccounts); });
}

int CommandLineTool::profiles(const QStringList& arguments, const DataLocation&)
{
    CommandSyntax parser(tr("Lists the Jitsi server profiles: id, name, address and authentication."));
    parser.addPositionalArgument(QStringLiteral("list"), tr("list the profiles"));
    const QCommandLineOption json = CommandSyntax::jsonOption();
    parser.addOptions({ json });
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    if (parser.positionalArguments().constFirst() != QLatin1String("list"))
        return parser.usageError(
            tr("Unknown subcommand \"%1\".").arg(parser.positionalArguments().constFirst()), m_err);
    const QList<ServerProfile> all = settings().serverProfiles();
    const QString defaultId = settings().defaultServerProfileId();
    SecretStore& store = secrets();
    const auto hasSecret = [&store](const ServerProfile& profile) {
        return store.contains(profile.secretOwner(), QLatin1String(ServerProfile::appSecretName));
    };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ServerProfile& profile : all) {
            array.append(QJsonObject { { QStringLiteral("id"), profile.id },
                                       { QStringLiteral("name"), profile.name },
                                       { QStringLiteral("url"), profile.baseUrl.toString() },
                                       { QStringLiteral("auth"), ServerProfile::authModeName(profile.auth) },
                                       { QStringLiteral("appId"), profile.appId },
                                       { QStringLiteral("issuer"), profile.issuer },
                                       { QStringLiteral("audience"), profile.audience },
                                       { QStringLiteral("subject"), profile.subject },
                                       { QStringLiteral("backup"), profile.backupProfileId },
                                       { QStringLiteral("default"), profile.id == defaultId },
                                       { QStringLiteral("hasAppSecret"), hasSecret(profile) } });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (all.isEmpty()) {
        m_out << tr("No server profiles. Add one in Settings or with \"vieraugen-cli provision FILE\".")
              << '\n';
        return Success;
    }
    for (const ServerProfile& profile : all) {
        m_out << (profile.id == defaultId ? QStringLiteral("* ") : QStringLiteral("  ")) << profile.id << "  "
              << profile.name << "  " << profile.baseUrl.toString() << "  "
              << (profile.auth == ServerProfile::AuthMode::Jwt
                      ? (hasSecret(profile) ? tr("token authentication")
                                            : tr("token authentication, app secret missing"))
                      : tr("no authentication"));
        if (!profile.backupProfileId.isEmpty())
            m_out << "  " << tr("backup: %1").arg(profile.backupProfileId);
        m_out << '\n';
    }
    return Success;
}

int CommandLineTool::checkSecrets(const QStringList& arguments, const DataLocation&)
{
    CommandSyntax syntax(
        tr("Checks that the keychain works and which of the secrets the settings need are in "
           "it. Prints no secret."));
    syntax.addPositionalArgument(QStringLiteral("check"), tr("check the keychain"));
    if (const std::optional<int> exitCode = syntax.parse(arguments, m_out, m_err))
        return *exitCode;
    if (syntax.positionalArguments().constFirst() != QLatin1String("check"))
        return syntax.usageError(
            tr("Unknown subcommand \"%1\".").arg(syntax.positionalArguments().constFirst()), m_err);
    SecretStore& store = secrets();
    SecretReply* probe = store.probe();
    bool keychainWorks = false;
    QString problem;
    QObject::connect(probe, &SecretReply::finished, probe, [&] {
        keychainWorks = probe->ok();
        problem = probe->errorString();
    });
    waitFor(probe);
    if (!keychainWorks) {
        m_out << tr("Secure storage: not available") << '\n';
        m_err << problem << Qt::endl;
        return DataError;
    }
    m_out << tr("Secure storage: available") << '\n';

    struct Expected
    {
        QString owner;
        QString name;
        QString purpose;
    };
    QList<Expected> expected;
    for (const ServerProfile& profile : settings().serverProfiles()) {
        if (profile.auth == ServerProfile::AuthMode::Jwt)
            expected.append({ profile.secretOwner(), QLatin1String(ServerProfile::appSecretName),
                              tr("app secret of server %1").arg(profile.id) });
    }
    const SmtpSettings smtp = settings().smtp();
    if (smtp.isConfigured() && !smtp.user.isEmpty())
        expected.append({ QLatin1String(SmtpSettings::secretOwner), QLatin1String(SmtpSettings::passwordName),
                          tr("SMTP password") });
    if (settings().sms().isConfigured())
        expected.append({ QLatin1String(SmsSettings::secretOwner), QLatin1String(SmsSettings::secretName),
                          tr("SMS gateway secret") });

    int missing = 0;
    for (const Expected& entry : std::as_const(expected)) {
        // Read it to be sure the keychain still has it; the value is dropped at once.
        SecretReply* reply = store.read(entry.owner, entry.name);
        bool present = false;
        QObject::connect(reply, &SecretReply::finished, reply, [&present, reply] { present = reply->ok(); });
        waitFor(reply);
        m_out << (present ? tr("present") : tr("MISSING")) << "  " << entry.purpose << "  ("
              << store.entryKey(entry.owner, entry.name) << ")\n";
        missing += present ? 0 : 1;
    }
    if (expected.isEmpty())
        m_out << tr("No secrets are expected yet: no server, e-mail or SMS settings need one.") << '\n';
    if (missing > 0) {
        m_err << tr("Secrets missing: %1. Enter them in Settings or provision them again.").arg(missing)
              << Qt::endl;
        return DataError;
    }
    return Success;
}
