#pragma once

#include <QSystemTrayIcon>

#include <memory>

class MainWindow;
class QAction;
class QMenu;

// Vieraugen in the system tray: open the window, see and open the next appointment, quit.
// While it is there, closing the main window keeps Vieraugen running, so reminders still come.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    explicit TrayIcon(MainWindow& window);
    ~TrayIcon() override;

    // Shows the next appointment as of now; the menu does this each time it opens.
    void updateNextAppointment();

private:
    MainWindow& m_window;
    // A tray menu has no parent widget.
    std::unique_ptr<QMenu> m_menu;
    QAction* m_next;
};
