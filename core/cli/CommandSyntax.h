#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

// The words one vieraugen-cli command takes: its options and positional arguments, read the same way
// by every command. -h and --help print the command's usage; any other word that starts with "-" is an
// option, never a file name (a file called "-x" is written "./-x" or after "--").
class CommandSyntax
{
    Q_DECLARE_TR_FUNCTIONS(CommandSyntax)

public:
    explicit CommandSyntax(const QString& description);

    // --json, the same for every command that can print JSON instead of text.
    static QCommandLineOption jsonOption();

    void addOptions(const QList<QCommandLineOption>& options);
    // Each positional argument added is required: the command takes exactly as many.
    void addPositionalArgument(const QString& name, const QString& description);

    // Reads arguments (arguments[0] names the command: "vieraugen-cli import"). Returns the exit code
    // when the command is done with already: Success after printing the usage for -h/--help,
    // UsageError (reason and usage on err) for an unknown option, a missing value or a wrong number
    // of arguments. Returns nothing when the command may go on.
    std::optional<int> parse(const QStringList& arguments, QTextStream& out, QTextStream& err);

    bool isSet(const QCommandLineOption& option) const;
    QString value(const QCommandLineOption& option) const;
    QStringList positionalArguments() const;

    // The usage: "Usage: vieraugen-cli COMMAND [options] ARGS", the description and every option.
    QString usage() const;
    // Prints message and the usage on err; returns UsageError.
    int usageError(const QString& message, QTextStream& err) const;

private:
    QCommandLineParser m_parser;
    QStringList m_positionalNames;
    QString m_command;
};
