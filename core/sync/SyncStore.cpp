#include "core/sync/SyncStore.h"

#include "core/base/Clock.h"
#include "core/base/Logging.h"
#include "core/calendar/AppointmentMerge.h"
#include "core/calendar/AppointmentStore.h"
#include "core/dav/CalDavCalendar.h"
#include "core/storage/Database.h"
#include "core/sync/CalendarObject.h"
#include "core/sync/SyncConflicts.h"
#include "core/sync/SyncQueue.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

const QString calendarColumns = QStringLiteral(
    "SELECT calendars.id, calendars.account_id, calendars.url, calendars.name, calendars.color, "
    "calendars.read_only, calendars.details, calendars.shown, calendars.is_default, calendars.ctag, "
    "calendars.sync_token, calendars.last_sync_utc, calendars.last_error, calendars.chosen_color, "
    "dav_accounts.user_name FROM calendars LEFT JOIN dav_accounts ON dav_accounts.id = "
    "calendars.account_id ");

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// QtSql binds a null QString as SQL NULL; NOT NULL text columns need an empty string instead.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

SyncStore::SyncStore(Database& database, AppointmentStore& appointments, const Clock& clock)
    : m_database(database)
    , m_appointments(appointments)
    , m_clock(clock)
{ }

bool SyncStore::run(const QString& statement, const QVariantList& values, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qCWarning(lcSync) << "sync data not written:" << query.lastError().nativeErrorCode();
    if (errorMessage)
        *errorMessage = Database::describeWriteError(query.lastError());
    return false;
}

QList<CalDavAccount> SyncStore::accounts() const
{
    QList<CalDavAccount> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, server_url, user_name, display_name, created_utc FROM "
                                   "dav_accounts ORDER BY created_utc")))
        return result;
    while (query.next())
        result.append({ query.value(0).toString(), QUrl(query.value(1).toString()), query.value(2).toString(),
                        query.value(3).toString(),
                        QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC) });
    return result;
}

std::optional<CalDavAccount> SyncStore::account(const QString& id) const
{
    for (const CalDavAccount& known : accounts()) {
        if (known.id == id)
            return known;
    }
    return std::nullopt;
}

bool SyncStore::addAccount(CalDavAccount& account, QString* errorMessage)
{
    for (const CalDavAccount& known : accounts()) {
        if (known.serverUrl == account.serverUrl && known.user == account.user) {
            if (errorMessage)
                *errorMessage = tr("There is already an account for %1 on %2 (%3).")
                                    .arg(account.user, account.serverUrl.toDisplayString(), known.id);
            return false;
        }
    }
    if (account.id.isEmpty())
        account.id = newId();
    return saveAccount(account, errorMessage);
}

bool SyncStore::saveAccount(CalDavAccount& account, QString* errorMessage)
{
    account.created
        = this->account(account.id).value_or(CalDavAccount { {}, {}, {}, {}, m_clock.nowUtc() }).created;
    return run(QStringLiteral(
                   "INSERT INTO dav_accounts (id, server_url, user_name, display_name, created_utc) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET server_url = excluded.server_url, "
                   "user_name = excluded.user_name, display_name = excluded.display_name"),
               { account.id, account.serverUrl.toString(), nonNull(account.user),
                 nonNull(account.displayName), account.created.toMSecsSinceEpoch() },
               errorMessage);
}

bool SyncStore::removeAccount(const QString& id, QString* errorMessage)
{
    QStringList uids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT uid FROM appointments WHERE calendar_id IN "
                                 "(SELECT id FROM calendars WHERE account_id = ?)"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            uids.append(query.value(0).toString());
    }
    query.finish();
    // The server keeps them: removing the copies here is no change to send.
    if (!uids.isEmpty()
        && !m_appointments.replaceAll(uids, {}, errorMessage, AppointmentStore::Origin::Server))
        return false;
    for (const QString& uid : std::as_const(uids)) {
        if (!run(QStringLiteral("DELETE FROM sync_queue WHERE uid = ?"), { uid }, errorMessage))
            return false;
    }
    const bool wasDefault = defaultCalendar().accountId == id;
    if (!run(QStringLiteral("DELETE FROM sync_conflicts WHERE calendar_id IN (SELECT id FROM calendars WHERE "
                            "account_id = ?)"),
             { id }, errorMessage)
        || !run(QStringLiteral("DELETE FROM dav_accounts WHERE id = ?"), { id }, errorMessage))
        return false;
    return !wasDefault || setDefault(QLatin1String(Appointment::localCalendar), errorMessage);
}

