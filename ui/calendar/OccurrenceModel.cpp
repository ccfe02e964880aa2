#include "ui/calendar/OccurrenceModel.h"

#include "core/base/DateFormats.h"
#include "core/base/DateTimeInput.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/WallClock.h"
#include "ui/calendar/CalendarStyle.h"

#include <QColor>
#include <QLocale>
#include <QTimer>

#include <algorithm>

OccurrenceModel::OccurrenceModel(AppointmentStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_reloadTimer(new QTimer(this))
    , m_first(QDate::currentDate())
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &OccurrenceModel::reload);
    connect(&m_store, &AppointmentStore::changed, m_reloadTimer, qOverload<>(&QTimer::start));
}

void OccurrenceModel::setWindow(const QDate& first, int days)
{
    if (m_loaded && first == m_first && days == m_dayCount)
        return;
    m_first = first;
    m_dayCount = qMax(1, days);
    reload();
}

void OccurrenceModel::setViewerZone(const QTimeZone& zone)
{
    m_zone = zone;
    reload();
}

void OccurrenceModel::setCalendars(const QList<TeamCalendar>& calendars)
{
    m_calendars.clear();
    for (const TeamCalendar& calendar : calendars)
        m_calendars.insert(calendar.id, calendar);
    reload();
}

QString OccurrenceModel::readOnlyReason(const Appointment& appointment) const
{
    const auto calendar = m_calendars.constFind(appointment.calendarId);
    if (calendar == m_calendars.constEnd() || !calendar->readOnly)
        return QString();
    return tr("This appointment is in \"%1\", a calendar you may only read: only its owner can change it.")
        .arg(calendar->displayName());
}

void OccurrenceModel::reload()
{
    m_reloadTimer->stop();
    const QDateTime from = WallClock::toUtc(m_first, QTime(0, 0), m_zone);
    const QDateTime to = WallClock::toUtc(m_first.addDays(m_dayCount), QTime(0, 0), m_zone);
    beginResetModel();
    m_occurrences = m_store.occurrences(from, to, m_zone);
    m_occurrences.removeIf([this](const Occurrence& occurrence) {
        const auto calendar = m_calendars.constFind(occurrence.appointment->calendarId);
        return calendar != m_calendars.constEnd() && !calendar->shown;
    });
    m_days.clear();
    m_days.reserve(m_occurrences.size());
    const ZoneOffsets offsets(m_zone, from, to);
    for (const Occurrence& occurrence : std::as_const(m_occurrences)) {
        if (occurrence.isAllDay()) {
            m_days.append({ occurrence.date, occurrence.endDate.addDays(-1) });
            continue;
        }
        const QDate first = offsets.localDate(occurrence.start.toMSecsSinceEpoch());
        // An end at midnight belongs to the day before; a zero-length item still has its day.
        const QDate last = offsets.localDate(occurrence.end.toMSecsSinceEpoch() - 1);
        m_days.append({ first, std::max(first, last) });
    }
    m_rowsByDay.clear();
    const QDate windowLast = m_first.addDays(m_dayCount - 1);
    for (int row = 0; row < int(m_days.size()); ++row) {
        const auto& [first, last] = m_days.at(row);
        for (QDate day = qMax(first, m_first); day <= qMin(last, windowLast); day = day.addDays(1))
            m_rowsByDay[day].append(row);
    }
    // A day lists its own dates before the end of last night's: the morning after a late session,
    // the month showed its three leftovers and hid the day's client under "+3 more".
    for (auto day = m_rowsByDay.begin(); day != m_rowsByDay.end(); ++day) {
        std::stable_partition(day->begin(), day->end(), [this, date = day.key()](int row) {
            return m_occurrences.at(row).isAllDay() || m_days.at(row).first == date;
        });
    }
    m_loaded = true;
    endResetModel();
}

QList<int> OccurrenceModel::rowsOn(const QDate& date) const
{
    return m_rowsByDay.value(date);
}

int OccurrenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_occurrences.size());
}

