#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class CalendarCommands;
class InviteCommands;
class MeetingCommands;
class SyncCommands;
class Database;
class DataLocation;
class LogFile;
class SecretReply;
class SecretStore;
class Settings;

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

    // Without settings, the platform's settings store is used.
    CommandLineTool(QTextStream& out, QTextStream& err, Settings* settings = nullptr);
    ~CommandLineTool();

    // Where secrets typed or piped in are read (default: standard input).
    void setInput(QTextStream& in) { m_in = &in; }

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList& arguments);
    // The names of all commands, in the order the usage lists them.
    QStringList commandNames() const;

private:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(const QStringList& arguments, const DataLocation& location)> run;
    };

    QString usage() const;
    // Creates the data folder and starts logging there; false (with a message) when unusable.
    // With readOnlyReason, a folder that cannot be written but holds a calendar is accepted for reading.
    bool prepareDataFolder(const DataLocation& location, QString* readOnlyReason = nullptr);
    // Runs the event loop until the keychain answers.
    void waitFor(SecretReply* reply);
    SecretStore& secrets();

    // Prepares the data folder and opens the calendar; null (with a message) when that fails.
    std::unique_ptr<Database> openCalendar(const DataLocation& location);
    // Opens the calendar and runs a calendar command on it.
    int withCalendar(const DataLocation& location, const std::function<int(CalendarCommands&)>& command);
    int withMeetings(const DataLocation& location, const std::function<int(MeetingCommands&)>& command);
    int withInvitations(const DataLocation& location, const std::function<int(InviteCommands&)>& command);
    int withSync(const DataLocation& location, const std::function<int(SyncCommands&)>& command);
    int restore(const QStringList& arguments, const DataLocation& location);
    int showInfo(const QStringList& arguments, const DataLocation& location);
    int provision(const QStringList& arguments, const DataLocation& location);
    int profiles(const QStringList& arguments, const DataLocation& location);
    int checkSecrets(const QStringList& arguments, const DataLocation& location);

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream* m_in = nullptr;
    Settings& settings();

    Settings* m_injectedSettings;
    // Without injected settings, those of the data folder the command works on.
    std::unique_ptr<Settings> m_ownSettings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<LogFile> m_log;
    QList<Command> m_commands;
};
