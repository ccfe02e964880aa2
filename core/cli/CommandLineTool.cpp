#include "core/cli/CommandLineTool.h"

#include "core/base/DataLocation.h"
#include "core/calendar/CalendarSchema.h"
#include "core/storage/Database.h"

#include <QDir>

CommandLineTool::CommandLineTool(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
    m_commands = {
        { QStringLiteral("info"), tr("Show where the calendar, backups and log are kept"),
          [this](const QStringList& arguments, const DataLocation& location) {
              return showInfo(arguments, location);
          } },
    };
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
        text += QStringLiteral("  %1 %2\n").arg(command.name, -14).arg(command.summary);
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
        return command.run(QStringList { QStringLiteral("vieraugen-cli ") + name } + arguments.mid(index + 1),
                           location);
    }
    m_err << tr("Unknown command \"%1\".").arg(name) << Qt::endl << usage();
    return UsageError;
}

int CommandLineTool::showInfo(const QStringList& arguments, const DataLocation& location)
{
    if (arguments.size() > 1) {
        m_err << tr("\"info\" takes no arguments.") << Qt::endl;
        return UsageError;
    }
    QString error;
    if (!location.prepare(&error)) {
        m_err << error << Qt::endl;
        return DataError;
    }
    Database database(QStringLiteral("cli"), CalendarSchema::migrations());
    if (!database.open(location.databaseFile(), location.backupDirectory())) {
        m_err << database.errorString() << Qt::endl;
        return DataError;
    }
    m_out << tr("Data folder: %1").arg(QDir::toNativeSeparators(location.path())) << '\n'
          << tr("Calendar: %1 (schema %2)")
                 .arg(QDir::toNativeSeparators(location.databaseFile()))
                 .arg(database.schemaVersion())
          << '\n'
          << tr("Backups: %1").arg(QDir::toNativeSeparators(location.backupDirectory())) << '\n'
          << tr("Log: %1").arg(QDir::toNativeSeparators(location.logDirectory())) << '\n';
    return Success;
}
