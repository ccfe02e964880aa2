#include "tests/support/TestWorkspace.h"

#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "tests/support/MockClock.h"

#include <QTimeZone>

TestWorkspace::TestWorkspace() = default;

TestWorkspace::~TestWorkspace()
{
    m_appointments.reset(); // before the database it uses
    m_database.reset();
}

DataLocation TestWorkspace::dataLocation() const
{
    return DataLocation(m_root.filePath(QStringLiteral("data")));
}

Settings& TestWorkspace::settings()
{
    if (!m_settings)
        m_settings = std::make_unique<Settings>(m_root.filePath(QStringLiteral("settings.ini")));
    return *m_settings;
}

MockClock& TestWorkspace::clock()
{
    if (!m_clock)
        m_clock = std::make_unique<MockClock>(
            QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Berlin")));
    return *m_clock;
}

Database& TestWorkspace::database()
{
    if (!m_database) {
        const DataLocation location = dataLocation();
        location.prepare(nullptr);
        m_database = std::make_unique<Database>(
            QStringLiteral("workspace-") + QString::number(quintptr(this), 16), CalendarSchema::migrations());
        m_database->open(location.databaseFile(), location.backupDirectory());
    }
    return *m_database;
}

AppointmentStore& TestWorkspace::appointments()
{
    if (!m_appointments)
        m_appointments = std::make_unique<AppointmentStore>(database(), clock());
    return *m_appointments;
}
