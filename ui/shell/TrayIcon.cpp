#include "ui/shell/TrayIcon.h"

#include "core/calendar/Appointment.h"
#include "ui/calendar/CalendarWidget.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLocale>
#include <QMenu>

TrayIcon::TrayIcon(MainWindow& window)
    : QSystemTrayIcon(QApplication::windowIcon(), &window)
    , m_window(window)
    , m_menu(std::make_unique<QMenu>())
{
    setObjectName(QStringLiteral("trayIcon"));
    setToolTip(QStringLiteral("Vieraugen"));
    QMenu* menu = m_menu.get();
    menu->setObjectName(QStringLiteral("trayMenu"));
    menu->addAction(tr("&Open Vieraugen"), &window, &MainWindow::bringToFront)
        ->setObjectName(QStringLiteral("trayOpenAction"));
    m_next = menu->addAction(QString());
    m_next->setObjectName(QStringLiteral("trayNextAction"));
    connect(m_next, &QAction::triggered, &window, [this] {
        if (const std::optional<Occurrence> next = m_window.calendar()->nextAppointment()) {
            m_window.bringToFront();
            m_window.calendar()->openAppointment(next->appointment->uid, next->recurrenceId);
        }
    });
    menu->addSeparator();
    menu->addAction(tr("&Quit"), &window, &MainWindow::quit)->setObjectName(QStringLiteral("trayQuitAction"));
    connect(menu, &QMenu::aboutToShow, this, &TrayIcon::updateNextAppointment);
    setContextMenu(menu);
    updateNextAppointment();

    connect(this, &QSystemTrayIcon::activated, &window, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_window.bringToFront();
    });
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::updateNextAppointment()
{
    const std::optional<Occurrence> next = m_window.calendar()->nextAppointment();
    m_next->setEnabled(next.has_value());
    m_next->setText(
        next ? tr("Next: %1, %2")
                   .arg(QLocale().toString(next->start.toLocalTime(), QLocale::ShortFormat),
                        QString(next->appointment->title).replace(QLatin1Char('&'), QLatin1String("&&")))
             : tr("No appointments in the next two weeks"));
}
