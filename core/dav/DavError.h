#pragma once

#include <QCoreApplication>
#include <QString>

// What went wrong talking to a calendar server, as a value the user can act on. The kinds are
// what a counselor can do something about (type the password again, ask the admin, check the
// network); the HTTP status stays available for the log.
class DavError
{
    Q_DECLARE_TR_FUNCTIONS(DavError)

public:
    enum class Kind
    {
        None,
        InsecureAddress, // not https, and not this computer
        WrongPassword, // 401
        Forbidden, // 403
        NotFound, // 404, 410
        PreconditionFailed, // 412: someone else changed or created it first
        InvalidSyncToken, // RFC 6578 valid-sync-token: start the calendar over
        Unreachable, // no route, refused, timeout, name not found
        Certificate, // TLS verification failed
        InvalidResponse, // not the WebDAV answer we asked for, or too large
        ServerError, // 5xx or another refusal
    };

    DavError() = default;
    DavError(Kind kind, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    bool isError() const { return m_kind != Kind::None; }
    // One sentence for the user, with what to do next.
    QString message() const;

    static DavError fromHttpStatus(int status);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
};
