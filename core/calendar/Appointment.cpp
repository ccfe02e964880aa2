#include "core/calendar/Appointment.h"

#include "core/calendar/Recurrence.h"
#include "core/calendar/WallClock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace {

const std::pair<SessionKind, const char*> kindNames[] = {
    { SessionKind::Jitsi, "jitsi" },
    { SessionKind::ExternalLink, "link" },
    { SessionKind::Phone, "phone" },
    { SessionKind::InPerson, "in-person" },
};

const std::pair<AppointmentStatus, const char*> statusNames[] = {
    { AppointmentStatus::Planned, "planned" },
    { AppointmentStatus::Started, "started" },
    { AppointmentStatus::Done, "done" },
    { AppointmentStatus::NoShow, "no-show" },
    { AppointmentStatus::CancelledByClient, "cancelled-by-client" },
    { AppointmentStatus::CancelledByUs, "cancelled-by-us" },
};

template <typename Enum, std::size_t N>
QString nameOf(const std::pair<Enum, const char*> (&table)[N], Enum value)
{
    for (const auto& [entry, name] : table) {
        if (entry == value)
            return QLatin1String(name);
    }
    return QString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::pair<Enum, const char*> (&table)[N], const QString& name)
{
    for (const auto& [entry, text] : table) {
        if (name == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

} // namespace

qint64 Appointment::durationMs() const
{
    return start.msecsTo(end);
}

qint64 Appointment::durationMs(const QDateTime& originalStart) const
{
    for (const RecurrenceDate& date : recurrenceDates) {
        if (date.durationMs && date.start == originalStart)
            return *date.durationMs;
    }
    return durationMs();
}

qint64 Appointment::longestDurationMs() const
{
    qint64 longest = durationMs();
    for (const RecurrenceDate& date : recurrenceDates)
        longest = std::max(longest, date.durationMs.value_or(0));
    return longest;
}

void Appointment::startOnFirstRuleDate()
{
    if (rrule.isEmpty() || recurrenceId)
        return;
    if (allDay) {
        if (const std::optional<QDate> first = Recurrence::firstDate(rrule, startDate))
            setAllDayDates(*first, first->addDays(startDate.daysTo(endDate)), timeZone);
        return;
    }
    if (const std::optional<QDateTime> first
        = Recurrence::firstStart(rrule, start, QTimeZone(timeZone.toUtf8()))) {
        end = first->addMSecs(durationMs());
        start = *first;
    }
}

void Appointment::clearRecurrence()
{
    rrule.clear();
    recurrenceDates.clear();
    exceptionDates.clear();
}

bool Appointment::setLocalTimes(const QDate& date, const QTime& startTime, const QTime& endTime,
                                const QString& zoneId, QString* errorMessage)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid()) {
        if (errorMessage)
            *errorMessage = tr("\"%1\" is not a known time zone.").arg(zoneId);
        return false;
    }
    QDate endDay = date;
    if (endTime <= startTime)
        endDay = date.addDays(1); // a session that runs past midnight
    for (const auto& [day, time] : { std::pair(date, startTime), std::pair(endDay, endTime) }) {
        if (!WallClock::exists(day, time, zone)) {
            if (errorMessage)
                *errorMessage = tr("%1 does not exist on %2 in %3: the clocks are put forward that night. "
                                   "Choose another time.")
                                    .arg(time.toString(QStringLiteral("HH:mm")),
                                         QLocale().toString(day, QLocale::ShortFormat), zoneId);
            return false;
        }
    }
    allDay = false;
    startDate = QDate();
    endDate = QDate();
    timeZone = zoneId;
    start = WallClock::toUtc(date, startTime, zone);
    end = WallClock::toUtc(endDay, endTime, zone);
    return true;
}

void Appointment::setAllDayDates(const QDate& first, const QDate& endExclusive, const QString& zoneId)
{
    allDay = true;
    startDate = first;
    endDate = endExclusive;
    timeZone = zoneId;
    // The widest span any viewer could see, so that one range query finds the item in every zone.
    start = QDateTime(first, QTime(0, 0), Qt::UTC).addSecs(-14 * 3600);
    end = QDateTime(endExclusive, QTime(0, 0), Qt::UTC).addSecs(12 * 3600);
}

