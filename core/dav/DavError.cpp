#include "core/dav/DavError.h"

DavError::DavError(Kind kind, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
{ }

DavError DavError::fromHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return {};
    switch (status) {
    case 401:
        return { Kind::WrongPassword, status };
    case 403:
        return { Kind::Forbidden, status };
    case 404:
    case 410:
        return { Kind::NotFound, status };
    case 412:
        return { Kind::PreconditionFailed, status };
    default:
        return { Kind::ServerError, status };
    }
}

QString DavError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InsecureAddress:
        return tr("The calendar server's address must start with https://. Ask your administrator for the "
                  "secure address.");
    case Kind::WrongPassword:
        return tr("The calendar server did not accept the user name or password. Check them, or create a new "
                  "app password on the server.");
    case Kind::Forbidden:
        return tr("The calendar server does not allow this account to do that. Ask your administrator for "
                  "access.");
    case Kind::NotFound:
        return tr(
            "The calendar server does not know this address. Check the address, or whether the calendar "
            "was deleted.");
    case Kind::PreconditionFailed:
        return tr("Someone else changed this appointment on the server first. Both versions are kept.");
    case Kind::InvalidSyncToken:
        return tr(
            "The calendar server forgot where the last sync ended. Vieraugen compares the whole calendar "
            "again.");
    case Kind::Unreachable:
        return tr("The calendar server cannot be reached. Check the network connection; changes are kept and "
                  "sent later.");
    case Kind::Certificate:
        return tr(
            "The calendar server's certificate is not trusted, so nothing was sent. Ask your administrator "
            "to check the server's certificate.");
    case Kind::InvalidResponse:
        return tr(
            "The calendar server sent an answer Vieraugen cannot read. Check that the address points to a "
            "CalDAV server.");
    case Kind::ServerError:
        return tr("The calendar server reported an error (%1). Try again later; changes are kept.")
            .arg(m_httpStatus);
    }
    return {};
}
