#include "core/cli/SyncCommands.h"

#include "core/base/SecureUrl.h"
#include "core/calendar/AppointmentStore.h"
#include "core/cli/CommandLineTool.h"
#include "core/cli/CommandSyntax.h"
#include "core/secrets/SecretStore.h"
#include "core/sync/CalDavAccountSetup.h"
#include "core/sync/SyncConflicts.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncQueue.h"
#include "core/sync/SyncStore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {

constexpr int Success = CommandLineTool::Success;
constexpr int DataError = CommandLineTool::DataError;

QString isoOrEmpty(const std::optional<QDateTime>& time)
{
    return time ? time->toString(Qt::ISODate) : QString();
}

} // namespace

SyncCommands::SyncCommands(QTextStream& in, QTextStream& out, QTextStream& err, Database& database,
                           AppointmentStore& store, SecretStore& secrets, const Clock& clock)
    : m_in(in)
    , m_out(out)
    , m_err(err)
    , m_database(database)
    , m_store(store)
    , m_secrets(secrets)
    , m_clock(clock)
{ }

int SyncCommands::account(const QStringList& arguments)
{
    CommandSyntax parser(
        tr("Adds an account on a CalDAV server (Nextcloud, Radicale, …). The password or app "
           "password is read from standard input and goes to the keychain only."));
    const QCommandLineOption url(QStringLiteral("url"), tr("the server's address (https://…)"),
                                 QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), tr("the user name on the server"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("what to call the account (default: user@server)"),
                                  QStringLiteral("TEXT"));
    parser.addOptions({ url, user, name });
    parser.addPositionalArgument(QStringLiteral("add"), tr("add an account"));
    parser.addPositionalArgument(QStringLiteral("caldav"), tr("the kind of account"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    if (parser.positionalArguments() != QStringList { QStringLiteral("add"), QStringLiteral("caldav") })
        return parser.usageError(tr("Write \"account add caldav --url URL --user NAME\"."), m_err);
    if (!parser.isSet(url) || !parser.isSet(user))
        return parser.usageError(tr("account add caldav needs --url and --user."), m_err);
    const QUrl server = SecureUrl::fromUserInput(parser.value(url));
    if (!server.isValid() || server.host().isEmpty() || !SecureUrl::isEncryptedOrLocal(server)) {
        m_err << tr("The server's address must begin with https:// (plain http only to this computer).")
              << Qt::endl;
        return DataError;
    }
    const QString password = m_in.readLine();
    if (password.isEmpty()) {
        m_err << tr("No password on standard input; e.g. write it to the command through a pipe. Nothing was "
                    "changed.")
              << Qt::endl;
        return DataError;
    }
    // The server is asked first: a wrong password or address adds nothing.
    SyncStore sync(m_database, m_store, m_clock);
    CalDavAccountSetup setup(sync, m_secrets);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&setup, &CalDavAccountSetup::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    setup.start(server, parser.value(user), password, parser.value(name));
    if (!finished)
        loop.exec();
    if (!setup.error().isEmpty()) {
        m_err << setup.error() << '\n' << tr("The account was not added.") << Qt::endl;
        return DataError;
    }
    const CalDavAccount account = setup.account();
    const QList<TeamCalendar> calendars = setup.calendars();
    m_out << tr("Added account %1 (%2) with %n calendar(s):", nullptr, calendars.size())
                 .arg(account.id, account.displayName)
          << '\n';
    for (const TeamCalendar& calendar : std::as_const(calendars))
        m_out << "  " << calendar.id << "  " << calendar.displayName() << "  "
              << (calendar.readOnly ? tr("read-only") : tr("read-write")) << '\n';
    return Success;
}

int SyncCommands::accounts(const QStringList& arguments)
{
    CommandSyntax parser(tr("Lists the calendar server accounts: id, name, address and user."));
    const QCommandLineOption json = CommandSyntax::jsonOption();
    parser.addOptions({ json });
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    const QList<CalDavAccount> all = SyncStore(m_database, m_store, m_clock).accounts();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CalDavAccount& account : all)
            array.append(QJsonObject {
                { QStringLiteral("id"), account.id },
                { QStringLiteral("name"), account.displayName },
                { QStringLiteral("url"), account.serverUrl.toString() },
                { QStringLiteral("user"), account.user },
                { QStringLiteral("hasPassword"),
                  m_secrets.contains(account.secretOwner(), QLatin1String(CalDavAccount::passwordName)) } });
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (all.isEmpty())
        m_out << tr("No calendar server accounts. Add one with \"vieraugen-cli account add caldav\".")
              << '\n';
    for (const CalDavAccount& account : all)
        m_out << account.id << "  " << account.displayName << "  " << account.serverUrl.toString() << "  "
              << account.user << '\n';
    return Success;
}

int SyncCommands::calendars(const QStringList& arguments)
{
    const QString subcommand = arguments.value(1);
    const bool changes
        = QStringList { QStringLiteral("use"), QStringLiteral("show"), QStringLiteral("hide") }.contains(
            subcommand);
    CommandSyntax parser(
        tr("Lists the calendars (id, name, account, access, details mode); \"use ID\" puts new "
           "appointments there, \"show ID\" and \"hide ID\" choose what the views show."));
    const QCommandLineOption json = CommandSyntax::jsonOption();
    const QCommandLineOption details(
        QStringLiteral("details"),
        tr("with use: what goes to the server: notes-kept-local, everything or busy"),
        QStringLiteral("MODE"));
    parser.addOptions({ json, details });
    if (changes) {
        parser.addPositionalArgument(QStringLiteral("use|show|hide"), tr("what to do"));
        parser.addPositionalArgument(QStringLiteral("ID"), tr("the calendar"));
    }
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    SyncStore sync(m_database, m_store, m_clock);
    if (changes) {
        const QString id = parser.positionalArguments().at(1);
        const std::optional<TeamCalendar> calendar = sync.calendar(id);
        if (!calendar) {
            m_err << tr("There is no calendar \"%1\"; see vieraugen-cli calendars.").arg(id) << Qt::endl;
            return DataError;
        }
        std::optional<TeamCalendar::Details> mode;
        if (parser.isSet(details)) {
            mode = TeamCalendar::parseDetails(parser.value(details));
            if (!mode || subcommand != QLatin1String("use"))
                return parser.usageError(
                    tr("--details goes with use and is notes-kept-local, everything or busy."), m_err);
        }
        QString error;
        const bool done = subcommand == QLatin1String("use")
            ? sync.setDefault(id, &error) && (!mode || sync.setDetails(id, *mode, &error))
            : sync.setShown(id, subcommand == QLatin1String("show"), &error);
        if (!done) {
            m_err << error << Qt::endl;
            return DataError;
        }
        m_out << tr("Calendar %1 changed.").arg(id) << '\n';
        return Success;
    }
    if (parser.isSet(details))
        return parser.usageError(tr("--details goes with use and is notes-kept-local, everything or busy."),
                                 m_err);
    const QList<TeamCalendar> all = sync.calendars();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const TeamCalendar& calendar : all)
            array.append(QJsonObject {
                { QStringLiteral("id"), calendar.id },
                { QStringLiteral("name"), calendar.displayName() },
                { QStringLiteral("account"), calendar.accountId },
                { QStringLiteral("url"), calendar.url.toString() },
                { QStringLiteral("color"), calendar.shownColor() },
                { QStringLiteral("access"),
                  calendar.readOnly ? QStringLiteral("read-only") : QStringLiteral("read-write") },
                { QStringLiteral("details"), TeamCalendar::detailsName(calendar.details) },
                { QStringLiteral("shown"), calendar.shown },
                { QStringLiteral("default"), calendar.isDefault },
                { QStringLiteral("lastSync"), isoOrEmpty(calendar.lastSync) },
                { QStringLiteral("lastError"), calendar.lastError } });
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const TeamCalendar& calendar : all) {
        m_out << (calendar.isDefault ? QStringLiteral("* ") : QStringLiteral("  ")) << calendar.id << "  "
              << calendar.displayName() << "  "
              << (calendar.isLocal() ? tr("this computer") : calendar.accountId) << "  "
              << (calendar.readOnly ? tr("read-only") : tr("read-write")) << "  "
              << TeamCalendar::detailsName(calendar.details)
              << (calendar.shown ? QString() : QLatin1String("  ") + tr("hidden")) << '\n';
    }
    return Success;
}

