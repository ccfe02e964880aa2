#pragma once

#include <QMainWindow>

class QUndoStack;
class SecretStore;
class Settings;

// The application's home: menus, status bar and the calendar. Remembers its geometry.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings& settings, SecretStore& secrets, QWidget* parent = nullptr);

    QUndoStack* undoStack() const { return m_undoStack; }

    // Brings the window to the front, e.g. when another launch handed over its arguments.
    void bringToFront();

    void showAbout();
    void showSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();

    Settings& m_settings;
    SecretStore& m_secrets;
    QUndoStack* m_undoStack = nullptr;
};
