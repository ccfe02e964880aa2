#pragma once

#include "core/sync/CalDavAccount.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class AppointmentStore;
class Clock;
class Database;
class SecretStore;

// The team-calendar commands of vieraugen-cli: account add, accounts, calendars, conflicts, sync. Each
// returns the tool's exit code (0 ok, 1 usage, 2 data error).
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    SyncCommands(QTextStream& in, QTextStream& out, QTextStream& err, Database& database,
                 AppointmentStore& store, SecretStore& secrets, const Clock& clock);

    // account add caldav --url URL --user NAME [--name TEXT]; the password comes from stdin.
    int account(const QStringList& arguments);
    // accounts [--json]
    int accounts(const QStringList& arguments);
    // calendars [--json] | calendars use ID [--details MODE] | calendars show|hide ID
    int calendars(const QStringList& arguments);
    // conflicts [--json] | conflicts resolve ID --keep mine|theirs
    int conflicts(const QStringList& arguments);
    // sync [--json]: every team calendar once, with the passwords in the keychain.
    int sync(const QStringList& arguments);
    // The accounts of a setup file, whose passwords are in the keychain already.
    int provision(QList<CalDavAccount> accounts);

private:
    QTextStream& m_in;
    QTextStream& m_out;
    QTextStream& m_err;
    Database& m_database;
    AppointmentStore& m_store;
    SecretStore& m_secrets;
    const Clock& m_clock;
};