QList<TeamCalendar> SyncStore::readCalendars(const QString& where, const QVariantList& values) const
{
    QList<TeamCalendar> result;
    QSqlQuery query(m_database.connection());
    query.prepare(calendarColumns + where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSync) << "calendars not read:" << query.lastError().nativeErrorCode();
        return result;
    }
    while (query.next()) {
        TeamCalendar calendar;
        calendar.id = query.value(0).toString();
        calendar.accountId = query.value(1).toString();
        calendar.url = QUrl(query.value(2).toString());
        calendar.name = query.value(3).toString();
        calendar.color = query.value(4).toString();
        calendar.readOnly = query.value(5).toInt() != 0;
        calendar.details = TeamCalendar::parseDetails(query.value(6).toString())
                               .value_or(TeamCalendar::Details::NotesKeptLocal);
        calendar.shown = query.value(7).toInt() != 0;
        calendar.isDefault = query.value(8).toInt() != 0;
        calendar.ctag = query.value(9).toString();
        calendar.syncToken = query.value(10).toString();
        if (!query.value(11).isNull())
            calendar.lastSync = QDateTime::fromMSecsSinceEpoch(query.value(11).toLongLong(), Qt::UTC);
        calendar.lastError = query.value(12).toString();
        calendar.chosenColor = query.value(13).toString();
        calendar.accountUser = query.value(14).toString();
        result.append(calendar);
    }
    return result;
}

QList<TeamCalendar> SyncStore::calendars() const
{
    return readCalendars(
        QStringLiteral("ORDER BY account_id IS NOT NULL, dav_accounts.created_utc, name COLLATE NOCASE"), {});
}

std::optional<TeamCalendar> SyncStore::calendar(const QString& id) const
{
    const QList<TeamCalendar> found = readCalendars(QStringLiteral("WHERE calendars.id = ?"), { id });
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

TeamCalendar SyncStore::defaultCalendar() const
{
    const QList<TeamCalendar> found = readCalendars(QStringLiteral("WHERE is_default = 1"), {});
    if (!found.isEmpty())
        return found.constFirst();
    TeamCalendar local;
    local.id = QLatin1String(Appointment::localCalendar);
    local.isDefault = true;
    return local;
}

bool SyncStore::saveCalendar(TeamCalendar& calendar, QString* errorMessage)
{
    if (calendar.id.isEmpty()) {
        const QList<TeamCalendar> known = readCalendars(QStringLiteral("WHERE account_id = ? AND url = ?"),
                                                        { calendar.accountId, calendar.url.toString() });
        calendar.id = known.isEmpty() ? newId() : known.constFirst().id;
    }
    // What the server says (name, colour, access) is updated; what the user chose stays.
    return run(
        QStringLiteral("INSERT INTO calendars (id, account_id, url, name, color, read_only, details, shown) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                       "color = excluded.color, read_only = excluded.read_only, url = excluded.url"),
        { calendar.id, nullableText(calendar.accountId), nullableText(calendar.url.toString()),
          nonNull(calendar.name), nonNull(calendar.color), calendar.readOnly ? 1 : 0,
          TeamCalendar::detailsName(calendar.details), calendar.shown ? 1 : 0 },
        errorMessage);
}

bool SyncStore::saveFound(const QString& accountId, const QList<CalDavCalendar>& found,
                          QList<TeamCalendar>* saved, QString* errorMessage)
{
    for (const CalDavCalendar& discovered : found) {
        TeamCalendar calendar;
        calendar.accountId = accountId;
        calendar.url = discovered.url;
        calendar.name = discovered.displayName;
        calendar.color = discovered.color;
        calendar.readOnly = discovered.readOnly;
        if (!saveCalendar(calendar, errorMessage))
            return false;
        if (saved)
            saved->append(calendar);
    }
    return true;
}

bool SyncStore::setDetails(const QString& calendarId, TeamCalendar::Details details, QString* errorMessage)
{
    return run(QStringLiteral("UPDATE calendars SET details = ? WHERE id = ?"),
               { TeamCalendar::detailsName(details), calendarId }, errorMessage);
}

bool SyncStore::setShown(const QString& calendarId, bool shown, QString* errorMessage)
{
    return run(QStringLiteral("UPDATE calendars SET shown = ? WHERE id = ?"), { shown ? 1 : 0, calendarId },
               errorMessage);
}

bool SyncStore::setChosenColor(const QString& calendarId, const QString& color, QString* errorMessage)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-f]{6}$"));
    if (!color.isEmpty() && !rgb.match(color).hasMatch()) {
        if (errorMessage)
            *errorMessage = tr("\"%1\" is no colour: write it as #rrggbb.").arg(color);
        return false;
    }
    return run(QStringLiteral("UPDATE calendars SET chosen_color = ? WHERE id = ?"),
               { nonNull(color), calendarId }, errorMessage);
}

