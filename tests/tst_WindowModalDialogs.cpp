#include "core/calendar/AppointmentStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/ReminderNotifier.h"
#include "ui/common/WindowModalDialogs.h"

#include <QDialog>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

// The test user's finding F11: a reminder that popped up while the invitation dialog was open
// could not be clicked until that dialog closed.
class TestWindowModalDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reminderCanBeSnoozedWhileADialogIsOpen();
    void windowBehindTheDialogWaitsForIt();

private:
    // Runs the dialog as the app does (exec) and does what happens meanwhile, then closes it.
    void whileOpen(QDialog& dialog, const std::function<void()>& meanwhile);
    // A click as the window system delivers it: Qt drops it when a modal dialog blocks the window.
    static void clickOnScreen(QWidget* widget);

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<WindowModalDialogs> m_modality;
    std::unique_ptr<QMainWindow> m_window;
};

void TestWindowModalDialogs::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_modality = std::make_unique<WindowModalDialogs>();
    m_window = std::make_unique<QMainWindow>();
    m_window->setCentralWidget(new QPushButton(QStringLiteral("New appointment")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWindowModalDialogs::cleanup()
{
    m_window.reset();
    m_modality.reset();
    m_workspace.reset();
}

void TestWindowModalDialogs::whileOpen(QDialog& dialog, const std::function<void()>& meanwhile)
{
    QTimer::singleShot(0, &dialog, [&dialog, meanwhile] {
        if (QTest::qWaitForWindowExposed(&dialog))
            meanwhile();
        dialog.reject();
    });
    dialog.exec();
}

void TestWindowModalDialogs::clickOnScreen(QWidget* widget)
{
    QWidget* window = widget->window();
    QTest::mouseClick(window->windowHandle(), Qt::LeftButton, {},
                      widget->mapTo(window, widget->rect().center()));
}

void TestWindowModalDialogs::reminderCanBeSnoozedWhileADialogIsOpen()
{
    MockClock& clock = m_workspace->clock();
    m_workspace->settings().setRemindersCheckedUntil(clock.nowUtc());
    Appointment appointment;
    appointment.title = QStringLiteral("Rückruf");
    appointment.kind = SessionKind::Phone;
    appointment.start = clock.nowUtc().addSecs(11 * 60);
    appointment.end = appointment.start.addSecs(1800);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.reminderMinutes = { 10 };
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    // A window of its own, as the app makes it.
    ReminderNotifier reminders(m_workspace->appointments(), m_workspace->settings(), clock);

    QDialog invitation(m_window.get());
    int pendingAfterSnooze = -1;
    whileOpen(invitation, [&] {
        clock.advance(60 * 1000);
        reminders.check();
        if (!QTest::qWaitForWindowExposed(&reminders))
            return;
        const QList<QPushButton*> buttons = reminders.findChildren<QPushButton*>();
        const auto snooze = std::find_if(buttons.cbegin(), buttons.cend(), [](const QPushButton* button) {
            return button->text().startsWith(QStringLiteral("&Snooze"));
        });
        if (snooze != buttons.cend())
            clickOnScreen(*snooze);
        pendingAfterSnooze = reminders.pendingCount();
    });
    QCOMPARE(pendingAfterSnooze, 0);
    QVERIFY(!reminders.isVisible());
}

void TestWindowModalDialogs::windowBehindTheDialogWaitsForIt()
{
    auto* behind = qobject_cast<QPushButton*>(m_window->centralWidget());
    QSignalSpy clicked(behind, &QPushButton::clicked);
    QDialog dialog(m_window.get());
    Qt::WindowModality modality = Qt::NonModal;
    whileOpen(dialog, [&] {
        modality = dialog.windowHandle()->modality();
        clickOnScreen(behind);
    });
    QCOMPARE(modality, Qt::WindowModal);
    QCOMPARE(clicked.size(), 0);
    // Closed, the window is free again.
    clickOnScreen(behind);
    QCOMPARE(clicked.size(), 1);
}

QTEST_MAIN(TestWindowModalDialogs)
#include "tst_WindowModalDialogs.moc"
