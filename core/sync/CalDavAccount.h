#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

// An account on a CalDAV server (Nextcloud, Radicale, …). Its password or app password lives in
// the keychain only, under secretOwner() / passwordName.
struct CalDavAccount
{
    static constexpr const char* passwordName = "password";

    QString id;
    QUrl serverUrl;
    QString user;
    QString displayName;
    QDateTime created;

    // The keychain owner of this account's secrets: "caldav-<id>".
    QString secretOwner() const { return QStringLiteral("caldav-") + id; }

    friend bool operator==(const CalDavAccount&, const CalDavAccount&) = default;
};
