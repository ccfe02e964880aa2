#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

// A calendar appointments can be in: this computer's own (id Appointment::localCalendar, no
// account) or one on a CalDAV server that a team shares.
struct TeamCalendar
{
    Q_DECLARE_TR_FUNCTIONS(TeamCalendar)

public:
    // What of an appointment goes to the server.
    enum class Details
    {
        NotesKeptLocal, // everything but the counselor's notes
        Everything,
        BusyOnly, // time, counselor and kind: nothing about the client
    };

    QString id;
    QString accountId; // empty for this computer's calendar
    QUrl url;
    QString name;
    QString color; // the server's, "#rrggbb"; empty: none
    QString chosenColor; // picked on this computer, outranks color
    QString accountUser; // this computer's user on the calendar's server; empty for its own calendar
    bool readOnly = false;
    Details details = Details::NotesKeptLocal;
    bool shown = true;
    bool isDefault = false; // where new appointments go
    QString ctag;
    QString syncToken;
    std::optional<QDateTime> lastSync;
    QString lastError;

    bool isLocal() const { return accountId.isEmpty(); }
    // The colour the views paint the calendar's appointments with; empty: the colours of their kind.
    QString shownColor() const { return chosenColor.isEmpty() ? color : chosenColor; }
    // The name to show: this computer's calendar has none of its own.
    QString displayName() const;

    static QString detailsName(Details details);
    static std::optional<Details> parseDetails(const QString& name);
    // In words, for the settings page.
    static QString detailsText(Details details);

    friend bool operator==(const TeamCalendar&, const TeamCalendar&) = default;
};
