#include "core/cli/CalendarCommands.h"

#include "core/base/Clock.h"
#include "core/base/DataLocation.h"
#include "core/base/PhoneNumber.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/IcsCodec.h"
#include "core/calendar/LocalDetails.h"
#include "core/calendar/Retention.h"
#include "core/calendar/WallClock.h"
#include "core/cli/CommandSyntax.h"
#include "core/meeting/RoomFactory.h"
#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "core/sync/SyncStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

enum ExitCode
{
    Success = 0,
    UsageError = 1,
    DataError = 2
};

QString isoWithOffset(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).toString(Qt::ISODate);
}

} // namespace

CalendarCommands::CalendarCommands(QTextStream& out, QTextStream& err, Database& database,
                                   AppointmentStore& store, const Settings& settings, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_database(database)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
{ }

std::optional<QDateTime> CalendarCommands::wallClockTime(const QString& text)
{
    // Read as if it were UTC, so that no local time zone rule (a DST gap) can alter the fields.
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    const QString trimmed = text.trimmed();
    if (trimmed.size() <= 10 || offset.match(trimmed).hasMatch())
        return std::nullopt;
    const QDateTime fields = QDateTime::fromString(trimmed + QLatin1Char('Z'), Qt::ISODate);
    return fields.isValid() ? std::optional(fields) : std::nullopt;
}

std::optional<QDateTime> CalendarCommands::parseInstant(const QString& text, const QTimeZone& zone)
{
    const QString trimmed = text.trimmed();
    if (const QDate date = QDate::fromString(trimmed, Qt::ISODate); date.isValid() && trimmed.size() == 10)
        return WallClock::toUtc(date, QTime(0, 0), zone);
    if (const std::optional<QDateTime> wall = wallClockTime(trimmed))
        return WallClock::toUtc(wall->date(), wall->time(), zone);
    const QDateTime instant = QDateTime::fromString(trimmed, Qt::ISODate);
    return instant.isValid() ? std::optional(instant.toUTC()) : std::nullopt;
}

CalendarCommands::AppointmentTimeOptions CalendarCommands::appointmentTimeOptions()
{
    return { QCommandLineOption(QStringLiteral("title"), tr("what the appointment is called"),
                                QStringLiteral("T")),
             QCommandLineOption(QStringLiteral("start"), tr("start, e.g. 2026-12-01T09:00"),
                                QStringLiteral("ISO")),
             QCommandLineOption(QStringLiteral("end"), tr("end, e.g. 2026-12-01T09:50"),
                                QStringLiteral("ISO")) };
}

CalendarCommands::WindowOptions CalendarCommands::windowOptions()
{
    return { QCommandLineOption(QStringLiteral("from"), tr("first day"), QStringLiteral("D")),
             QCommandLineOption(QStringLiteral("to"), tr("last day"), QStringLiteral("D")) };
}

int CalendarCommands::add(const QStringList& arguments)
{
    CommandSyntax parser(tr("Adds an appointment and prints its UID."));
    const auto [title, start, end] = appointmentTimeOptions();
    const QCommandLineOption zone(QStringLiteral("zone"),
                                  tr("IANA time zone of the times (default: this computer's)"),
                                  QStringLiteral("TZ"));
    const QCommandLineOption allDay(QStringLiteral("all-day"),
                                    tr("an all-day appointment (dates only; --end is the last day)"));
    const QCommandLineOption jitsi(QStringLiteral("jitsi"), tr("a video session on this server profile"),
                                   QStringLiteral("PROFILE"));
    const QCommandLineOption link(
        QStringLiteral("link"), tr("a session in an external tool (Zoom, Teams, …)"), QStringLiteral("URL"));
    const QCommandLineOption phone(QStringLiteral("phone"), tr("a phone call"));
    const QCommandLineOption inPerson(QStringLiteral("in-person"), tr("a meeting in person"));
    const QCommandLineOption clientName(QStringLiteral("client-name"), tr("the client's name"),
                                        QStringLiteral("N"));
    const QCommandLineOption clientEmail(QStringLiteral("client-email"), tr("the client's e-mail address"),
                                         QStringLiteral("E"));
    const QCommandLineOption clientPhone(QStringLiteral("client-phone"), tr("the client's mobile number"),
                                         QStringLiteral("P"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("the client's language for invitations: de or en"),
                                      QStringLiteral("de|en"), QStringLiteral("de"));
    const QCommandLineOption rrule(QStringLiteral("rrule"),
                                   tr("repeat by an RFC 5545 rule, e.g. FREQ=WEEKLY;COUNT=10"),
                                   QStringLiteral("RULE"));
    const QCommandLineOption notes(QStringLiteral("notes"), tr("short notes"), QStringLiteral("TEXT"));
    const QCommandLineOption calendar(QStringLiteral("calendar"),
                                      tr("the calendar to put it in (default: the one chosen for new "
                                         "appointments; see vieraugen-cli calendars)"),
                                      QStringLiteral("ID"));
    const QCommandLineOption counselor(QStringLiteral("counselor"),
                                       tr("who holds it: the counselor's user name on the calendar server"),
                                       QStringLiteral("USER"));
    parser.addOptions({ title, start, end, zone, allDay, jitsi, link, phone, inPerson, clientName,
                        clientEmail, clientPhone, language, rrule, notes, calendar, counselor });
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    if (!parser.isSet(title) || !parser.isSet(start) || !parser.isSet(end))
        return parser.usageError(tr("add needs --title, --start and --end."), m_err);
    const int kinds = int(parser.isSet(jitsi)) + int(parser.isSet(link)) + int(parser.isSet(phone))
        + int(parser.isSet(inPerson));
    if (kinds > 1)
        return parser.usageError(tr("Choose one of --jitsi, --link, --phone and --in-person."), m_err);

    const QTimeZone timeZone = parser.isSet(zone) ? QTimeZone(parser.value(zone).toUtf8()) : m_zone;
    if (!timeZone.isValid())
        return parser.usageError(
            tr("\"%1\" is not a known time zone, e.g. Europe/Berlin.").arg(parser.value(zone)), m_err);

    const std::optional<TeamCalendar> target = writableCalendar(
        parser.isSet(calendar) ? parser.value(calendar)
                               : SyncStore(m_database, m_store, m_clock).defaultCalendar().id);
    if (!target)
        return DataError;

    Appointment appointment;
    appointment.calendarId = target->id;
    appointment.counselor = parser.value(counselor);
    appointment.title = parser.value(title);
    appointment.notes = parser.value(notes);
    appointment.rrule = parser.value(rrule);
    QString error;
    if (parser.isSet(allDay)) {
        const QDate first = QDate::fromString(parser.value(start), Qt::ISODate);
        const QDate last = QDate::fromString(parser.value(end), Qt::ISODate);
        if (!first.isValid() || !last.isValid())
            return parser.usageError(tr("With --all-day, --start and --end are dates like 2026-12-24."),
                                     m_err);
        appointment.setAllDayDates(first, last.addDays(1), QString::fromUtf8(timeZone.id()));
    } else {
        const std::optional<QDateTime> startWall = wallClockTime(parser.value(start));
        const std::optional<QDateTime> startUtc = parseInstant(parser.value(start), timeZone);
        const std::optional<QDateTime> endUtc = parseInstant(parser.value(end), timeZone);
        if (!startUtc || !endUtc)
            return parser.usageError(
                tr("Times are written like 2026-12-01T09:00 (or with an offset: 2026-12-01T09:00+01:00)."),
                m_err);
        if (startWall && !WallClock::exists(startWall->date(), startWall->time(), timeZone)) {
            m_err << tr("%1 does not exist in %2: the clocks are put forward then.")
                         .arg(parser.value(start), QString::fromUtf8(timeZone.id()))
                  << Qt::endl;
            return DataError;
        }
        appointment.start = *startUtc;
        appointment.end = *endUtc;
        appointment.timeZone = QString::fromUtf8(timeZone.id());
    }

    if (parser.isSet(link)) {
        appointment.kind = SessionKind::ExternalLink;
        appointment.externalUrl = QUrl(parser.value(link));
    } else if (parser.isSet(phone)) {
        appointment.kind = SessionKind::Phone;
    } else if (parser.isSet(inPerson)) {
        appointment.kind = SessionKind::InPerson;
    } else {
        // Video on the named (or default) server: planning works offline, the room is made now.
        const QString profile
            = parser.isSet(jitsi) ? parser.value(jitsi) : m_settings.defaultServerProfileId();
        if (profile.isEmpty() || !m_settings.serverProfile(profile)) {
            m_err << (profile.isEmpty()
                          ? tr("No Jitsi server is set up. Add one (vieraugen-cli provision) or choose "
                               "--link, --phone or --in-person.")
                          : tr("There is no server profile \"%1\"; see vieraugen-cli profiles list.")
                                .arg(profile))
                  << Qt::endl;
            return DataError;
        }
        appointment.kind = SessionKind::Jitsi;
        appointment.serverProfileId = profile;
        appointment.roomName = RoomFactory().newRoomName();
    }

    if (parser.isSet(clientName) || parser.isSet(clientEmail) || parser.isSet(clientPhone)) {
        Participant client;
        client.displayName = parser.value(clientName);
        client.email = parser.value(clientEmail);
        client.language = parser.value(language);
        if (parser.isSet(clientPhone)
            && !PhoneNumber::toE164(parser.value(clientPhone), QStringLiteral("DE"), &client.phone, &error)) {
            m_err << error << Qt::endl;
            return DataError;
        }
        appointment.participants.append(client);
    }
    if (!m_store.save(appointment, &error)) {
        m_err << error << Qt::endl;
        return DataError;
    }
    m_out << appointment.uid << '\n';
    return Success;
}

std::optional<TeamCalendar> CalendarCommands::writableCalendar(const QString& id)
{
    const std::optional<TeamCalendar> calendar = SyncStore(m_database, m_store, m_clock).calendar(id);
    if (!calendar || calendar->readOnly) {
        m_err << (calendar ? tr("The calendar \"%1\" is read-only.").arg(calendar->displayName())
                           : tr("There is no calendar \"%1\"; see vieraugen-cli calendars.").arg(id))
              << Qt::endl;
        return std::nullopt;
    }
    return calendar;
}

std::optional<Appointment> CalendarCommands::changeableAppointment(const QString& uid)
{
    std::optional<Appointment> appointment = m_store.find(uid);
    if (!appointment) {
        m_err << tr("There is no appointment %1.").arg(uid) << Qt::endl;
        return std::nullopt;
    }
    const std::optional<TeamCalendar> calendar
        = SyncStore(m_database, m_store, m_clock).calendar(appointment->calendarId);
    if (calendar && calendar->readOnly) {
        m_err << tr("The appointment is in the read-only calendar \"%1\"; it cannot be changed here.")
                     .arg(calendar->displayName())
              << Qt::endl;
        return std::nullopt;
    }
    return appointment;
}

int CalendarCommands::edit(const QStringList& arguments)
{
    CommandSyntax parser(
        tr("Changes the appointment UID (a series as a whole): what is given, nothing else."));
    const auto [title, start, end] = appointmentTimeOptions();
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("planned, done, cancelled-by-us, cancelled-by-client or no-show"),
                                    QStringLiteral("STATUS"));
    parser.addOptions({ title, start, end, status });
    parser.addPositionalArgument(QStringLiteral("UID"), tr("the appointment"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    std::optional<Appointment> appointment = changeableAppointment(parser.positionalArguments().constFirst());
    if (!appointment)
        return DataError;
    if (parser.isSet(title))
        appointment->title = parser.value(title);
    if (parser.isSet(status)) {
        const std::optional<AppointmentStatus> chosen = Appointment::parseStatus(parser.value(status));
        if (!chosen)
            return parser.usageError(tr("Unknown status \"%1\".").arg(parser.value(status)), m_err);
        appointment->status = *chosen;
    }
    const QTimeZone zone(appointment->timeZone.toUtf8());
    for (const auto& [option, instant] :
         { std::pair(&start, &appointment->start), std::pair(&end, &appointment->end) }) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<QDateTime> parsed = parseInstant(parser.value(*option), zone);
        if (!parsed || appointment->allDay)
            return parser.usageError(appointment->allDay
                                         ? tr("--start and --end change timed appointments only.")
                                         : tr("Times are written like 2026-12-01T09:00 (or with an offset: "
                                              "2026-12-01T09:00+01:00)."),
                                     m_err);
        *instant = *parsed;
    }
    QString error;
    if (!m_store.save(*appointment, &error)) {
        m_err << error << Qt::endl;
        return DataError;
    }
    m_out << tr("Changed %1.").arg(appointment->uid) << '\n';
    return Success;
}

int CalendarCommands::remove(const QStringList& arguments)
{
    CommandSyntax parser(tr("Deletes the appointment UID, a series with all its dates."));
    parser.addPositionalArgument(QStringLiteral("UID"), tr("the appointment"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    const std::optional<Appointment> appointment
        = changeableAppointment(parser.positionalArguments().constFirst());
    if (!appointment)
        return DataError;
    QString error;
    if (!m_store.remove(appointment->uid, &error)) {
        m_err << error << Qt::endl;
        return DataError;
    }
    m_out << tr("Deleted %1.").arg(appointment->uid) << '\n';
    return Success;
}

int CalendarCommands::addParticipant(const QStringList& arguments)
{
    CommandSyntax parser(
        tr("Adds a participant to the appointment UID, e.g. a relative joining the session."));
    const QCommandLineOption name(QStringLiteral("name"), tr("the participant's name"), QStringLiteral("N"));
    const QCommandLineOption email(QStringLiteral("email"), tr("e-mail address"), QStringLiteral("E"));
    const QCommandLineOption phone(QStringLiteral("phone"), tr("mobile number"), QStringLiteral("P"));
    const QCommandLineOption language(QStringLiteral("language"), tr("de or en"), QStringLiteral("L"),
                                      QStringLiteral("de"));
    parser.addOptions({ name, email, phone, language });
    parser.addPositionalArgument(QStringLiteral("UID"), tr("the appointment"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    if (!parser.isSet(name))
        return parser.usageError(tr("participant-add needs a UID and --name."), m_err);
    std::optional<Appointment> appointment = m_store.find(parser.positionalArguments().constFirst());
    if (!appointment) {
        m_err << tr("There is no appointment %1.").arg(parser.positionalArguments().constFirst()) << Qt::endl;
        return DataError;
    }
    Participant participant { parser.value(name), parser.value(email), QString(), parser.value(language) };
    QString error;
    if (parser.isSet(phone)
        && !PhoneNumber::toE164(parser.value(phone), QStringLiteral("DE"), &participant.phone, &error)) {
        m_err << error << Qt::endl;
        return DataError;
    }
    appointment->participants.append(participant);
    if (!m_store.save(*appointment, &error)) {
        m_err << error << Qt::endl;
        return DataError;
    }
    m_out << tr("Added %1 to %2; participants now: %3.")
                 .arg(participant.displayName, appointment->uid)
                 .arg(appointment->participants.size())
          << '\n';
    return Success;
}

bool CalendarCommands::readWindow(const QString& from, const QString& to, QDateTime* start, QDateTime* end)
{
    const QDate today = m_clock.nowUtc().toTimeZone(m_zone).date();
    const std::optional<QDateTime> parsedFrom = from.isEmpty()
        ? std::optional(WallClock::toUtc(today, QTime(0, 0), m_zone))
        : parseInstant(from, m_zone);
    std::optional<QDateTime> parsedTo;
    if (to.isEmpty()) {
        parsedTo = parsedFrom ? std::optional(parsedFrom->addDays(31)) : std::nullopt;
    } else if (const QDate date = QDate::fromString(to, Qt::ISODate); date.isValid() && to.size() == 10) {
        parsedTo = WallClock::toUtc(date.addDays(1), QTime(0, 0), m_zone); // --to names the last day shown
    } else {
        parsedTo = parseInstant(to, m_zone);
    }
    if (!parsedFrom || !parsedTo || *parsedTo <= *parsedFrom) {
        m_err << tr(
            "--from and --to take dates like 2026-12-01 (or date-times), and --to must come after --from.")
              << Qt::endl;
        return false;
    }
    *start = *parsedFrom;
    *end = *parsedTo;
    return true;
}

int CalendarCommands::list(const QStringList& arguments)
{
    CommandSyntax parser(
        tr("Lists the appointments from --from (default: today) to --to (default: 31 days later)."));
    const auto [from, to] = windowOptions();
    const QCommandLineOption json = CommandSyntax::jsonOption();
    parser.addOptions({ from, to, json });
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    QDateTime start;
    QDateTime end;
    if (!readWindow(parser.value(from), parser.value(to), &start, &end))
        return UsageError;
    const QList<Occurrence> occurrences = m_store.occurrences(start, end, m_zone);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Occurrence& occurrence : occurrences) {
            const Appointment& appointment = *occurrence.appointment;
            const QTimeZone zone = appointment.allDay ? m_zone : QTimeZone(appointment.timeZone.toUtf8());
            QJsonObject object { { QStringLiteral("uid"), appointment.uid },
                                 { QStringLiteral("title"), appointment.title },
                                 { QStringLiteral("start"), isoWithOffset(occurrence.start, zone) },
                                 { QStringLiteral("end"), isoWithOffset(occurrence.end, zone) },
                                 { QStringLiteral("timeZone"), appointment.timeZone },
                                 { QStringLiteral("allDay"), appointment.allDay },
                                 { QStringLiteral("kind"), Appointment::kindName(appointment.kind) },
                                 { QStringLiteral("status"), Appointment::statusName(appointment.status) } };
            if (occurrence.recurrenceId.isValid())
                object.insert(QStringLiteral("recurrenceId"), occurrence.recurrenceId.toString(Qt::ISODate));
            array.append(object);
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (occurrences.isEmpty())
        m_out << tr("No appointments from %1 to %2.")
                     .arg(
                         QLocale().toString(start.toTimeZone(m_zone).date(), QLocale::ShortFormat),
                         QLocale().toString(end.addMSecs(-1).toTimeZone(m_zone).date(), QLocale::ShortFormat))
              << '\n';
    for (const Occurrence& occurrence : occurrences) {
        const QDateTime localStart = occurrence.start.toTimeZone(m_zone);
        const QString when = occurrence.isAllDay()
            ? QLocale().toString(occurrence.date, QStringLiteral("ddd dd.MM.yyyy")) + QStringLiteral("  ")
                + tr("all day")
            : QLocale().toString(localStart, QStringLiteral("ddd dd.MM.yyyy HH:mm")) + QStringLiteral("–")
                + occurrence.end.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
        m_out << when << "  " << occurrence.appointment->title << "  ["
              << Appointment::kindName(occurrence.appointment->kind) << ", "
              << Appointment::statusName(occurrence.appointment->status) << "]  "
              << occurrence.appointment->uid << '\n';
    }
    return Success;
}

int CalendarCommands::importFile(const QStringList& arguments)
{
    CommandSyntax parser(tr("Imports the appointments of an iCalendar file, all in one step; a report names "
                            "the lines it left out or refused."));
    const QCommandLineOption calendar(QStringLiteral("calendar"),
                                      tr("the calendar to import into (default: this computer's)"),
                                      QStringLiteral("ID"));
    parser.addOptions({ calendar });
    parser.addPositionalArgument(QStringLiteral("FILE.ics"), tr("the file to read"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    const std::optional<TeamCalendar> target = writableCalendar(
        parser.isSet(calendar) ? parser.value(calendar) : QLatin1String(Appointment::localCalendar));
    if (!target)
        return DataError;
    const QString path = parser.positionalArguments().constFirst();
    IcsImportReport report;
    QList<Appointment> appointments
        = IcsCodec::readFile(path, m_zone, &report, CounselorIdentity::fromSettings(m_settings));
    QSet<QString> uids;
    QList<Appointment> stored;
    for (Appointment& appointment : appointments) {
        appointment.calendarId = target->id;
        if (!uids.contains(appointment.uid)) {
            uids.insert(appointment.uid);
            stored.append(m_store.series(appointment.uid));
        }
    }
    const LocalDetails storedCopies(stored);
    for (Appointment& appointment : appointments) {
        if (const Appointment* mine = storedCopies.counterpart(appointment))
            LocalDetails::keep(appointment, *mine, false);
    }
    report.count(appointments, stored);
    const QString fileName = QDir::toNativeSeparators(path);
    QString error;
    int inserted = 0;
    int replaced = 0;
    if (report.changesAnything() && !m_store.saveAll(appointments, &inserted, &replaced, &error))
        report.fatal = error;
    report.log();
    if (!report.fatal.isEmpty() || appointments.isEmpty()) {
        m_err << report.text(fileName) << '\n' << tr("Nothing was imported.") << Qt::endl;
        return DataError;
    }
    m_out << report.text(fileName) << '\n';
    return Success;
}

int CalendarCommands::exportFile(const QStringList& arguments)
{
    CommandSyntax parser(tr("Writes appointments to an iCalendar file: all, or those in --from … --to."));
    const auto [from, to] = windowOptions();
    parser.addOptions({ from, to });
    parser.addPositionalArgument(QStringLiteral("FILE.ics"), tr("where to write"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    QList<Appointment> appointments;
    if (parser.isSet(from) || parser.isSet(to)) {
        QDateTime start;
        QDateTime end;
        if (!readWindow(parser.value(from), parser.value(to), &start, &end))
            return UsageError;
        QStringList uids;
        for (const Occurrence& occurrence : m_store.occurrences(start, end, m_zone)) {
            if (!uids.contains(occurrence.appointment->uid))
                uids.append(occurrence.appointment->uid);
        }
        for (const QString& uid : std::as_const(uids))
            appointments.append(m_store.series(uid));
    } else {
        appointments = m_store.all();
    }
    const QString path = parser.positionalArguments().constFirst();
    QString error;
    if (!IcsCodec::writeFile(path, appointments, IcsCodec::Detail::Full, &error)) {
        m_err << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error) << Qt::endl;
        return DataError;
    }
    m_out << tr("Exported %n appointments to %1.", nullptr, int(appointments.size()))
                 .arg(QDir::toNativeSeparators(path))
          << '\n';
    return Success;
}

int CalendarCommands::backup(const QStringList& arguments)
{
    CommandSyntax parser(tr("Writes a consistent copy of the calendar to FILE, also while Vieraugen runs."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("where to write the copy"));
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    const QString target = parser.positionalArguments().constFirst();
    QString error;
    if (!m_database.copyTo(target, &error)) {
        m_err << tr("The backup could not be written: %1").arg(error) << Qt::endl;
        return DataError;
    }
    m_out << tr("Backup written to %1 (%n appointments).", nullptr, m_store.count())
                 .arg(QDir::toNativeSeparators(target))
          << '\n';
    return Success;
}

int CalendarCommands::purge(const QStringList& arguments)
{
    CommandSyntax parser(
        tr("Removes names, contacts and notes of appointments that ended more than DAYS days "
           "ago, from the calendar and its backups; their time and status stay."));
    const QCommandLineOption olderThan(QStringLiteral("older-than"), tr("age in days"),
                                       QStringLiteral("DAYS"));
    parser.addOptions({ olderThan });
    if (const std::optional<int> exitCode = parser.parse(arguments, m_out, m_err))
        return *exitCode;
    bool isNumber = false;
    const int days = parser.value(olderThan).toInt(&isNumber);
    if (!isNumber || days < 0)
        return parser.usageError(tr("purge needs --older-than DAYS, e.g. --older-than 90."), m_err);
    QString error;
    // The backups are next to the calendar, and they are purged too.
    const DataLocation location(QFileInfo(m_database.filePath()).absolutePath());
    const int purged
        = Retention::apply(m_database, m_store, m_clock, location.backupDirectory(), days, &error);
    if (purged < 0) {
        m_err << error << Qt::endl;
        return DataError;
    }
    m_out << tr("Appointments whose personal data was removed: %1").arg(purged) << '\n';
    return Success;
}

bool CalendarCommands::parseOccurrence(const QString& text, QDateTime* recurrenceId, QString* errorMessage)
{
    const std::optional<QDateTime> time = parseInstant(text, QTimeZone::systemTimeZone());
    if (!time) {
        *errorMessage = tr("--occurrence takes a date-time like 2026-12-01T09:00.");
        return false;
    }
    *recurrenceId = *time;
    return true;
}
