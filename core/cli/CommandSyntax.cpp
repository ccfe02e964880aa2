#include "core/cli/CommandSyntax.h"

#include "core/cli/CommandLineTool.h"

CommandSyntax::CommandSyntax(const QString& description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

QCommandLineOption CommandSyntax::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("print JSON instead of text"));
}

void CommandSyntax::addOptions(const QList<QCommandLineOption>& options)
{
    m_parser.addOptions(options);
}

void CommandSyntax::addPositionalArgument(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionalNames.append(name);
}

std::optional<int> CommandSyntax::parse(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    m_command = arguments.value(0);
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText(), err);
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << usage();
        out.flush();
        return int(CommandLineTool::Success);
    }
    const QStringList given = m_parser.positionalArguments();
    if (given.size() > m_positionalNames.size())
        return usageError(tr("Unexpected argument \"%1\".").arg(given.at(m_positionalNames.size())), err);
    if (given.size() < m_positionalNames.size())
        return usageError(tr("%1 is missing.").arg(m_positionalNames.at(given.size())), err);
    return std::nullopt;
}

bool CommandSyntax::isSet(const QCommandLineOption& option) const
{
    return m_parser.isSet(option);
}

QString CommandSyntax::value(const QCommandLineOption& option) const
{
    return m_parser.value(option);
}

QStringList CommandSyntax::positionalArguments() const
{
    return m_parser.positionalArguments();
}

QString CommandSyntax::usage() const
{
    // QCommandLineParser names the executable's path; the usage names the command instead.
    QString text = m_parser.helpText();
    const QString executable = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                            : QStringLiteral("<executable_name>");
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = text.indexOf(executable);
    if (!executable.isEmpty() && at >= 0 && at < firstLineEnd)
        text.replace(at, executable.size(), m_command);
    return text;
}

int CommandSyntax::usageError(const QString& message, QTextStream& err) const
{
    err << message << '\n' << usage();
    err.flush();
    return CommandLineTool::UsageError;
}