int SyncCommands::conflicts(const QStringList& arguments)
{
    const bool resolving = arguments.value(1) == QLatin1String("resolve");
    CommandSyntax parser(
        tr("Lists appointments changed both here and on the server: the server's version is in "
           "the calendar, this computer's is kept. \"resolve ID --keep mine|theirs\" decides."));
    const QCommandLineOption json = CommandSyntax::jsonOption();
    const QCommandLineOption keep(QStringLiteral("keep"), tr("with resolve: mine or theirs"),
                                  QStringLiteral("mine|theirs"));
    parser.addOptions({ json, keep });
    if (resolving) {
        parser.addPositionalArgument(QStringLiteral("resolve"), tr("decide a conflict"));
        parser.addPositionalArgument(QStringLiteral("ID"), tr("the conflict"));
    }
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    SyncConflicts conflicts(m_database, m_store, m_clock);
    if (resolving) {
        const QString choice = parser.value(keep);
        bool isNumber = false;
        const qint64 id = parser.positionalArguments().at(1).toLongLong(&isNumber);
        if (!isNumber || (choice != QLatin1String("mine") && choice != QLatin1String("theirs")))
            return parser.usageError(tr("Write \"conflicts resolve ID --keep mine\" or \"--keep theirs\"."),
                                     m_err);
        QString error;
        if (!conflicts.resolve(id,
                               choice == QLatin1String("mine") ? SyncConflicts::Choice::KeepMine
                                                               : SyncConflicts::Choice::KeepTheirs,
                               &error)) {
            m_err << error << Qt::endl;
            return DataError;
        }
        m_out << tr("Conflict %1 resolved.").arg(id) << '\n';
        return Success;
    }
    const QList<SyncConflict> all = conflicts.all();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SyncConflict& conflict : all)
            array.append(
                QJsonObject { { QStringLiteral("id"), conflict.id },
                              { QStringLiteral("uid"), conflict.uid },
                              { QStringLiteral("calendar"), conflict.calendarId },
                              { QStringLiteral("title"), conflict.title() },
                              { QStringLiteral("removedHere"), conflict.localVersion.isEmpty() },
                              { QStringLiteral("detected"), conflict.detected.toString(Qt::ISODate) } });
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (all.isEmpty())
        m_out << tr("No conflicts.") << '\n';
    for (const SyncConflict& conflict : all)
        m_out << conflict.id << "  " << conflict.uid << "  "
              << (conflict.localVersion.isEmpty() ? tr("(removed on this computer)") : conflict.title())
              << '\n';
    return Success;
}