bool SyncStore::setDefault(const QString& calendarId, QString* errorMessage)
{
    const std::optional<TeamCalendar> chosen = calendar(calendarId);
    if (!chosen || chosen->readOnly) {
        if (errorMessage)
            *errorMessage = chosen
                ? tr("\"%1\" is read-only: new appointments cannot go there.").arg(chosen->displayName())
                : tr("There is no calendar \"%1\".").arg(calendarId);
        return false;
    }
    // One statement, so that there is never none or two.
    return run(QStringLiteral("UPDATE calendars SET is_default = CASE WHEN id = ? THEN 1 ELSE 0 END"),
               { calendarId }, errorMessage);
}

bool SyncStore::setSyncState(const QString& calendarId, const QString& ctag, const QString& syncToken,
                             const QString& lastError, QString* errorMessage)
{
    return run(
        QStringLiteral("UPDATE calendars SET ctag = ?, sync_token = ?, last_error = ?, last_sync_utc = "
                       "CASE WHEN ? = '' THEN ? ELSE last_sync_utc END WHERE id = ?"),
        { nullableText(ctag), nullableText(syncToken), nonNull(lastError), nonNull(lastError),
          m_clock.currentMSecsSinceEpoch(), calendarId },
        errorMessage);
}

std::optional<QString> SyncStore::heldBySomeoneElse(const Appointment& appointment) const
{
    if (appointment.counselor.isEmpty())
        return std::nullopt;
    const std::optional<TeamCalendar> in = calendar(appointment.calendarId);
    const std::optional<CalDavAccount> me = in ? account(in->accountId) : std::nullopt;
    if (!me || me->user.compare(appointment.counselor, Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return appointment.counselor;
}

SyncState SyncStore::state() const
{
    SyncState state;
    for (const TeamCalendar& calendar : calendars()) {
        if (calendar.lastSync && (!state.lastSync || *calendar.lastSync > *state.lastSync))
            state.lastSync = calendar.lastSync;
        if (!calendar.lastError.isEmpty())
            state.error = calendar.lastError;
    }
    state.pending = SyncQueue(m_database).count();
    state.conflicts = SyncConflicts(m_database, m_appointments, m_clock).count();
    return state;
}

std::optional<ServerObject> SyncStore::object(const QString& uid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT uid, calendar_id, href, etag, agreed_version FROM calendar_objects WHERE uid = ?"));
    query.addBindValue(uid);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ServerObject { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toByteArray() };
}

QList<ServerObject> SyncStore::objects(const QString& calendarId) const
{
    QList<ServerObject> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT uid, calendar_id, href, etag FROM calendar_objects WHERE calendar_id = ? ORDER BY href"));
    query.addBindValue(calendarId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append({ query.value(0).toString(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        query.value(3).toString(),
                        {} });
    return result;
}

bool SyncStore::setObject(const ServerObject& object, QString* errorMessage)
{
    return setObjects({ object }, errorMessage);
}

bool SyncStore::setObjects(const QList<ServerObject>& objects, QString* errorMessage)
{
    QSqlDatabase db = m_database.connection();
    QSqlError error;
    if (!m_database.beginWrite(&error)) {
        if (errorMessage)
            *errorMessage = Database::describeWriteError(error);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO calendar_objects (uid, calendar_id, href, etag, agreed_version) VALUES "
        "(?, ?, ?, ?, ?)"));
    for (const ServerObject& object : objects) {
        query.addBindValue(object.uid);
        query.addBindValue(object.calendarId);
        query.addBindValue(object.href);
        query.addBindValue(object.etag);
        query.addBindValue(object.agreedVersion.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                          : QVariant(object.agreedVersion));
        if (!query.exec()) {
            error = query.lastError();
            db.rollback();
            qCWarning(lcSync) << "sync data not written:" << error.nativeErrorCode();
            if (errorMessage)
                *errorMessage = Database::describeWriteError(error);
            return false;
        }
    }
    if (db.commit())
        return true;
    error = db.lastError();
    db.rollback();
    if (errorMessage)
        *errorMessage = Database::describeWriteError(error);
    return false;
}

bool SyncStore::forgetObject(const QString& uid, QString* errorMessage)
{
    return run(QStringLiteral("DELETE FROM calendar_objects WHERE uid = ?"), { uid }, errorMessage);
}

bool SyncStore::keepLocalChange(const QString& uid, QString* errorMessage)
{
    if (!SyncQueue(m_database).contains(uid))
        return true;
    const QString calendarId = m_appointments.find(uid) ? m_appointments.find(uid)->calendarId
                                                        : object(uid).value_or(ServerObject {}).calendarId;
    return SyncConflicts(m_database, m_appointments, m_clock)
        .record(uid, calendarId, agreedVersion(uid), errorMessage);
}

QByteArray SyncStore::agreedVersion(const QString& uid) const
{
    return object(uid).value_or(ServerObject {}).agreedVersion;
}

bool SyncStore::isThisComputersVersion(const QList<Appointment>& local, const QList<Appointment>& server,
                                       TeamCalendar::Details details)
{
    // As the server would get them, without the moments of writing (which reading does not keep).
    const auto written = [details](const QList<Appointment>& appointments) {
        QList<QByteArray> lines = CalendarObject::write(appointments, details).split('\n');
        lines.removeIf([](const QByteArray& line) {
            return line.startsWith("DTSTAMP:") || line.startsWith("LAST-MODIFIED:");
        });
        return lines;
    };
    return !local.isEmpty() && written(local) == written(server);
}

bool SyncStore::applyServerVersion(const QString& calendarId, const QString& href, const QString& etag,
                                   const QByteArray& ics, QString* errorMessage, WaitingChange* waiting)
{
    int applied = 0;
    int conflicts = 0;
    int merged = 0;
    if (!applyServerVersions(calendarId, { { href, etag, ics } }, &applied, &conflicts, errorMessage,
                             &merged))
        return false;
    if (waiting)
        *waiting = conflicts > 0 ? WaitingChange::KeptAsConflict
            : merged > 0         ? WaitingChange::Merged
                                 : WaitingChange::None;
    return applied == 1;
}

bool SyncStore::applyServerVersions(const QString& calendarId, const QList<ServerVersion>& versions,
                                    int* applied, int* conflicts, QString* errorMessage, int* mergedChanges)
{
    *applied = 0;
    *conflicts = 0;
    int mergedHere = 0;
    const std::optional<TeamCalendar> target = calendar(calendarId);
    if (!target) {
        if (errorMessage)
            *errorMessage = tr("There is no calendar \"%1\".").arg(calendarId);
        return false;
    }
    QSet<QString> waiting;
    for (const PendingChange& change : SyncQueue(m_database).pending())
        waiting.insert(change.uid);
    QStringList uids;
    QList<Appointment> appointments;
    QList<ServerObject> objects;
    QString problem;
    for (const ServerVersion& version : versions) {
        // A server object holds one UID; this computer's copy of it is merged in.
        std::optional<QList<Appointment>> merged = CalendarObject::read(version.ics, {}, *target, &problem);
        const QString uid = merged ? merged->constFirst().uid : QString();
        QList<Appointment> local;
        if (merged && !uids.contains(uid)) {
            if (const std::optional<Appointment> master = m_appointments.find(uid))
                local = QList<Appointment> { *master } + m_appointments.exceptionsOf(uid);
            if (!local.isEmpty())
                merged = CalendarObject::read(version.ics, local, *target, &problem);
        }
        const bool valid = merged && !uids.contains(uid)
            && std::all_of(merged->begin(), merged->end(),
                           [&](const Appointment& a) { return a.validate(&problem); });
        if (!valid) {
            qCWarning(lcSync) << "an event from the server was left out";
            if (errorMessage)
                *errorMessage = problem;
            continue;
        }
        // What this computer has of the server's version once it is applied: both agree on it.
        ServerObject object { uid, calendarId, version.href, version.etag,
                              CalendarObject::writeWhole(*merged) };
        if (waiting.contains(uid)) {
            const QList<Appointment> base = CalendarObject::readWhole(agreedVersion(uid), calendarId);
            const std::optional<AppointmentMerge::Result> combined = base.isEmpty() || local.isEmpty()
                ? std::nullopt
                : std::optional(AppointmentMerge::merge(base, local, *merged));
            if (isThisComputersVersion(local, *merged, target->details)) {
                // The change waiting here is on the server already: a run sent it and ended (killed,
                // or the connection lost) before it could note so. That is no conflict.
                if (!run(QStringLiteral("DELETE FROM sync_queue WHERE uid = ?"), { uid }, errorMessage))
                    return false;
            } else if (combined && !combined->hasConflicts()) {
                // Each side changed other parts (she the title, a colleague the time): both stay,
                // and the change waits to go up onto the server's version.
                *merged = combined->merged;
                ++mergedHere;
            } else {
                if (!keepLocalChange(uid, errorMessage))
                    return false;
                ++*conflicts;
            }
        }
        uids.append(uid);
        appointments += *merged;
        objects.append(object);
    }
    if (uids.isEmpty())
        return true;
    // The objects are noted after the appointments: interrupted in between, their ETags still
    // differ and the next sync applies the same versions again.
    if (!m_appointments.replaceAll(uids, appointments, errorMessage, AppointmentStore::Origin::Server)
        || !setObjects(objects, errorMessage))
        return false;
    *applied = uids.size();
    if (mergedChanges)
        *mergedChanges = mergedHere;
    return true;
}

bool SyncStore::applyServerRemoval(const QString& uid, QString* errorMessage)
{
    return keepLocalChange(uid, errorMessage)
        && m_appointments.replaceAll({ uid }, {}, errorMessage, AppointmentStore::Origin::Server)
        && forgetObject(uid, errorMessage);
}
