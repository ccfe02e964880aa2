#pragma once

#include <QString>

// Which organization owns a host name, per the public suffix list (libpsl): "meet.example.org" and
// "turn.example.org" share "example.org", while "example.org.tracker.net" belongs to "tracker.net".
class PublicSuffix
{
public:
    // The registrable domain ("example.co.uk" for "a.b.example.co.uk"); empty for a public suffix
    // itself, an IP address or an empty host.
    static QString registrableDomain(const QString& host);
    // True when both hosts are the same or share a registrable domain.
    static bool sameOwner(const QString& host, const QString& otherHost);
};
