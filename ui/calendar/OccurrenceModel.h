#pragma once

#include "core/calendar/Occurrence.h"
#include "core/sync/TeamCalendar.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QTimeZone>

class AppointmentStore;
class QTimer;

// The occurrences in a window of days, for every calendar view. Reloads when the store changes,
// coalescing bursts (an import, undo of many steps) into one reload.
class OccurrenceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        UidRole = Qt::UserRole + 1,
        StartRole, // QDateTime, local
        EndRole, // QDateTime, local
        AllDayRole, // bool
        KindRole, // SessionKind as int
        StatusRole, // AppointmentStatus as int
        RecurrenceIdRole, // QDateTime (UTC), invalid for single appointments
        ParticipantsRole, // QString: names, comma-separated
        RecurringRole, // bool
        FirstDayRole, // QDate, local: the first day the occurrence touches
        LastDayRole, // QDate, local: the last day it touches (an end at midnight belongs to the day before)
        CalendarColorRole, // QColor of its calendar; invalid when the calendar has none
        ReadOnlyRole, // bool: its calendar may only be read here
    };
    Q_ENUM(Roles)

    // Qt::AccessibleTextRole: what a screen reader says for an occurrence, "Tuesday 10:00 to 10:50,
    // Counseling A, video, planned" (in the viewer's zone); Qt::AccessibleDescriptionRole: who
    // takes part, the series, and the planned time when the appointment was planned in another zone.
    explicit OccurrenceModel(AppointmentStore& store, QObject* parent = nullptr);

    // Shows the days [first, first + days), in the viewer's zone.
    void setWindow(const QDate& first, int days);
    QDate firstDay() const { return m_first; }
    int dayCount() const { return m_dayCount; }
    void setViewerZone(const QTimeZone& zone);
    // The calendars appointments are in: those not shown are left out, the others lend their
    // colour and whether they may be changed.
    void setCalendars(const QList<TeamCalendar>& calendars);
    // Why an appointment cannot be changed here (its calendar is read-only); empty when it can.
    QString readOnlyReason(const Appointment& appointment) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Occurrence& occurrence(int row) const { return m_occurrences.at(row); }
    int rowOf(const QString& uid, const QDateTime& recurrenceId) const;
    // The rows of the occurrences on a day of the window (each day it touches), in order of start.
    QList<int> rowsOn(const QDate& date) const;

    void reload();

private:
    QString spokenName(const QModelIndex& index) const;

    AppointmentStore& m_store;
    QTimer* m_reloadTimer;
    QDate m_first;
    int m_dayCount = 7;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Occurrence> m_occurrences;
    // Per row, the local days from FirstDayRole and LastDayRole, worked out once per load.
    QList<std::pair<QDate, QDate>> m_days;
    QHash<QDate, QList<int>> m_rowsByDay;
    bool m_loaded = false;
    QHash<QString, TeamCalendar> m_calendars; // by id
};
