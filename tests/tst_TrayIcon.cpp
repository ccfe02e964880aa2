#include "core/calendar/AppointmentStore.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/AppointmentDialog.h"
#include "ui/calendar/CalendarWidget.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

// The tray is Vieraugen's place while its window is closed: reminders keep coming until Quit.
// The offscreen platform has no system tray; the icon and the window's behaviour work regardless.
class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void menuOffersOpenNextAppointmentAndQuit();
    void nextAppointmentOpensIt();
    void closingKeepsRunningInTheTrayAndExplainsOnce();
    void withoutTrayClosingQuits();
    void quitFromTheTrayQuits();
    void quitFromTheFileMenuQuits();

private:
    QAction* trayAction(const char* name) const;
    // Runs the application until something quits it; false if nothing did.
    bool quitsWhen(QAction* action);

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    TrayIcon* m_tray = nullptr;
};

void TestTrayIcon::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
    m_window = std::make_unique<MainWindow>(m_workspace->settings(), *m_secrets, m_workspace->appointments(),
                                            m_workspace->clock());
    m_tray = new TrayIcon(*m_window);
    m_window->setTray(m_tray);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTrayIcon::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_workspace.reset();
    QApplication::setQuitOnLastWindowClosed(true);
}

QAction* TestTrayIcon::trayAction(const char* name) const
{
    for (QAction* action : m_tray->contextMenu()->actions()) {
        if (action->objectName() == QLatin1String(name))
            return action;
    }
    return nullptr;
}

bool TestTrayIcon::quitsWhen(QAction* action)
{
    bool quit = true;
    QTimer::singleShot(0, action, &QAction::trigger);
    // Only reached when the action did not quit.
    QTimer::singleShot(5000, this, [&quit] {
        quit = false;
        QApplication::exit(1);
    });
    QApplication::exec();
    return quit;
}

void TestTrayIcon::menuOffersOpenNextAppointmentAndQuit()
{
    QStringList texts;
    for (QAction* action : m_tray->contextMenu()->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    QCOMPARE(
        texts,
        QStringList({ QStringLiteral("&Open Vieraugen"),
                      QStringLiteral("No appointments in the next two weeks"), QStringLiteral("&Quit") }));
    QVERIFY(!trayAction("trayNextAction")->isEnabled());

    Appointment session;
    session.title = QStringLiteral("Beratung Yılmaz & Sohn");
    session.kind = SessionKind::InPerson;
    session.start = m_workspace->clock().nowUtc().addSecs(2 * 3600);
    session.end = session.start.addSecs(3000);
    session.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY2(m_workspace->appointments().save(session, &error), qPrintable(error));
    QTRY_VERIFY(m_window->calendar()->nextAppointment().has_value());
    m_tray->updateNextAppointment();
    QAction* next = trayAction("trayNextAction");
    QVERIFY(next->isEnabled());
    QVERIFY2(next->text().endsWith(QStringLiteral(", Beratung Yılmaz && Sohn")), qPrintable(next->text()));
    QVERIFY(next->text().contains(QLocale().toString(session.start.toLocalTime(), QLocale::ShortFormat)));
}

void TestTrayIcon::nextAppointmentOpensIt()
{
    Appointment session;
    session.title = QStringLiteral("Erstgespräch");
    session.kind = SessionKind::InPerson;
    session.start = m_workspace->clock().nowUtc().addSecs(3600);
    session.end = session.start.addSecs(3000);
    session.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY2(m_workspace->appointments().save(session, &error), qPrintable(error));
    QTRY_VERIFY(m_window->calendar()->nextAppointment().has_value());
    m_window->hide();

    QString openedTitle;
    QTimer::singleShot(0, this, [&openedTitle] {
        if (auto* dialog = qobject_cast<AppointmentDialog*>(QApplication::activeModalWidget())) {
            openedTitle = dialog->appointment().title;
            dialog->reject();
        }
    });
    m_tray->updateNextAppointment();
    trayAction("trayNextAction")->trigger();
    QCOMPARE(openedTitle, session.title);
    QVERIFY(m_window->isVisible());
}

void TestTrayIcon::closingKeepsRunningInTheTrayAndExplainsOnce()
{
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->close());
    QVERIFY(!m_window->isVisible());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("tray")), qPrintable(MessageBox::lastText()));
    QVERIFY(m_workspace->settings().trayExplained());

    trayAction("trayOpenAction")->trigger();
    QVERIFY(m_window->isVisible());
    // Answered in advance, so that lastText() tells whether another box came.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::information(nullptr, QString(), QStringLiteral("no box since"));
    QVERIFY(!m_window->close());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(MessageBox::lastText(), QStringLiteral("no box since"));
}

void TestTrayIcon::withoutTrayClosingQuits()
{
    m_window->setTray(nullptr);
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

void TestTrayIcon::quitFromTheTrayQuits()
{
    m_workspace->settings().setTrayExplained(false);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::information(nullptr, QString(), QStringLiteral("no box since"));
    QVERIFY(quitsWhen(trayAction("trayQuitAction")));
    QVERIFY(!m_window->isVisible());
    // Quitting is not closing to the tray: nothing to explain.
    QCOMPARE(MessageBox::lastText(), QStringLiteral("no box since"));
}

void TestTrayIcon::quitFromTheFileMenuQuits()
{
    QAction* quit = nullptr;
    for (QAction* action : m_window->menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q))
            quit = action;
    }
    QVERIFY(quit);
    QVERIFY(quitsWhen(quit));
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestTrayIcon)
#include "tst_TrayIcon.moc"
