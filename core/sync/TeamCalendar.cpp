#include "core/sync/TeamCalendar.h"

QString TeamCalendar::displayName() const
{
    if (isLocal() && name.isEmpty())
        return tr("On this computer");
    return name;
}

QString TeamCalendar::detailsName(Details details)
{
    switch (details) {
    case Details::NotesKeptLocal:
        return QStringLiteral("notes-kept-local");
    case Details::Everything:
        return QStringLiteral("everything");
    case Details::BusyOnly:
        return QStringLiteral("busy");
    }
    return {};
}

std::optional<TeamCalendar::Details> TeamCalendar::parseDetails(const QString& name)
{
    for (Details details : { Details::NotesKeptLocal, Details::Everything, Details::BusyOnly }) {
        if (detailsName(details) == name)
            return details;
    }
    return std::nullopt;
}

QString TeamCalendar::detailsText(Details details)
{
    switch (details) {
    case Details::NotesKeptLocal:
        return tr("Details without notes");
    case Details::Everything:
        return tr("Everything, notes too");
    case Details::BusyOnly:
        return tr("Busy only (no client data)");
    }
    return {};
}
