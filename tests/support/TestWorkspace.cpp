#include "tests/support/TestWorkspace.h"

#include "core/settings/Settings.h"

TestWorkspace::TestWorkspace() = default;

TestWorkspace::~TestWorkspace() = default;

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
