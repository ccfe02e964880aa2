#include "core/settings/Settings.h"

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString geometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString stateKey = QStringLiteral("ui/mainWindowState");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString& iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{ }

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::uiLanguage() const
{
    return m_settings->value(languageKey).toString();
}

void Settings::setUiLanguage(const QString& languageCode)
{
    if (languageCode.isEmpty())
        m_settings->remove(languageKey);
    else
        m_settings->setValue(languageKey, languageCode);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    m_settings->setValue(stateKey, state);
}

void Settings::sync()
{
    m_settings->sync();
}
