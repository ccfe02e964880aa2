#include "core/calendar/AppointmentStore.h"

#include "core/base/Clock.h"
#include "core/base/Logging.h"
#include "core/calendar/Recurrence.h"
#include "core/calendar/SearchText.h"
#include "core/calendar/SeriesIndex.h"
#include "core/storage/Database.h"
#include "core/storage/StatementCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, uid, recurrence_id_utc, title, start_utc, end_utc, time_zone, all_day, start_date, end_date, "
    "rrule, exdates, kind, server_profile, room_name, external_url, reminders, status, notes, "
    "session_started_utc, session_ended_utc, personal_data_purged, created_utc, modified_utc, rdates, "
    "session_facts, calendar_id, counselor FROM appointments ");

QVariant nullableMs(const std::optional<QDateTime>& time)
{
    return time ? QVariant(time->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// QtSql binds a null QString as SQL NULL; NOT NULL text columns need an empty string instead.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

std::optional<QDateTime> optionalTime(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The end of the last occurrence (NULL: never ends); for single appointments their end. A series
// without a rule ends with its last extra date (RDATE).
QVariant seriesEnd(const Appointment& appointment)
{
    if (!appointment.isRecurring())
        return appointment.end.toMSecsSinceEpoch();
    const bool ruled = !appointment.rrule.isEmpty();
    if (appointment.allDay) {
        std::optional<QDate> last = ruled ? Recurrence::lastDate(appointment.rrule, appointment.startDate)
                                          : std::optional(appointment.startDate);
        if (!last)
            return QVariant(QMetaType::fromType<qint64>());
        for (const RecurrenceDate& date : appointment.recurrenceDates)
            last = std::max(*last, date.start.date());
        const qint64 days = appointment.startDate.daysTo(appointment.endDate);
        return QDateTime(last->addDays(days), QTime(0, 0), Qt::UTC).addSecs(12 * 3600).toMSecsSinceEpoch();
    }
    const std::optional<QDateTime> last = ruled
        ? Recurrence::lastStart(appointment.rrule, appointment.start,
                                QTimeZone(appointment.timeZone.toUtf8()))
        : std::optional(appointment.start);
    if (!last)
        return QVariant(QMetaType::fromType<qint64>());
    qint64 endMs = last->addMSecs(appointment.durationMs()).toMSecsSinceEpoch();
    for (const RecurrenceDate& date : appointment.recurrenceDates)
        endMs = std::max(endMs, date.start.toMSecsSinceEpoch() + appointment.durationMs(date.start));
    return endMs;
}

// [[start_utc], [start_utc, duration_ms], …]; NULL for none.
QVariant recurrenceDatesJson(const QList<RecurrenceDate>& dates)
{
    if (dates.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    QJsonArray array;
    for (const RecurrenceDate& date : dates) {
        QJsonArray entry { date.start.toMSecsSinceEpoch() };
        if (date.durationMs)
            entry.append(*date.durationMs);
        array.append(entry);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RecurrenceDate> recurrenceDatesFromJson(const QString& json)
{
    QList<RecurrenceDate> dates;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray entry = value.toArray();
        RecurrenceDate date { QDateTime::fromMSecsSinceEpoch(qint64(entry.at(0).toDouble()), Qt::UTC), {} };
        if (entry.size() > 1)
            date.durationMs = qint64(entry.at(1).toDouble());
        dates.append(date);
    }
    return dates;
}

// [[at_utc, kind], …]; NULL for none.
QVariant sessionFactsJson(const QList<SessionFact>& facts)
{
    if (facts.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    QJsonArray array;
    for (const SessionFact& fact : facts)
        array.append(QJsonArray { fact.at.toMSecsSinceEpoch(), SessionFact::kindName(fact.kind) });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<SessionFact> sessionFactsFromJson(const QString& json)
{
    QList<SessionFact> facts;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray entry = value.toArray();
        if (const std::optional<SessionFact::Kind> kind = SessionFact::parseKind(entry.at(1).toString()))
            facts.append({ QDateTime::fromMSecsSinceEpoch(qint64(entry.at(0).toDouble()), Qt::UTC), *kind });
    }
    return facts;
}

} // namespace

AppointmentStore::AppointmentStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    refreshLongestDuration();
    extendSeriesIndex();
}

void AppointmentStore::noteWritten(const QList<Appointment>& appointments)
{
    m_cache.clear();
    for (const Appointment& appointment : appointments)
        m_longestMs = std::max(m_longestMs, appointment.longestDurationMs());
}

void AppointmentStore::refreshLongestDuration()
{
    QSqlQuery query(m_database.connection());
    // Dates given as PERIODs may last longer than their series.
    if (query.exec(
            QStringLiteral("SELECT MAX((SELECT COALESCE(MAX(end_utc - start_utc), 0) FROM appointments), "
                           "(SELECT COALESCE(MAX(end_utc - start_utc), 0) FROM series_occurrences))"))
        && query.next())
        m_longestMs = query.value(0).toLongLong();
}

void AppointmentStore::extendSeriesIndex()
{
    const QDateTime horizon = SeriesIndex::horizon(m_clock.nowUtc());
    // With a year's margin the index grows once a year, not at every start. Series that were
    // migrated or never indexed have 0.
    QList<Appointment> series = findAll(
        QStringLiteral("WHERE rrule IS NOT NULL AND recurrence_id_utc IS NULL AND indexed_until_utc < ? AND "
                       "(series_end_utc IS NULL OR series_end_utc > indexed_until_utc)"),
        { horizon.addYears(-1).toMSecsSinceEpoch() });
    if (series.isEmpty())
        return;
    QSqlDatabase db = m_database.connection();
    QSqlError error;
    bool written = m_database.beginWrite(&error);
    StatementCache statements(db);
    for (const Appointment& appointment : std::as_const(series)) {
        if (!written)
            break;
        written = SeriesIndex::write(statements, appointment, horizon, &error);
    }
    // Without the index (a read-only file, a full disk) windows are expanded as they are asked for.
    if (!written || !db.commit()) {
        db.rollback();
        qCWarning(lcCalendar) << "series index not extended:" << error.nativeErrorCode();
        return;
    }
    qCInfo(lcCalendar) << "indexed the dates of" << series.size() << "series";
}

void AppointmentStore::reloadWrittenElsewhere()
{
    m_cache.clear();
    refreshLongestDuration();
    Q_EMIT changed();
}

bool AppointmentStore::commit(QString* errorMessage)
{
    QSqlDatabase db = m_database.connection();
    if (db.commit())
        return true;
    const QSqlError error = db.lastError();
    db.rollback();
    return fail(error, errorMessage);
}

bool AppointmentStore::fail(const QSqlQuery& query, QString* errorMessage) const
{
    return fail(query.lastError(), errorMessage);
}

bool AppointmentStore::fail(const QSqlError& error, QString* errorMessage) const
{
    qCWarning(lcCalendar) << "calendar write failed:" << error.nativeErrorCode();
    if (errorMessage)
        *errorMessage = m_database.readOnlyReason().isEmpty() ? Database::describeWriteError(error)
                                                              : m_database.readOnlyReason();
    return false;
}

bool AppointmentStore::save(Appointment& appointment, QString* errorMessage)
{
    QList<Appointment> one { appointment };
    int created = 0;
    int updated = 0;
    if (!saveAll(one, &created, &updated, errorMessage))
        return false;
    appointment = one.constFirst();
    return true;
}

bool AppointmentStore::updateOccurrence(const Occurrence& occurrence,
                                        const std::function<void(Appointment&)>& change,
                                        QString* errorMessage)
{
    std::optional<Appointment> single = storedDate(occurrence, errorMessage);
    if (!single)
        return false;
    change(*single);
    return save(*single, errorMessage);
}

std::optional<Appointment> AppointmentStore::storedDate(const Occurrence& occurrence,
                                                        QString* errorMessage) const
{
    const Appointment single = occurrence.standalone();
    // What is stored now counts: it may have changed since the occurrence was read.
    if (std::optional<Appointment> stored
        = single.recurrenceId ? findException(single.uid, *single.recurrenceId) : find(single.uid))
        return stored;
    const std::optional<Appointment> series = single.recurrenceId ? find(single.uid) : std::nullopt;
    if (series && !series->exceptionDates.contains(*single.recurrenceId))
        return single;
    if (errorMessage)
        *errorMessage = tr("\"%1\" was deleted meanwhile, so nothing was saved for it.").arg(single.title);
    return std::nullopt;
}

std::optional<Occurrence> AppointmentStore::occurrenceOf(const QString& uid,
                                                         const QDateTime& recurrenceId) const
{
    const std::optional<Appointment> master = find(uid);
    if (!master)
        return std::nullopt;
    if (!recurrenceId.isValid() || !master->isRecurring())
        return Occurrence { std::make_shared<const Appointment>(*master),
                            master->start,
                            master->end,
                            master->startDate,
                            master->endDate,
                            {} };
    // An exception keeps the date it replaces, so what is done with it (invitations, sessions)
    // finds it again.
    if (const std::optional<Appointment> exception = findException(uid, recurrenceId))
        return Occurrence { std::make_shared<const Appointment>(*exception),
                            exception->start,
                            exception->end,
                            exception->startDate,
                            exception->endDate,
                            recurrenceId };
    return Occurrence { std::make_shared<const Appointment>(*master),
                        recurrenceId,
                        recurrenceId.addMSecs(master->durationMs(recurrenceId)),
                        {},
                        {},
                        recurrenceId };
}

bool AppointmentStore::saveAll(QList<Appointment>& appointments, int* created, int* updated,
                               QString* errorMessage)
{
    QSet<std::pair<QString, qint64>> keys;
    for (const Appointment& appointment : std::as_const(appointments)) {
        if (!appointment.validate(errorMessage))
            return false;
        // Within one save, a second appointment under the same key would silently overwrite the
        // first: a series by its own exception.
        const std::pair key(appointment.uid,
                            appointment.recurrenceId ? appointment.recurrenceId->toMSecsSinceEpoch() : -1);
        if (!appointment.uid.isEmpty() && keys.contains(key)) {
            if (errorMessage)
                *errorMessage = tr("\"%1\" appears twice with the same UID and date; nothing was saved.")
                                    .arg(appointment.title);
            return false;
        }
        keys.insert(key);
    }
    QSqlDatabase db = m_database.connection();
    if (QSqlError error; !m_database.beginWrite(&error))
        return fail(error, errorMessage);
    QList<Appointment> written = appointments;
    *created = 0;
    *updated = 0;
    StatementCache statements(db);
    for (Appointment& appointment : written) {
        bool inserted = false;
        if (!writeComplete(appointment, &inserted, statements, Origin::ThisComputer, errorMessage)) {
            db.rollback();
            return false;
        }
        ++(inserted ? *created : *updated);
    }
    if (!commit(errorMessage))
        return false;
    appointments = written;
    noteWritten(appointments);
    qCInfo(lcCalendar) << "saved" << appointments.size() << "appointments";
    Q_EMIT changed();
    return true;
}

bool AppointmentStore::writeAppointment(Appointment& appointment, bool* inserted, StatementCache& statements,
                                        QString* errorMessage)
{
    const qint64 now = m_clock.currentMSecsSinceEpoch();
    if (appointment.uid.isEmpty())
        appointment.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (appointment.id == 0) {
        // An appointment already known by its UID (an import, a repeated invitation) is updated.
        QSqlQuery& known
            = statements.prepared(QStringLiteral("SELECT id, created_utc FROM appointments WHERE uid = ? AND "
                                                 "COALESCE(recurrence_id_utc, -1) = ?"));
        known.addBindValue(appointment.uid);
        known.addBindValue(appointment.recurrenceId ? appointment.recurrenceId->toMSecsSinceEpoch()
                                                    : qint64(-1));
        if (!known.exec())
            return fail(known, errorMessage);
        if (known.next()) {
            appointment.id = known.value(0).toLongLong();
            appointment.created = utcFromMs(known.value(1).toLongLong());
        }
        known.finish();
    }
    if (appointment.id == 0 && !appointment.created.isValid())
        appointment.created = utcFromMs(now);
    appointment.modified = utcFromMs(now);

    QJsonArray exdates;
    for (const QDateTime& date : std::as_const(appointment.exceptionDates))
        exdates.append(date.toMSecsSinceEpoch());
    QJsonArray reminders;
    for (int minutes : std::as_const(appointment.reminderMinutes))
        reminders.append(minutes);

    QSqlQuery& query = statements.prepared(
        appointment.id == 0
            ? QStringLiteral("INSERT INTO appointments (uid, recurrence_id_utc, title, start_utc, end_utc, "
                             "time_zone, all_day, "
                             "start_date, end_date, rrule, exdates, series_end_utc, kind, server_profile, "
                             "room_name, external_url, "
                             "reminders, status, notes, session_started_utc, session_ended_utc, "
                             "personal_data_purged, created_utc, "
                             "modified_utc, rdates, session_facts, calendar_id, counselor) VALUES "
                             "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            : QStringLiteral(
                "UPDATE appointments SET uid = ?, recurrence_id_utc = ?, title = ?, start_utc = ?, end_utc = "
                "?, "
                "time_zone = ?, all_day = ?, start_date = ?, end_date = ?, rrule = ?, exdates = ?, "
                "series_end_utc = ?, "
                "kind = ?, server_profile = ?, room_name = ?, external_url = ?, reminders = ?, status = ?, "
                "notes "
                "= ?, "
                "session_started_utc = ?, session_ended_utc = ?, personal_data_purged = ?, created_utc = ?, "
                "modified_utc = ?, rdates = ?, session_facts = ?, calendar_id = ?, counselor = ? WHERE id = "
                "?"));
    const QVariantList values = {
        appointment.uid,
        nullableMs(appointment.recurrenceId),
        nonNull(appointment.title),
        appointment.start.toMSecsSinceEpoch(),
        appointment.end.toMSecsSinceEpoch(),
        appointment.timeZone,
        appointment.allDay ? 1 : 0,
        appointment.allDay ? QVariant(appointment.startDate.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>()),
        appointment.allDay ? QVariant(appointment.endDate.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>()),
        // '' for a series of extra dates alone: rrule IS NOT NULL marks every series.
        appointment.isRecurring() ? QVariant(nonNull(appointment.rrule))
                                  : QVariant(QMetaType::fromType<QString>()),
        exdates.isEmpty()
            ? QVariant(QMetaType::fromType<QString>())
            : QVariant(QString::fromUtf8(QJsonDocument(exdates).toJson(QJsonDocument::Compact))),
        seriesEnd(appointment),
        Appointment::kindName(appointment.kind),
        nullableText(appointment.serverProfileId),
        nullableText(appointment.roomName),
        nullableText(appointment.externalUrl.toString()),
        QString::fromUtf8(QJsonDocument(reminders).toJson(QJsonDocument::Compact)),
        Appointment::statusName(appointment.status),
        nonNull(appointment.notes),
        nullableMs(appointment.sessionStarted),
        nullableMs(appointment.sessionEnded),
        appointment.personalDataPurged ? 1 : 0,
        appointment.created.toMSecsSinceEpoch(),
        appointment.modified.toMSecsSinceEpoch(),
        recurrenceDatesJson(appointment.recurrenceDates),
        sessionFactsJson(appointment.sessionFacts),
        appointment.calendarId,
        nonNull(appointment.counselor),
    };
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (appointment.id != 0)
        query.addBindValue(appointment.id);
    if (!query.exec())
        return fail(query, errorMessage);
    *inserted = appointment.id == 0;
    if (*inserted)
        appointment.id = query.lastInsertId().toLongLong();
    return true;
}

bool AppointmentStore::execute(StatementCache& statements, const QString& statement,
                               const QVariantList& values, QString* errorMessage)
{
    QSqlQuery& query = statements.prepared(statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() || fail(query, errorMessage);
}

bool AppointmentStore::writeComplete(Appointment& appointment, bool* inserted, StatementCache& statements,
                                     Origin origin, QString* errorMessage)
{
    return writeAppointment(appointment, inserted, statements, errorMessage)
        && writeParticipants(appointment, statements, errorMessage)
        && writeSearchEntry(appointment, statements, errorMessage)
        && writeSeriesIndex(appointment, statements, errorMessage)
        && (origin == Origin::Server || queueForServer(appointment.uid, statements, errorMessage));
}

bool AppointmentStore::queueForServer(const QString& uid, StatementCache& statements, QString* errorMessage)
{
    // A newer change of the same UID takes the place (and a later turn) of one still waiting.
    return execute(
        statements,
        QStringLiteral("INSERT OR REPLACE INTO sync_queue (uid, queued_utc) SELECT ?, ? WHERE "
                       "EXISTS (SELECT 1 FROM appointments WHERE uid = ? AND calendar_id <> ?) OR "
                       "EXISTS (SELECT 1 FROM calendar_objects WHERE uid = ?)"),
        { uid, m_clock.currentMSecsSinceEpoch(), uid, QLatin1String(Appointment::localCalendar), uid },
        errorMessage);
}

bool AppointmentStore::writeSeriesIndex(const Appointment& appointment, StatementCache& statements,
                                        QString* errorMessage)
{
    QSqlError error;
    return SeriesIndex::write(statements, appointment, SeriesIndex::horizon(m_clock.nowUtc()), &error)
        || fail(error, errorMessage);
}

bool AppointmentStore::writeParticipants(const Appointment& appointment, StatementCache& statements,
                                         QString* errorMessage)
{
    if (!execute(statements, QStringLiteral("DELETE FROM participants WHERE appointment_id = ?"),
                 { appointment.id }, errorMessage))
        return false;
    QSqlQuery& query = statements.prepared(
        QStringLiteral("INSERT INTO participants (appointment_id, position, display_name, email, phone, "
                       "language) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int position = 0; position < appointment.participants.size(); ++position) {
        const Participant& participant = appointment.participants.at(position);
        for (const QVariant& value : QVariantList {
                 appointment.id, position, nonNull(participant.displayName), nonNull(participant.email),
                 nonNull(participant.phone), nonNull(participant.language) })
            query.addBindValue(value);
        if (!query.exec())
            return fail(query, errorMessage);
    }
    return true;
}

bool AppointmentStore::writeSearchEntry(const Appointment& appointment, StatementCache& statements,
                                        QString* errorMessage)
{
    if (!execute(statements, QStringLiteral("DELETE FROM appointment_search WHERE rowid = ?"),
                 { appointment.id }, errorMessage))
        return false;
    if (appointment.personalDataPurged)
        return true;
    QSqlQuery& query = statements.prepared(SearchText::insertStatement());
    QStringList participants;
    for (const Participant& participant : appointment.participants)
        participants.append(
            SearchText::participantText(participant.displayName, participant.email, participant.phone));
    return SearchText::insert(query, appointment.id, appointment.title, participants, appointment.notes)
        || fail(query, errorMessage);
}

QList<Appointment> AppointmentStore::load(QSqlQuery& query) const
{
    QList<Appointment> result;
    while (query.next()) {
        Appointment appointment;
        appointment.id = query.value(0).toLongLong();
        appointment.uid = query.value(1).toString();
        appointment.recurrenceId = optionalTime(query.value(2));
        appointment.title = query.value(3).toString();
        appointment.start = utcFromMs(query.value(4).toLongLong());
        appointment.end = utcFromMs(query.value(5).toLongLong());
        appointment.timeZone = query.value(6).toString();
        appointment.allDay = query.value(7).toInt() != 0;
        appointment.startDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        appointment.endDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        appointment.rrule = query.value(10).toString();
        for (const QJsonValue& value : QJsonDocument::fromJson(query.value(11).toString().toUtf8()).array())
            appointment.exceptionDates.append(utcFromMs(qint64(value.toDouble())));
        appointment.kind = Appointment::parseKind(query.value(12).toString()).value_or(SessionKind::InPerson);
        appointment.serverProfileId = query.value(13).toString();
        appointment.roomName = query.value(14).toString();
        appointment.externalUrl = QUrl(query.value(15).toString());
        appointment.reminderMinutes.clear();
        for (const QJsonValue& value : QJsonDocument::fromJson(query.value(16).toString().toUtf8()).array())
            appointment.reminderMinutes.append(value.toInt());
        appointment.status
            = Appointment::parseStatus(query.value(17).toString()).value_or(AppointmentStatus::Planned);
        appointment.notes = query.value(18).toString();
        appointment.sessionStarted = optionalTime(query.value(19));
        appointment.sessionEnded = optionalTime(query.value(20));
        appointment.personalDataPurged = query.value(21).toInt() != 0;
        appointment.created = utcFromMs(query.value(22).toLongLong());
        appointment.modified = utcFromMs(query.value(23).toLongLong());
        appointment.recurrenceDates = recurrenceDatesFromJson(query.value(24).toString());
        appointment.sessionFacts = sessionFactsFromJson(query.value(25).toString());
        appointment.calendarId = query.value(26).toString();
        appointment.counselor = query.value(27).toString();
        result.append(appointment);
    }
    return result;
}

void AppointmentStore::loadParticipants(QList<Appointment>& appointments) const
{
    if (appointments.isEmpty())
        return;
    QHash<qint64, qsizetype> indexById;
    QStringList ids;
    for (qsizetype i = 0; i < appointments.size(); ++i) {
        indexById.insert(appointments.at(i).id, i);
        ids.append(QString::number(appointments.at(i).id));
    }
    QSqlQuery query(m_database.connection());
    // The ids are integers from the database itself, so joining them into the statement is safe.
    if (!query.exec(
            QStringLiteral("SELECT appointment_id, display_name, email, phone, language FROM participants "
                           "WHERE appointment_id IN (%1) ORDER BY appointment_id, position")
                .arg(ids.join(QLatin1Char(',')))))
        return;
    while (query.next()) {
        Participant participant { query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString(), query.value(4).toString() };
        appointments[indexById.value(query.value(0).toLongLong())].participants.append(participant);
    }
}

std::optional<Appointment> AppointmentStore::findOne(const QString& where, const QVariantList& values) const
{
    const QList<Appointment> found = findAll(where + QStringLiteral(" LIMIT 1"), values);
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

std::optional<Appointment> AppointmentStore::find(const QString& uid) const
{
    return findOne(QStringLiteral("WHERE uid = ? AND recurrence_id_utc IS NULL"), { uid });
}

std::optional<Appointment> AppointmentStore::findException(const QString& uid,
                                                           const QDateTime& recurrenceId) const
{
    return findOne(QStringLiteral("WHERE uid = ? AND recurrence_id_utc = ?"),
                   { uid, recurrenceId.toMSecsSinceEpoch() });
}

QList<Appointment> AppointmentStore::findAll(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns + where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return {};
    QList<Appointment> result = load(query);
    loadParticipants(result);
    return result;
}

QList<Appointment> AppointmentStore::exceptionsOf(const QString& uid) const
{
    return findAll(
        QStringLiteral("WHERE uid = ? AND recurrence_id_utc IS NOT NULL ORDER BY recurrence_id_utc"),
        { uid });
}

QList<Appointment> AppointmentStore::series(const QString& uid) const
{
    QList<Appointment> result;
    if (const std::optional<Appointment> master = find(uid))
        result.append(*master);
    result.append(exceptionsOf(uid));
    return result;
}

QList<Appointment> AppointmentStore::all() const
{
    return findAll(QStringLiteral("ORDER BY start_utc, id"), {});
}

int AppointmentStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM appointments")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool AppointmentStore::remove(const QString& uid, QString* errorMessage)
{
    return replaceAll({ uid }, {}, errorMessage);
}

bool AppointmentStore::replaceAll(const QStringList& uids, QList<Appointment> appointments,
                                  QString* errorMessage, Origin origin)
{
    for (Appointment& appointment : appointments) {
        if (!uids.contains(appointment.uid) || !appointment.validate(errorMessage)) {
            if (errorMessage && !uids.contains(appointment.uid))
                *errorMessage = tr("The appointments to put back do not belong together.");
            return false;
        }
        appointment.id = 0;
    }
    QSqlDatabase db = m_database.connection();
    if (QSqlError error; !m_database.beginWrite(&error))
        return fail(error, errorMessage);
    StatementCache statements(db);
    for (const QString& uid : uids) {
        // Before the rows go: a removal from a team calendar must reach its server too.
        if (origin == Origin::ThisComputer && !queueForServer(uid, statements, errorMessage)) {
            db.rollback();
            return false;
        }
        for (const QString& statement : { QStringLiteral("DELETE FROM appointment_search WHERE rowid IN "
                                                         "(SELECT id FROM appointments WHERE uid = ?)"),
                                          QStringLiteral("DELETE FROM appointments WHERE uid = ?") }) {
            if (!execute(statements, statement, { uid }, errorMessage)) {
                db.rollback();
                return false;
            }
        }
    }
    for (Appointment& appointment : appointments) {
        bool inserted = false;
        if (!writeComplete(appointment, &inserted, statements, origin, errorMessage)) {
            db.rollback();
            return false;
        }
    }
    if (!commit(errorMessage))
        return false;
    noteWritten(appointments);
    Q_EMIT changed();
    return true;
}

void AppointmentStore::cacheAppointments(const QList<OccurrenceSlot>& slots,
                                         const QList<qint64>& moreIds) const
{
    // Another connection (the command-line tool, a second window) may have written since.
    QSqlQuery version(m_database.connection());
    if (version.exec(QStringLiteral("PRAGMA data_version")) && version.next()
        && version.value(0).toLongLong() != m_cacheDataVersion) {
        m_cache.clear();
        m_cacheDataVersion = version.value(0).toLongLong();
    }
    QSet<qint64> missing;
    const auto collect = [&](bool all) {
        for (const OccurrenceSlot& slot : slots) {
            if (all || !m_cache.contains(slot.appointmentId))
                missing.insert(slot.appointmentId);
        }
        for (qint64 id : moreIds) {
            if (all || !m_cache.contains(id))
                missing.insert(id);
        }
    };
    collect(false);
    if (missing.isEmpty())
        return;
    if (m_cache.size() + missing.size() > maxCachedAppointments) {
        m_cache.clear();
        collect(true);
    }
    QStringList ids;
    for (qint64 id : std::as_const(missing))
        ids.append(QString::number(id));
    // The ids are integers from the database itself, so joining them into the statement is safe.
    for (const Appointment& loaded :
         findAll(QStringLiteral("WHERE id IN (%1)").arg(ids.join(QLatin1Char(','))), {}))
        m_cache.insert(loaded.id, std::make_shared<const Appointment>(loaded));
}

QList<Occurrence> AppointmentStore::occurrences(const QDateTime& from, const QDateTime& to,
                                                const QTimeZone& viewerZone) const
{
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    const qint64 earliestMs = fromMs - m_longestMs;
    QList<OccurrenceSlot> slots;
    // Single appointments, exceptions and the stored dates of series: two index range scans.
    const bool scanned = m_database.forEachIntegerRow(
        QStringLiteral(
            "SELECT id, start_utc, end_utc, NULL FROM appointments WHERE rrule IS NULL AND "
            "start_utc < ?1 AND start_utc >= ?2 AND end_utc > ?3 UNION ALL SELECT appointment_id, "
            "start_utc, end_utc, recurrence_id_utc FROM series_occurrences WHERE start_utc < ?1 AND "
            "start_utc >= ?2 AND end_utc > ?3"),
        { toMs, earliestMs, fromMs }, [&](const qint64* row) {
            slots.append({ row[0], row[1], row[2],
                           row[3] == Database::nullInteger ? std::nullopt : std::optional(row[3]) });
        });
    if (!scanned) {
        qCWarning(lcCalendar) << "window query failed";
        return {};
    }
    // Series with dates in the window beyond what the index holds.
    QHash<qint64, qint64> indexedUntil;
    m_database.forEachIntegerRow(
        QStringLiteral("SELECT id, indexed_until_utc FROM appointments WHERE rrule IS NOT NULL AND "
                       "indexed_until_utc < ?1 AND start_utc < ?1 AND (series_end_utc IS NULL OR "
                       "series_end_utc > ?2)"),
        { toMs, fromMs }, [&](const qint64* row) { indexedUntil.insert(row[0], row[1]); });
    cacheAppointments(slots, indexedUntil.keys());
    if (!indexedUntil.isEmpty())
        slots.append(expandBeyondIndex(indexedUntil, from, to));

    // Placed in the viewer's time, then sorted by start, end and appointment (the order it was
    // created in) on plain numbers before any Occurrence is made: comparing QDateTimes costs more
    // than the scan.
    struct Placed
    {
        qint64 startMs;
        qint64 endMs;
        qint64 appointmentId;
        const std::shared_ptr<const Appointment>* appointment; // in m_cache, unchanged from here on
        std::optional<qint64> recurrenceIdMs;
        QDate date;
        QDate endDate;
        bool operator<(const Placed& other) const
        {
            return std::tie(startMs, endMs, appointmentId)
                < std::tie(other.startMs, other.endMs, other.appointmentId);
        }
    };
    const QDate firstDay = from.toTimeZone(viewerZone).date();
    const QDate lastDay = to.addMSecs(-1).toTimeZone(viewerZone).date();
    QList<Placed> placed;
    placed.reserve(slots.size());
    for (const OccurrenceSlot& slot : std::as_const(slots)) {
        const auto cached = m_cache.constFind(slot.appointmentId);
        if (cached == m_cache.constEnd())
            continue;
        const Appointment& appointment = **cached;
        if (!appointment.allDay) {
            if (slot.startMs < toMs && slot.endMs > fromMs)
                placed.append(
                    { slot.startMs, slot.endMs, slot.appointmentId, &*cached, slot.recurrenceIdMs, {}, {} });
            continue;
        }
        // All-day items keep their dates in every zone.
        const QDate date = slot.recurrenceIdMs
            ? QDateTime::fromMSecsSinceEpoch(*slot.recurrenceIdMs, Qt::UTC).date()
            : appointment.startDate;
        const QDate endDate = date.addDays(appointment.startDate.daysTo(appointment.endDate));
        if (date <= lastDay && endDate > firstDay)
            placed.append({ QDateTime(date, QTime(0, 0), viewerZone).toMSecsSinceEpoch(),
                            QDateTime(endDate, QTime(0, 0), viewerZone).toMSecsSinceEpoch(),
                            slot.appointmentId, &*cached, slot.recurrenceIdMs, date, endDate });
    }
    // Merge sort: the input is a few sorted runs, on which quicksort degrades.
    std::stable_sort(placed.begin(), placed.end());

    QList<Occurrence> result;
    result.reserve(placed.size());
    for (const Placed& item : std::as_const(placed))
        result.append({ *item.appointment, QDateTime::fromMSecsSinceEpoch(item.startMs, Qt::UTC),
                        QDateTime::fromMSecsSinceEpoch(item.endMs, Qt::UTC), item.date, item.endDate,
                        item.recurrenceIdMs ? QDateTime::fromMSecsSinceEpoch(*item.recurrenceIdMs, Qt::UTC)
                                            : QDateTime() });
    return result;
}

QList<OccurrenceSlot> AppointmentStore::expandBeyondIndex(const QHash<qint64, qint64>& indexedUntil,
                                                          const QDateTime& from, const QDateTime& to) const
{
    QList<std::shared_ptr<const Appointment>> series;
    QStringList uids;
    for (auto it = indexedUntil.cbegin(); it != indexedUntil.cend(); ++it) {
        if (const std::shared_ptr<const Appointment> cached = m_cache.value(it.key())) {
            series.append(cached);
            uids.append(cached->uid);
        }
    }
    // Dates that a stored exception replaces must not show twice.
    QHash<QString, QSet<qint64>> replaced;
    QSqlError error;
    if (!SeriesIndex::replacedDates(m_database.connection(), uids, &replaced, &error))
        qCWarning(lcCalendar) << "exceptions not read:" << error.nativeErrorCode();
    QList<OccurrenceSlot> slots;
    for (const std::shared_ptr<const Appointment>& appointment : std::as_const(series)) {
        // Whatever began early enough to reach into the window; all-day dates a day either side.
        const QDateTime earliest
            = std::max(QDateTime::fromMSecsSinceEpoch(indexedUntil.value(appointment->id), Qt::UTC),
                       from.addMSecs(-m_longestMs - 24 * 3600 * 1000));
        slots.append(
            SeriesIndex::expand(*appointment, earliest, to.addDays(1), replaced.value(appointment->uid)));
    }
    return slots;
}

QList<Appointment> AppointmentStore::search(const QString& text, int limit) const
{
    const QString match = SearchText::matchExpression(text);
    if (match.isEmpty())
        return {};
    // Ranking (bm25) decides which matches fill the list, which is then shown by date. With more
    // matches than maxRankedMatches (a common name over years of appointments) ranking them all
    // takes longer than typing the next letter and picks no better set: the most recently booked
    // ones are taken instead.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM appointment_search WHERE appointment_search MATCH ?"));
    query.addBindValue(match);
    const int matches = query.exec() && query.next() ? query.value(0).toInt() : 0;
    query.prepare(
        selectColumns
        + QStringLiteral("WHERE id IN (SELECT rowid FROM appointment_search WHERE appointment_search "
                         "MATCH ? ORDER BY %1 LIMIT ?) ORDER BY start_utc DESC")
              .arg(matches > maxRankedMatches ? QLatin1String("rowid DESC") : QLatin1String("rank")));
    query.addBindValue(match);
    query.addBindValue(limit);
    if (!query.exec()) {
        qCWarning(lcCalendar) << "search failed:" << query.lastError().nativeErrorCode();
        return {};
    }
    QList<Appointment> found = load(query);
    loadParticipants(found);
    return found;
}

void AppointmentStore::eraseRemovedText()
{
    // Deleted rows are zeroed in the file (secure_delete, set on every connection), but the search
    // index keeps removed words in older segments until they are merged, and the write-ahead log
    // keeps old pages until a checkpoint empties it.
    QSqlQuery query(m_database.connection());
    for (const char* statement : { "INSERT INTO appointment_search(appointment_search) VALUES('optimize')",
                                   "PRAGMA wal_checkpoint(TRUNCATE)" }) {
        if (!query.exec(QLatin1String(statement)))
            qCWarning(lcCalendar) << "retention: erasing removed text failed:" << query.lastError().text();
    }
}

QString AppointmentStore::expiredPersonalDataQuery()
{
    // Ended before the cutoff (bound as the only value): a single appointment, or a series
    // whose last date is past. A series without end keeps its data.
    return QStringLiteral("SELECT id FROM appointments WHERE personal_data_purged = 0 AND "
                          "series_end_utc IS NOT NULL AND series_end_utc < ?");
}

int AppointmentStore::purgePersonalData(const QDateTime& cutoff, QString* errorMessage)
{
    QSqlDatabase db = m_database.connection();
    if (QSqlError error; !m_database.beginWrite(&error)) {
        fail(error, errorMessage);
        return -1;
    }
    QSqlQuery query(db);
    const QString expired = expiredPersonalDataQuery();
    const QStringList statements = {
        QStringLiteral("DELETE FROM participants WHERE appointment_id IN (%1)").arg(expired),
        QStringLiteral("DELETE FROM appointment_search WHERE rowid IN (%1)").arg(expired),
        // The copy a team calendar's sync keeps of the version agreed with the server holds them too.
        QStringLiteral("UPDATE calendar_objects SET agreed_version = NULL WHERE uid IN (SELECT uid FROM "
                       "appointments WHERE id IN (%1))")
            .arg(expired),
        // So does a conflict never decided, with her version and the one it was changed from: a
        // question about data that is gone goes with it.
        QStringLiteral(
            "DELETE FROM sync_conflicts WHERE uid IN (SELECT uid FROM appointments WHERE id IN (%1))")
            .arg(expired),
        QStringLiteral(
            "UPDATE appointments SET title = '', notes = '', personal_data_purged = 1 WHERE id IN (%1)")
            .arg(expired),
        // The invitation log and outbox go after the same period, and with their appointment.
        QStringLiteral("DELETE FROM invitations WHERE updated_utc < ? OR appointment_uid IN "
                       "(SELECT uid FROM appointments WHERE personal_data_purged = 1)"),
    };
    int purged = 0;
    for (const QString& statement : statements) {
        query.prepare(statement);
        query.addBindValue(cutoff.toMSecsSinceEpoch());
        if (!query.exec()) {
            db.rollback();
            fail(query, errorMessage);
            return -1;
        }
        if (statement.startsWith(QLatin1String("UPDATE appointments")))
            purged = query.numRowsAffected();
    }
    if (!commit(errorMessage))
        return -1;
    m_cache.clear();
    if (purged > 0)
        eraseRemovedText();
    qCInfo(lcCalendar) << "retention: removed personal data of" << purged << "appointments";
    if (purged > 0)
        Q_EMIT changed();
    return purged;
}
