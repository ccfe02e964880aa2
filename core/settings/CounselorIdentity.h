#pragma once

#include <QString>
#include <QStringList>

class Settings;

// Who the counselor is in a calendar file another program wrote: an ATTENDEE or ORGANIZER with one
// of her addresses or her name is she herself, never a client. Outlook's invitations name her too.
struct CounselorIdentity
{
    QStringList emailAddresses; // lower case
    QString name;

    // What she set up: the name clients see in sessions, the address invitations come from and the
    // mail account's user name when that is an address.
    static CounselorIdentity fromSettings(const Settings& settings);

    bool matches(const QString& email, const QString& displayName) const;
    // Whether email is an address of her own organisation (a colleague, the service's mailbox): at
    // the domain of one of her addresses or of alsoHers, unless anyone can have an address there.
    bool isOfHerOrganisation(const QString& email, const QString& alsoHers = {}) const;
};
