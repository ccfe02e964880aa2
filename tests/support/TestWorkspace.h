#pragma once

#include "core/base/DataLocation.h"

#include <QTemporaryDir>

#include <memory>

class AppointmentStore;
class Database;
class MockClock;
class Settings;

// A fresh data folder and settings file per test, removed afterwards, so tests never touch
// the user's real calendar or preferences and never see each other's leftovers.
class TestWorkspace
{
public:
    TestWorkspace();
    ~TestWorkspace();

    bool isValid() const { return m_root.isValid(); }
    QString rootPath() const { return m_root.path(); }
    QString filePath(const QString& relative) const { return m_root.filePath(relative); }

    DataLocation dataLocation() const;
    Settings& settings();
    // A calendar in this workspace on a clock that stands at 2026-11-27 12:00 (Berlin), opened on first use.
    MockClock& clock();
    Database& database();
    AppointmentStore& appointments();

private:
    QTemporaryDir m_root;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppointmentStore> m_appointments;
};