bool Appointment::validate(QString* errorMessage) const
{
    const auto fail = [errorMessage](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (title.trimmed().isEmpty())
        return fail(tr("The appointment needs a title."));
    if (!QTimeZone(timeZone.toUtf8()).isValid())
        return fail(tr("\"%1\" is not a known time zone.").arg(timeZone));
    if (allDay) {
        if (!startDate.isValid() || !endDate.isValid() || endDate <= startDate)
            return fail(tr("An all-day appointment must end on or after the day it starts."));
    } else if (!start.isValid() || !end.isValid() || end <= start) {
        return fail(tr("The appointment must end after it starts."));
    }
    QString ruleProblem;
    if (!rrule.isEmpty() && !Recurrence::validateRule(rrule, &ruleProblem))
        return fail(ruleProblem);
    if (kind == SessionKind::ExternalLink) {
        if (!externalUrl.isValid()
            || (externalUrl.scheme() != QLatin1String("https")
                && externalUrl.scheme() != QLatin1String("http")))
            return fail(tr("Enter the meeting link of the external tool, starting with https://."));
    }
    for (const Participant& participant : participants) {
        if (const QString problem = emailProblem(participant.email); !problem.isEmpty())
            return fail(problem);
        if (participant.language != QLatin1String("de") && participant.language != QLatin1String("en"))
            return fail(tr("Invitations can be written in German (de) or English (en), not \"%1\".")
                            .arg(participant.language));
    }
    for (int minutes : reminderMinutes) {
        if (minutes < 0 || minutes > 7 * 24 * 60)
            return fail(tr("A reminder can come at most a week before the appointment."));
    }
    return true;
}

QString Appointment::kindName(SessionKind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<SessionKind> Appointment::parseKind(const QString& name)
{
    return valueOf(kindNames, name);
}

QString Appointment::statusName(AppointmentStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<AppointmentStatus> Appointment::parseStatus(const QString& name)
{
    // Before the two kinds of cancellation, "cancelled" was the counseling service's own.
    if (name == QLatin1String("cancelled"))
        return AppointmentStatus::CancelledByUs;
    return valueOf(statusNames, name);
}

QString Appointment::statusText(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Planned:
        return tr("planned");
    case AppointmentStatus::Started:
        return tr("started");
    case AppointmentStatus::Done:
        return tr("held");
    case AppointmentStatus::NoShow:
        return tr("client did not come");
    case AppointmentStatus::CancelledByClient:
        return tr("cancelled by the client");
    case AppointmentStatus::CancelledByUs:
        return tr("cancelled by us");
    }
    return QString();
}

QList<AppointmentStatus> Appointment::statusesToChoose()
{
    return { AppointmentStatus::Planned, AppointmentStatus::Done, AppointmentStatus::NoShow,
             AppointmentStatus::CancelledByClient, AppointmentStatus::CancelledByUs };
}

bool Appointment::isValidEmail(const QString& email)
{
    // Deliberately simple: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

QString Appointment::emailProblem(const QString& email)
{
    if (email.isEmpty() || isValidEmail(email))
        return QString();
    return tr("\"%1\" is not an e-mail address.").arg(email);
}

namespace {
const std::pair<SessionFact::Kind, QLatin1String> factKindNames[] = {
    { SessionFact::Kind::Recording, QLatin1String("recording") },
    { SessionFact::Kind::Streaming, QLatin1String("streaming") },
    { SessionFact::Kind::LocalRecording, QLatin1String("local-recording") },
    { SessionFact::Kind::Transcription, QLatin1String("transcription") },
};
} // namespace

QString SessionFact::kindName(Kind kind)
{
    for (const auto& [known, name] : factKindNames) {
        if (known == kind)
            return name;
    }
    return {};
}

std::optional<SessionFact::Kind> SessionFact::parseKind(const QString& name)
{
    for (const auto& [kind, known] : factKindNames) {
        if (known == name)
            return kind;
    }
    return std::nullopt;
}

QString Appointment::participantNames() const
{
    QStringList names;
    for (const Participant& participant : participants) {
        if (!participant.displayName.isEmpty())
            names.append(participant.displayName);
    }
    return names.join(QStringLiteral("; "));
}

bool Appointment::plansTheSameAs(const Appointment& other) const
{
    Appointment bookkept = other;
    bookkept.id = id;
    bookkept.created = created;
    bookkept.modified = modified;
    return *this == bookkept;
}
