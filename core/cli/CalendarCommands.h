#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTextStream>
#include <QTimeZone>

class AppointmentStore;
class Clock;
class Database;
class Settings;
struct Appointment;
struct TeamCalendar;

// The calendar commands of vieraugen-cli: add, edit, delete, participant-add, list, import, export,
// backup, restore and purge. Each returns the tool's exit code (0 ok, 1 usage, 2 data error).
class CalendarCommands
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommands)

public:
    CalendarCommands(QTextStream& out, QTextStream& err, Database& database, AppointmentStore& store,
                     const Settings& settings, const Clock& clock);

    int add(const QStringList& arguments);
    int edit(const QStringList& arguments);
    int remove(const QStringList& arguments);
    int addParticipant(const QStringList& arguments);
    int list(const QStringList& arguments);
    int importFile(const QStringList& arguments);
    int exportFile(const QStringList& arguments);
    int backup(const QStringList& arguments);
    int purge(const QStringList& arguments);

    // Accepts "2026-12-01" (start of that day in zone), "2026-12-01T09:00" (wall clock in zone)
    // and "2026-12-01T09:00+01:00" or "…Z" (an instant).
    static std::optional<QDateTime> parseInstant(const QString& text, const QTimeZone& zone);
    // --occurrence ISO: the original start of one date of a series, in the system's zone.
    static bool parseOccurrence(const QString& text, QDateTime* recurrenceId, QString* errorMessage);
    // The date and time fields of "2026-12-01T09:00" (no offset), untouched by any zone's rules.
    static std::optional<QDateTime> wallClockTime(const QString& text);

private:
    // Options several commands take, worded once.
    struct AppointmentTimeOptions
    {
        QCommandLineOption title;
        QCommandLineOption start;
        QCommandLineOption end;
    };
    static AppointmentTimeOptions appointmentTimeOptions();
    struct WindowOptions
    {
        QCommandLineOption from;
        QCommandLineOption to;
    };
    static WindowOptions windowOptions();

    // The appointment UID names, when it may be changed here (not in a read-only calendar).
    std::optional<Appointment> changeableAppointment(const QString& uid);
    // The calendar id names, when new appointments may go there (it exists and is not read-only).
    std::optional<TeamCalendar> writableCalendar(const QString& id);
    bool readWindow(const QString& from, const QString& to, QDateTime* start, QDateTime* end);

    QTextStream& m_out;
    QTextStream& m_err;
    Database& m_database;
    AppointmentStore& m_store;
    const Settings& m_settings;
    const Clock& m_clock;
    QTimeZone m_zone;
};
