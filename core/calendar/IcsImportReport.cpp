#include "core/calendar/IcsImportReport.h"

#include "core/base/Logging.h"
#include "core/calendar/LocalDetails.h"

#include <QHash>
#include <QStringList>

namespace {

QString describe(const IcsImportReport::Finding& finding)
{
    const QString where = finding.summary.isEmpty()
        ? IcsImportReport::tr("Line %1").arg(finding.line)
        : IcsImportReport::tr("Line %1 (\"%2\")").arg(finding.line).arg(finding.summary);
    return QStringLiteral("  %1: %2").arg(where, finding.reason);
}

} // namespace

void IcsImportReport::count(const QList<Appointment>& imported, const QList<Appointment>& stored)
{
    created = updated = unchanged = 0;
    // By UID, so that a file of thousands of events is counted in one pass, not one per event.
    const LocalDetails storedCopies(stored);
    QHash<QString, bool> asStoredByUid; // every part of the UID as stored
    for (const Appointment& appointment : imported) {
        const Appointment* counterpart = storedCopies.counterpart(appointment);
        const bool asStored = counterpart && appointment.plansTheSameAs(*counterpart);
        const auto seen = asStoredByUid.find(appointment.uid);
        if (seen == asStoredByUid.end())
            asStoredByUid.insert(appointment.uid, asStored);
        else
            *seen = *seen && asStored;
    }
    for (auto it = asStoredByUid.cbegin(); it != asStoredByUid.cend(); ++it) {
        if (!storedCopies.containsUid(it.key()))
            ++created;
        else
            ++(it.value() ? unchanged : updated);
    }
}

void IcsImportReport::warn(int line, const QString& summary, const QString& reason)
{
    warnings.append({ line, summary, reason });
}

void IcsImportReport::refuse(int line, const QString& summary, const QString& reason)
{
    refused.append({ line, summary, reason });
}

QString IcsImportReport::headline(const QString& fileName) const
{
    QString result;
    if (!fatal.isEmpty())
        result = tr("%1 cannot be imported: %2").arg(fileName, fatal);
    else if (created + updated + unchanged == 0)
        result = tr("Nothing from %1 could be imported.").arg(fileName);
    else if (!changesAnything())
        result = tr("Nothing new in %1: its %n appointment(s) are in the calendar already, as they are.",
                    nullptr, unchanged)
                     .arg(fileName);
    else if (unchanged > 0)
        result = tr("Imported %n appointment(s) from %1: %2 new, %3 updated, %4 unchanged.", nullptr,
                    created + updated + unchanged)
                     .arg(fileName)
                     .arg(created)
                     .arg(updated)
                     .arg(unchanged);
    else
        result = tr("Imported %n appointment(s) from %1: %2 new, %3 updated.", nullptr, created + updated)
                     .arg(fileName)
                     .arg(created)
                     .arg(updated);
    QStringList findings;
    if (!refused.isEmpty())
        findings << tr("%n event(s) not imported", nullptr, int(refused.size()));
    if (!warnings.isEmpty())
        findings << tr("%n warning(s)", nullptr, int(warnings.size()));
    if (!findings.isEmpty())
        result += QLatin1Char('\n') + findings.join(QStringLiteral(", ")) + QLatin1Char('.');
    return result;
}

QString IcsImportReport::text(const QString& fileName) const
{
    const QString findings = findingsText();
    return findings.isEmpty() ? headline(fileName) : headline(fileName) + QLatin1Char('\n') + findings;
}

QString IcsImportReport::findingsText() const
{
    QStringList lines;
    if (!refused.isEmpty()) {
        lines << tr("Not imported:");
        for (const Finding& finding : refused)
            lines << describe(finding);
    }
    if (!warnings.isEmpty()) {
        lines << tr("Warnings:");
        for (const Finding& finding : warnings)
            lines << describe(finding);
    }
    return lines.join(QLatin1Char('\n'));
}

void IcsImportReport::log() const
{
    QStringList refusedLines;
    for (const Finding& finding : refused)
        refusedLines << QString::number(finding.line);
    QStringList warningLines;
    for (const Finding& finding : warnings)
        warningLines << QString::number(finding.line);
    qCInfo(lcCalendar).noquote()
        << QStringLiteral("ics import: %1%2 new, %3 updated, %4 unchanged; refused at "
                          "lines [%5]; warnings at lines [%6]")
               .arg(fatal.isEmpty() ? QString() : QStringLiteral("file unreadable, "))
               .arg(created)
               .arg(updated)
               .arg(unchanged)
               .arg(refusedLines.join(QLatin1Char(',')), warningLines.join(QLatin1Char(',')));
}
