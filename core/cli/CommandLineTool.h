#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

class DataLocation;

// vieraugen-cli: the same core as the app, for administrators and scripts.
// Exit codes: 0 ok, 1 usage error, 2 data error (message on stderr).
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 1,
        DataError = 2
    };

    CommandLineTool(QTextStream& out, QTextStream& err);

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList& arguments);

private:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(const QStringList& arguments, const DataLocation& location)> run;
    };

    QString usage() const;
    int showInfo(const QStringList& arguments, const DataLocation& location);

    QTextStream& m_out;
    QTextStream& m_err;
    QList<Command> m_commands;
};