int SyncCommands::sync(const QStringList& arguments)
{
    CommandSyntax parser(
        tr("Brings every team calendar in step with its server once: the changes made here go up, "
           "the others' come down. The passwords come from the keychain. Exit code 2 when a calendar "
           "could not be synced; nothing is lost then, the changes wait for the next sync."));
    const QCommandLineOption json = CommandSyntax::jsonOption();
    parser.addOptions({ json });
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    SyncStore store(m_database, m_store, m_clock);
    QList<TeamCalendar> team;
    for (const TeamCalendar& calendar : store.calendars()) {
        if (!calendar.isLocal())
            team.append(calendar);
    }
    if (team.isEmpty() && !parser.isSet(json)) {
        m_out << tr("No team calendars to sync. Add an account with \"vieraugen-cli account add caldav\".")
              << '\n';
        return Success;
    }

    SyncQueue queue(m_database);
    QNetworkAccessManager network;
    SyncEngine engine(network, store, m_store, queue, SyncEngine::keychainPasswords(m_secrets));
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, &QEventLoop::quit);
    engine.syncNow();
    if (engine.isRunning())
        loop.exec();

    const QHash<QString, SyncEngine::CalendarReport> reports = engine.lastReports();
    const int waiting = queue.count();
    QStringList errors;
    QJsonArray calendars;
    for (const TeamCalendar& calendar : std::as_const(team)) {
        const SyncEngine::CalendarReport report = reports.value(calendar.id);
        const SyncEngine::Counts& counts = report.counts;
        if (!report.error.isEmpty())
            errors.append(
                QStringLiteral("%1 (%2): %3").arg(calendar.id, calendar.displayName(), report.error));
        if (parser.isSet(json)) {
            calendars.append(QJsonObject { { QStringLiteral("id"), calendar.id },
                                           { QStringLiteral("name"), calendar.displayName() },
                                           { QStringLiteral("downloaded"), counts.downloaded },
                                           { QStringLiteral("uploaded"), counts.uploaded },
                                           { QStringLiteral("deleted"), counts.deleted },
                                           { QStringLiteral("conflicts"), counts.conflicts },
                                           { QStringLiteral("error"), report.error } });
            continue;
        }
        m_out << calendar.id << "  " << calendar.displayName() << "  "
              << tr("%1 downloaded, %2 uploaded, %3 deleted, %n conflict(s)", nullptr, counts.conflicts)
                     .arg(counts.downloaded)
                     .arg(counts.uploaded)
                     .arg(counts.deleted)
              << (report.error.isEmpty() ? QString()
                                         : QLatin1String("  ") + tr("not in step with the server"))
              << '\n';
    }
    if (parser.isSet(json)) {
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("calendars"), calendars },
                                             { QStringLiteral("waiting"), waiting } })
                     .toJson(QJsonDocument::Indented);
    } else {
        if (waiting > 0)
            m_out << tr("%n change(s) made here wait for the server.", nullptr, waiting) << '\n';
        if (SyncConflicts(m_database, m_store, m_clock).count() > 0)
            m_out << tr("Both versions of an appointment changed on both sides are kept: see "
                        "\"vieraugen-cli conflicts\".")
                  << '\n';
    }
    m_out.flush();
    if (errors.isEmpty())
        return Success;
    for (const QString& error : std::as_const(errors))
        m_err << error << '\n';
    m_err << tr("Nothing was lost: what changed here waits for the next sync.") << Qt::endl;
    return DataError;
}

int SyncCommands::provision(QList<CalDavAccount> accounts)
{
    SyncStore sync(m_database, m_store, m_clock);
    for (CalDavAccount& account : accounts) {
        QString error;
        if (!sync.saveAccount(account, &error)) {
            m_err << tr("Calendar account %1: %2").arg(account.id, error) << Qt::endl;
            return DataError;
        }
        m_out << tr("Calendar account %1 (%2): saved").arg(account.id, account.displayName) << '\n';
    }
    return Success;
}