QVariant OccurrenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Occurrence& occurrence = m_occurrences.at(index.row());
    const Appointment& appointment = *occurrence.appointment;
    switch (role) {
    case Qt::DisplayRole:
        return appointment.personalDataPurged ? tr("(details removed)") : appointment.title;
    case Qt::ToolTipRole: {
        QString tip = appointment.title;
        if (data(index, RecurringRole).toBool())
            tip += QStringLiteral("\n↻ ") + tr("Part of a series");
        if (!appointment.participants.isEmpty())
            tip += QLatin1Char('\n') + data(index, ParticipantsRole).toString();
        if (appointment.status != AppointmentStatus::Planned)
            tip += QLatin1Char('\n') + Appointment::statusText(appointment.status);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return spokenName(index);
    case Qt::AccessibleDescriptionRole: {
        QStringList parts;
        const QString participants = data(index, ParticipantsRole).toString();
        if (!participants.isEmpty())
            parts.append(participants);
        if (data(index, RecurringRole).toBool())
            parts.append(tr("Part of a series"));
        const QTimeZone plannedIn(appointment.timeZone.toUtf8());
        if (!appointment.allDay && plannedIn.isValid() && plannedIn != m_zone)
            parts.append(
                tr("planned for %1 in %2")
                    .arg(occurrence.start.toTimeZone(plannedIn).toString(DateTimeInput::timeFormat()),
                         appointment.timeZone));
        return parts.join(QStringLiteral(", "));
    }
    case UidRole:
        return appointment.uid;
    case StartRole:
        return occurrence.start.toTimeZone(m_zone);
    case EndRole:
        return occurrence.end.toTimeZone(m_zone);
    case AllDayRole:
        return appointment.allDay;
    case KindRole:
        return int(appointment.kind);
    case StatusRole:
        return int(appointment.status);
    case RecurrenceIdRole:
        return occurrence.recurrenceId;
    case FirstDayRole:
        return m_days.at(index.row()).first;
    case LastDayRole:
        return m_days.at(index.row()).second;
    case RecurringRole:
        return appointment.isRecurring() || appointment.recurrenceId.has_value();
    case CalendarColorRole: {
        const QString color = m_calendars.value(appointment.calendarId).shownColor();
        return QColor::isValidColorName(color) ? QColor::fromString(color) : QColor();
    }
    case ReadOnlyRole:
        return m_calendars.value(appointment.calendarId).readOnly;
    case ParticipantsRole:
        return appointment.participantNames();
    default:
        return {};
    }
}

QString OccurrenceModel::spokenName(const QModelIndex& index) const
{
    const Appointment& appointment = *m_occurrences.at(index.row()).appointment;
    const QLocale locale;
    const QDate firstDay = data(index, FirstDayRole).toDate();
    const QDate lastDay = data(index, LastDayRole).toDate();
    // The date with the weekday: in the agenda and across days of a week, "Thursday 10:00" was the
    // same words for every Thursday.
    const QString dayFormat = DateFormats::weekdayDayMonth(locale);
    QString when;
    if (appointment.allDay) {
        when = firstDay == lastDay
            ? tr("%1, all day").arg(locale.toString(firstDay, dayFormat))
            : tr("%1 to %2, all day")
                  .arg(locale.toString(firstDay, dayFormat), locale.toString(lastDay, dayFormat));
    } else {
        const QDateTime start = data(index, StartRole).toDateTime();
        const QDateTime end = data(index, EndRole).toDateTime();
        const QString startText = locale.toString(start.date(), dayFormat) + QLatin1Char(' ')
            + start.toString(DateTimeInput::timeFormat());
        const QString endText
            = (lastDay == firstDay ? QString() : locale.toString(lastDay, dayFormat) + QLatin1Char(' '))
            + end.toString(DateTimeInput::timeFormat());
        when = tr("%1 to %2").arg(startText, endText);
    }
    return QStringList { when, data(index, Qt::DisplayRole).toString(),
                         CalendarStyle::kindText(appointment.kind),
                         Appointment::statusText(appointment.status) }
        .join(QStringLiteral(", "));
}

QHash<int, QByteArray> OccurrenceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UidRole, "uid");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(AllDayRole, "allDay");
    names.insert(KindRole, "kind");
    names.insert(StatusRole, "status");
    names.insert(RecurrenceIdRole, "recurrenceId");
    names.insert(ParticipantsRole, "participants");
    names.insert(RecurringRole, "recurring");
    names.insert(FirstDayRole, "firstDay");
    names.insert(LastDayRole, "lastDay");
    names.insert(CalendarColorRole, "calendarColor");
    names.insert(ReadOnlyRole, "readOnly");
    return names;
}

int OccurrenceModel::rowOf(const QString& uid, const QDateTime& recurrenceId) const
{
    for (int row = 0; row < m_occurrences.size(); ++row) {
        const Occurrence& occurrence = m_occurrences.at(row);
        // A date moved on its own is stored as an exception, which names its original date itself.
        const QDateTime original = occurrence.recurrenceId.isValid()
            ? occurrence.recurrenceId
            : occurrence.appointment->recurrenceId.value_or(QDateTime());
        if (occurrence.appointment->uid == uid && original == recurrenceId)
            return row;
    }
    return -1;
}
