#include "tests/support/TeamCalendars.h"

#include "core/sync/SyncStore.h"

namespace TeamCalendars {

CalDavAccount addAccount(SyncStore& sync, const QString& user, const QString& displayName)
{
    CalDavAccount account {
        {}, QUrl(QStringLiteral("https://cloud.example.org/dav/")), user, displayName, {}
    };
    if (!sync.addAccount(account, nullptr))
        account.id.clear();
    return account;
}

TeamCalendar addCalendar(SyncStore& sync, const CalDavAccount& account, const QString& name,
                         const QString& color, bool readOnly)
{
    TeamCalendar calendar;
    calendar.accountId = account.id;
    calendar.url = account.serverUrl.resolved(
        QUrl(QStringLiteral("calendars/%1/%2/").arg(account.user, name.toLower())));
    calendar.name = name;
    calendar.color = color;
    calendar.readOnly = readOnly;
    if (!sync.saveCalendar(calendar, nullptr))
        calendar.id.clear();
    return calendar;
}

} // namespace TeamCalendars
