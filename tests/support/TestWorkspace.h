#pragma once

#include "core/base/DataLocation.h"

#include <QTemporaryDir>

#include <memory>

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

private:
    QTemporaryDir m_root;
    std::unique_ptr<Settings> m_settings;
};
