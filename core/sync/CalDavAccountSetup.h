#pragma once

#include "core/sync/CalDavAccount.h"
#include "core/sync/TeamCalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

class CalDavDiscovery;
class DavClient;
class SecretStore;
class SyncStore;

// Adds a CalDAV account as a user expects it: the server is asked first, with the password typed,
// for the account's calendars; only when it names some are the account and its calendars stored
// and the password handed to the keychain. A wrong password, an unreachable server or a keychain
// that cannot take the password leave nothing behind. Emits finished() once; then error() is
// empty, or says in words what went wrong and what to do.
class CalDavAccountSetup : public QObject
{
    Q_OBJECT

public:
    CalDavAccountSetup(SyncStore& store, SecretStore& secrets, QObject* parent = nullptr);
    ~CalDavAccountSetup() override;

    // displayName: what to call the account; empty: user@server.
    void start(const QUrl& address, const QString& user, const QString& password,
               const QString& displayName = {});

    QString error() const { return m_error; }
    CalDavAccount account() const { return m_account; }
    QList<TeamCalendar> calendars() const { return m_calendars; }

Q_SIGNALS:
    void finished();

private:
    void discovered(const QString& password);
    void finish(const QString& error);

    SyncStore& m_store;
    SecretStore& m_secrets;
    QNetworkAccessManager m_network;
    DavClient* m_client = nullptr;
    CalDavDiscovery* m_discovery = nullptr;
    CalDavAccount m_account;
    QList<TeamCalendar> m_calendars;
    QString m_error;
};
