#pragma once

#include "core/dav/CalDavCalendar.h"
#include "core/dav/DavError.h"

#include <QList>
#include <QObject>
#include <QUrl>

class DavClient;
class DavReply;

// Finds an account's calendars (RFC 6764 §6, RFC 4791 §6.2.1): from a server address through
// /.well-known/caldav, current-user-principal and calendar-home-set; or from a calendar's own
// address (a colleague's shared calendar) directly. Emits finished() once; then either
// calendars() or error() tells what was found.
class CalDavDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit CalDavDiscovery(DavClient& client, QObject* parent = nullptr);

    // "cloud.example.org" → https://cloud.example.org/; a typed scheme is kept (and checked later).
    static QUrl addressFromUserInput(const QString& typed);

    void start(const QUrl& address);

    DavError error() const { return m_error; }
    QUrl principalUrl() const { return m_principal; }
    QList<CalDavCalendar> calendars() const { return m_calendars; }

Q_SIGNALS:
    void finished();

private:
    void probe();
    void onProbed(DavReply* reply);
    void findHome(const QUrl& principal);
    void listHome(const QUrl& home);
    void finish(const DavError& error);

    DavClient& m_client;
    QList<QUrl> m_candidates; // addresses still to try, in order
    DavError m_firstError;
    DavError m_error;
    QUrl m_principal;
    QList<CalDavCalendar> m_calendars;
};
