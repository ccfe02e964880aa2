#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

// Non-secret preferences. Secrets never pass through here: they live in the OS keychain.
class Settings
{
public:
    // The platform's settings store for this application.
    Settings();
    // An INI file at the given path (tests, portable setups).
    explicit Settings(const QString& iniFilePath);

    QString fileName() const;

    // Empty means "follow the system locale".
    QString uiLanguage() const;
    void setUiLanguage(const QString& languageCode);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
