#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <optional>

class AppointmentStore;
class Clock;
class SecretStore;
class Settings;

// vieraugen-cli commands about video sessions, for administrators testing a server.
class MeetingCommands
{
    Q_DECLARE_TR_FUNCTIONS(MeetingCommands)

public:
    MeetingCommands(QTextStream& out, QTextStream& err, const AppointmentStore& store, Settings& settings,
                    SecretStore& secrets, const Clock& clock);

    // join-link UID [--role guest|moderator] [--occurrence ISO]
    int joinLink(const QStringList& arguments);
    // audit PROFILE|URL [--json]: exit code 0 green, 3 amber, 4 red.
    int audit(const QStringList& arguments);
    // check PROFILE|URL [--json]: exit code 0 passed, 3 a warning, 4 a failure.
    int check(const QStringList& arguments);
    static constexpr int amberExitCode = 3;
    static constexpr int redExitCode = 4;

private:
    bool resolveServer(const QString& profileOrUrl, QUrl* server);
    // PROFILE|URL [--json]; an exit code when the command is already done (help, usage error).
    std::optional<int> parseServerArguments(const QStringList& arguments, const QString& description,
                                            QUrl* server, bool* json);

    QTextStream& m_out;
    QTextStream& m_err;
    const AppointmentStore& m_store;
    Settings& m_settings;
    SecretStore& m_secrets;
    const Clock& m_clock;
};
