#pragma once

#include "core/calendar/Appointment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What reading a calendar file found besides the appointments it accepted: properties it left
// out (warnings), events it refused and why, or the reason the whole file is unusable. Every
// finding names its line, so the user can look it up in the file.
class IcsImportReport
{
    Q_DECLARE_TR_FUNCTIONS(IcsImportReport)

public:
    struct Finding
    {
        int line = 0; // of the file, 1-based; for an event, the line of the property concerned
        QString summary; // the event's title, shown to the user and never logged
        QString reason; // what happened, without clients' personal data
    };

    QList<Finding> warnings; // something left out, the event kept
    QList<Finding> refused; // an event not imported
    QString fatal; // the file as a whole cannot be read; nothing was taken from it

    // What the accepted appointments are to the calendar, counted per appointment (a series with
    // its moved dates is one): new, changed, or already there as they are.
    int created = 0;
    int updated = 0;
    int unchanged = 0;

    // Counts imported (with what this computer keeps of each put back, see LocalDetails) against
    // stored, the copies of their UIDs in the calendar.
    void count(const QList<Appointment>& imported, const QList<Appointment>& stored);
    // Whether saving imported would change the calendar.
    bool changesAnything() const { return created + updated > 0; }

    void warn(int line, const QString& summary, const QString& reason);
    void refuse(int line, const QString& summary, const QString& reason);

    // For the user: what happened in a sentence or two.
    QString headline(const QString& fileName) const;
    // Every refusal and warning, one per line.
    QString findingsText() const;
    // Both.
    QString text(const QString& fileName) const;
    // Counts and line numbers only, never titles: safe for the log.
    void log() const;
};
