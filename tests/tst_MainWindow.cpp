#include "core/base/Translations.h"
#include "core/calendar/AppointmentStore.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteService.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/sync/CalendarObject.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncQueue.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/ShortcutAudit.h"
#include "tests/support/TeamCalendars.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/AppointmentDialog.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/CalendarWidget.h"
#include "ui/calendar/OccurrenceModel.h"
#include "ui/common/MessageBox.h"
#include "ui/settings/ServerProfileDialog.h"
#include "ui/settings/ServerProfilesPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/sync/ConflictDialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>
#include <map>

namespace {

QAction* editMenuAction(const MainWindow& window, QKeySequence::StandardKey key)
{
    for (QAction* action : window.findChild<QMenu*>(QStringLiteral("editMenu"))->actions()) {
        if (action->shortcuts().contains(QKeySequence(key)))
            return action;
    }
    return nullptr;
}

// The main window with everything the app gives it: the team calendars and their sync, whose
// actions ("Sync Team Calendars Now", "Decide Conflicts…") join the Edit menu.
struct WiredMainWindow
{
    TestWorkspace workspace;
    SecretStore secrets { workspace.settings() };
    SyncStore sync { workspace.database(), workspace.appointments(), workspace.clock() };
    SyncQueue queue { workspace.database() };
    QNetworkAccessManager network;
    SyncEngine engine { network, sync, workspace.appointments(), queue,
                        [](const CalDavAccount&, const auto& done) {
                            done(QString(), QStringLiteral("none"));
                        } };
    MainWindow window { workspace.settings(), secrets, workspace.appointments(), workspace.clock() };

    WiredMainWindow()
    {
        window.setTeamCalendars(&sync);
        window.setSyncEngine(&engine);
    }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasTheFiveMenus();
    void remembersGeometry();
    void settingsDialogSavesLanguageOnOk();
    void settingsDialogFitsASmallScreen();
    void settingsDialogCancelKeepsLanguage();
    void settingsDialogCancelDiscardsServers();
    void undoActionsFollowTheStack();
    void aSessionsRecordIsAnUndoStepOfItsOwn();
    void startOpensExternalLinksAndRecordsTheStart();
    void startNextSessionLeavesOutInPersonAndAllDayDates();
    void startWithNothingPlannedSaysSo();
    void startSelectedStartsTheSearchResultChosen();
    void quittingWithAMessageInTheOutboxAsksFirst();
    void openedFilesEndWithAReport();
    void everyShortcutBelongsToOneAction();
    void singleKeysDoNotFireWhileTyping();
    void readySaysWhereTheCalendarIsKeptAfterAnAccountIsAdded();
    void statusBarNamesTeamCalendarsAndOffersConflicts();
    void undoReplacesTheMessageItTookBack();
    void f5SyncsTheTeamCalendarsNow();
    void editMenuMakesTheSelectedAppointmentLongerOrShorter();
    void keyboardHelpListsEveryShortcut_data();
    void keyboardHelpListsEveryShortcut();
    void calendarKeysDoWhatTheHelpSays_data();
    void calendarKeysDoWhatTheHelpSays();
    // Last: it leaves the German translation installed.
    void everyAltKeyChoosesOneMenuItem_data();
    void everyAltKeyChoosesOneMenuItem();

public Q_SLOTS:
    void handleUrl(const QUrl& url) { m_openedUrls.append(url); }

private:
    // The keys of the keyboard help's table "In the calendar".
    static QList<QKeySequence> calendarKeysInKeyboardHelp(const QString& language);

    QList<QUrl> m_openedUrls;
};

void TestMainWindow::startOpensExternalLinksAndRecordsTheStart()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    Appointment zoom;
    zoom.title = QStringLiteral("Beratung über Zoom");
    zoom.kind = SessionKind::ExternalLink;
    zoom.externalUrl = QUrl(QStringLiteral("https://zoom.example/j/123"));
    zoom.start = workspace.clock().nowUtc().addSecs(120);
    zoom.end = zoom.start.addSecs(3000);
    zoom.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY(workspace.appointments().save(zoom, &error));
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    // The system's URL handler, caught for the test.
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "handleUrl");
    window.findChild<QAction*>(QStringLiteral("startNextSessionAction"))->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(m_openedUrls, QList<QUrl> { zoom.externalUrl });
    const Appointment stored = *workspace.appointments().find(zoom.uid);
    QCOMPARE(stored.status, AppointmentStatus::Started);
    QCOMPARE(stored.sessionStarted, workspace.clock().nowUtc());
}

void TestMainWindow::startNextSessionLeavesOutInPersonAndAllDayDates()
{
    // Tester12's J32: Ctrl+Enter asked to start tomorrow's 08:00 office hour in person ("Jetzt starten"
    // would only have marked it as begun), not the video session at 11:00 after it.
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    const QDateTime tomorrow
        = QDateTime(workspace.clock().nowUtc().toLocalTime().date().addDays(1), QTime(8, 0));
    Appointment teamDay;
    teamDay.title = QStringLiteral("Teamtag");
    teamDay.allDay = true;
    teamDay.startDate = tomorrow.date();
    teamDay.endDate = tomorrow.date().addDays(1);
    Appointment office;
    office.title = QStringLiteral("Post & Anrufbeantworter");
    office.kind = SessionKind::InPerson;
    office.start = tomorrow.toUTC();
    office.end = office.start.addSecs(3600);
    Appointment zoom;
    zoom.title = QStringLiteral("Erstgespräch Schneider");
    zoom.kind = SessionKind::ExternalLink;
    zoom.externalUrl = QUrl(QStringLiteral("https://zoom.example/j/123"));
    zoom.start = tomorrow.addSecs(3 * 3600).toUTC();
    zoom.end = zoom.start.addSecs(3000);
    for (Appointment* appointment : { &teamDay, &office, &zoom }) {
        appointment->timeZone = QStringLiteral("Europe/Berlin");
        QString error;
        QVERIFY2(workspace.appointments().save(*appointment, &error), qPrintable(error));
    }
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    QCOMPARE(window.calendar()->nextAppointment()->appointment->title, office.title); // the card keeps it
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    window.findChild<QAction*>(QStringLiteral("startNextSessionAction"))->trigger();
    QVERIFY2(MessageBox::lastText().startsWith(
                 QStringLiteral("\"Erstgespräch Schneider\" is planned for tomorrow")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(workspace.appointments().find(office.uid)->status, AppointmentStatus::Planned);
}

void TestMainWindow::startWithNothingPlannedSaysSo()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    window.findChild<QAction*>(QStringLiteral("startNextSessionAction"))->trigger();
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("No session is planned")));
    window.findChild<QAction*>(QStringLiteral("startSelectedSessionAction"))->trigger();
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Select an appointment")));
}

void TestMainWindow::startSelectedStartsTheSearchResultChosen()
{
    // "Start Selected Session" with search results shown started the appointment selected in the
    // calendar behind them.
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    QStringList uids;
    for (const QString& title : { QStringLiteral("Paarberatung"), QStringLiteral("Erstgespräch Yilmaz") }) {
        Appointment appointment;
        appointment.title = title;
        appointment.kind = SessionKind::InPerson;
        appointment.start = workspace.clock().nowUtc().addSecs(120);
        appointment.end = appointment.start.addSecs(3000);
        appointment.timeZone = QStringLiteral("Europe/Berlin");
        QString error;
        QVERIFY2(workspace.appointments().save(appointment, &error), qPrintable(error));
        uids.append(appointment.uid);
    }
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    CalendarWidget* calendar = window.calendar();
    calendar->currentView()->selectRow(calendar->model().rowOf(uids.at(0), {}));
    QCOMPARE(calendar->selectedOccurrence()->appointment->uid, uids.at(0));
    auto* results = calendar->findChild<QListWidget*>(QStringLiteral("searchResults"));
    QTest::keyClicks(calendar->findChild<QLineEdit*>(QStringLiteral("search")), QStringLiteral("Yilmaz"));
    QTRY_VERIFY(results->currentItem()
                && results->currentItem()->data(Qt::UserRole).toString() == uids.at(1));
    window.findChild<QAction*>(QStringLiteral("startSelectedSessionAction"))->trigger();
    QCOMPARE(workspace.appointments().find(uids.at(1))->status, AppointmentStatus::Started);
    QCOMPARE(workspace.appointments().find(uids.at(0))->status, AppointmentStatus::Planned);
}

void TestMainWindow::openedFilesEndWithAReport()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    const QString path = workspace.filePath(QStringLiteral("from-outlook.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:r1\nSUMMARY:Supervision\nLOCATION:\n"
               "DTSTART:20261201T090000Z\nEND:VEVENT\nBEGIN:VEVENT\nUID:r2\nSUMMARY:Erstgespräch\n"
               "DTSTART:2026-12-02\nEND:VEVENT\nEND:VCALENDAR\n");
    file.close();
    // File → Import, a dropped file and "vieraugen file.ics" all end here.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.openFiles({ path });
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 new, 0 updated"))
                 && MessageBox::lastText().contains(QStringLiteral("Line 12 (\"Erstgespräch\"): DTSTART")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(workspace.appointments().count(), 1);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.openFiles({ workspace.filePath(QStringLiteral("missing.ics")) });
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Nothing was imported")),
             qPrintable(MessageBox::lastText()));
}

void TestMainWindow::hasTheFiveMenus()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles,
             QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                           QStringLiteral("&Session"), QStringLiteral("&Help") }));
    auto* settingsAction = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(settingsAction);
    QVERIFY(!settingsAction->shortcut().isEmpty());
}

void TestMainWindow::remembersGeometry()
{
    TestWorkspace workspace;
    {
        SecretStore secrets(workspace.settings());
        MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(730, 533); // within the test's 800×800 screen: a larger one is fitted to it
        QTest::qWait(10);
        window.close();
    }
    QVERIFY(!workspace.settings().mainWindowGeometry().isEmpty());
    Settings reread(workspace.settings().fileName());
    SecretStore secrets(reread);
    MainWindow window(reread, secrets, workspace.appointments(), workspace.clock());
    QCOMPARE(window.size(), QSize(730, 533));
}

void TestMainWindow::settingsDialogSavesLanguageOnOk()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    SettingsDialog dialog(workspace.settings(), secrets);
    QCOMPARE(dialog.pageCount(), 3);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QString());
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.findChild<QLineEdit*>(QStringLiteral("counselorName"))->setText(QStringLiteral("  Frau Berger "));
    dialog.findChild<QSpinBox*>(QStringLiteral("graceMinutes"))->setValue(30);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Settings saved(workspace.settings().fileName());
    QCOMPARE(saved.uiLanguage(), QStringLiteral("de"));
    QCOMPARE(saved.counselorName(), QStringLiteral("Frau Berger"));
    QCOMPARE(saved.sessionGraceMinutes(), 30);
}

// On a 1024×700 screen (minus title bar and panel) the whole dialog fits, OK and Cancel included;
// a page longer than that scrolls instead of pushing them off the screen.
void TestMainWindow::settingsDialogFitsASmallScreen()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    SettingsDialog dialog(workspace.settings(), secrets);
    const QSize smallest = dialog.minimumSizeHint();
    QVERIFY2(smallest.width() <= 1000 && smallest.height() <= 620,
             qPrintable(QStringLiteral("%1×%2").arg(smallest.width()).arg(smallest.height())));
}

void TestMainWindow::settingsDialogCancelKeepsLanguage()
{
    TestWorkspace workspace;
    workspace.settings().setUiLanguage(QStringLiteral("en"));
    SecretStore secrets(workspace.settings());
    SettingsDialog dialog(workspace.settings(), secrets);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(workspace.settings().uiLanguage(), QStringLiteral("en"));
}

void TestMainWindow::settingsDialogCancelDiscardsServers()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    for (const bool ok : { false, true }) {
        SettingsDialog dialog(workspace.settings(), secrets);
        auto* servers = dialog.findChild<ServerProfilesPage*>();
        QVERIFY(servers);
        servers->addProfile();
        auto* add = servers->findChild<ServerProfileDialog*>();
        QVERIFY(add);
        // insert() counts as typing (textEdited): the id follows the name.
        add->findChild<QLineEdit*>(QStringLiteral("name"))->insert(QStringLiteral("Ausweichserver"));
        add->findChild<QLineEdit*>(QStringLiteral("url"))
            ->insert(QStringLiteral("https://meet.ausweich.example"));
        auto* auth = add->findChild<QComboBox*>(QStringLiteral("auth"));
        auth->setCurrentIndex(auth->findData(int(ServerProfile::AuthMode::None)));
        add->accept();
        dialog.findChild<QDialogButtonBox*>(QString(), Qt::FindDirectChildrenOnly)
            ->button(ok ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)
            ->click();
        QTRY_COMPARE(workspace.settings().serverProfiles().size(), ok ? 1 : 0);
    }
}

void TestMainWindow::undoActionsFollowTheStack()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))
            redo = action;
    }
    QVERIFY(undo);
    QVERIFY(redo);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    window.undoStack()->push(new QUndoCommand(QStringLiteral("Import \"Thunderbird Export.ics\"")));
    QVERIFY(undo->isEnabled());
    // Tester12's J5: "Undo Import Thunderbird Export.ics" read as a broken sentence.
    QCOMPARE(undo->text(), QStringLiteral("&Undo: Import \"Thunderbird Export.ics\""));
    window.undoStack()->undo();
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    QCOMPARE(redo->text(), QStringLiteral("&Redo: Import \"Thunderbird Export.ics\""));
}

void TestMainWindow::aSessionsRecordIsAnUndoStepOfItsOwn()
{
    // A session's "begun" was written beside the undo stack: Ctrl+Z after starting it took back the
    // import before, and the appointment was gone.
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    const QString path = workspace.filePath(QStringLiteral("termine.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString format = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
    const QDateTime start = workspace.clock().nowUtc().addSecs(120);
    file.write(QStringLiteral("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:p1\nSUMMARY:Paarberatung\n"
                              "DTSTART:%1\nDTEND:%2\nEND:VEVENT\nEND:VCALENDAR\n")
                   .arg(start.toString(format), start.addSecs(3000).toString(format))
                   .toUtf8());
    file.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.openFiles({ path });
    QCOMPARE(workspace.appointments().count(), 1);
    window.startSession(QStringLiteral("p1"), {}); // in person: begun
    QCOMPARE(workspace.appointments().find(QStringLiteral("p1"))->status, AppointmentStatus::Started);

    QAction* undo = editMenuAction(window, QKeySequence::Undo);
    QVERIFY2(undo->text().contains(QStringLiteral("Record the start of \"Paarberatung\"")),
             qPrintable(undo->text()));
    undo->trigger();
    const std::optional<Appointment> undone = workspace.appointments().find(QStringLiteral("p1"));
    QVERIFY(undone);
    QCOMPARE(undone->status, AppointmentStatus::Planned);
    QVERIFY(!undone->sessionStarted);
    editMenuAction(window, QKeySequence::Redo)->trigger();
    QCOMPARE(workspace.appointments().find(QStringLiteral("p1"))->status, AppointmentStatus::Started);
}

void TestMainWindow::everyShortcutBelongsToOneAction()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    const QStringList clashes = ShortcutAudit(window).clashes();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

    // Ctrl+I invites (it once did nothing: Import claimed it too).
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // With an appointment selected the calendar takes Alt+arrows to move it: no menu key may be one
    // of them (Previous and Next were Alt+Left and Alt+Right, and moved the appointment instead).
    Appointment selected;
    selected.title = QStringLiteral("Beratung");
    QString error;
    QVERIFY(selected.setLocalTimes(QDate(2026, 11, 26), QTime(10, 0), QTime(10, 50),
                                   QString::fromUtf8(QTimeZone::systemTimeZone().id()), &error));
    QVERIFY(workspace.appointments().save(selected, &error));
    CalendarWidget* calendar = window.calendar();
    calendar->model().reload();
    CalendarView* view = calendar->currentView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->selectRow(0);
    QVERIFY(calendar->hasSelection());
    const QStringList taken = ShortcutAudit(window).takenBy(*view);
    QVERIFY2(taken.isEmpty(), qPrintable(taken.join(QLatin1Char('\n'))));
    const QDate shown = calendar->focusDate();
    QTest::keyClick(view, Qt::Key_PageDown, Qt::ControlModifier);
    QVERIFY(calendar->focusDate() > shown);
    QCOMPARE(workspace.appointments().find(selected.uid)->start, selected.start);
    auto* invite = window.findChild<QAction*>(QStringLiteral("inviteAction"));
    invite->setEnabled(true); // as with an outbox
    QSignalSpy invited(invite, &QAction::triggered);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(invited.size(), 1);
}

void TestMainWindow::singleKeysDoNotFireWhileTyping()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QList<QKeySequence> singleKeys = ShortcutAudit(window).singleKeys();
    QVERIFY(singleKeys.contains(QKeySequence(Qt::Key_T)));
    const QDate elsewhere(2027, 3, 3);
    CalendarWidget* calendar = window.calendar();

    // In the search box every letter is text.
    calendar->setFocusDate(elsewhere);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("search"));
    QTRY_VERIFY(search->hasFocus());
    for (const QKeySequence& key : singleKeys)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key[0].key()), key[0].keyboardModifiers());
    QCOMPARE(search->text().size(), singleKeys.size());
    QCOMPARE(calendar->focusDate(), elsewhere);

    // In a dialog too.
    bool typedIntoTheDialog = false;
    QTimer::singleShot(0, this, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Tn"));
        typedIntoTheDialog
            = dialog->findChild<QLineEdit*>(QStringLiteral("title"))->text() == QLatin1String("Tn");
        MessageBox::setNextChoice(0); // discard what was typed
        dialog->close();
    });
    calendar->newAppointment();
    QVERIFY(typedIntoTheDialog);
    QCOMPARE(calendar->focusDate(), elsewhere);

    // Where nobody types, T goes to today.
    window.activateWindow(); // the offscreen platform leaves that to us
    QVERIFY(QTest::qWaitForWindowActive(&window));
    calendar->currentView()->setFocus();
    QTest::keyClick(calendar->currentView(), Qt::Key_T);
    QCOMPARE(calendar->focusDate(), workspace.clock().nowUtc().toLocalTime().date());
}

void TestMainWindow::readySaysWhereTheCalendarIsKeptAfterAnAccountIsAdded()
{
    // Tester12's J17: after adding a team calendar account in Settings → Calendars, the status bar
    // still said "stored on this computer only" beside the team calendar's sync state.
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    SyncStore sync(workspace.database(), workspace.appointments(), workspace.clock());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    window.setTeamCalendars(&sync);
    const QString onThisComputer = QStringLiteral("Ready. Your calendar is stored on this computer only.");
    QCOMPARE(window.statusBar()->currentMessage(), onThisComputer);
    const CalDavAccount account
        = TeamCalendars::addAccount(sync, QStringLiteral("anna"), QStringLiteral("Team"));
    QVERIFY(!TeamCalendars::addCalendar(sync, account, QStringLiteral("Team")).id.isEmpty());
    window.showCalendars(); // as Settings → Calendars has it
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("kept in step with their server")),
             qPrintable(window.statusBar()->currentMessage()));
    QString error;
    QVERIFY2(sync.removeAccount(account.id, &error), qPrintable(error));
    window.showCalendars();
    QCOMPARE(window.statusBar()->currentMessage(), onThisComputer);

    // A message about something else stays.
    window.statusBar()->showMessage(QStringLiteral("\"Beratung\" was added."));
    window.showCalendars();
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("\"Beratung\" was added."));
}

void TestMainWindow::statusBarNamesTeamCalendarsAndOffersConflicts()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    SyncStore sync(workspace.database(), workspace.appointments(), workspace.clock());
    const TeamCalendar team = TeamCalendars::addCalendar(
        sync, TeamCalendars::addAccount(sync, QStringLiteral("anna"), QStringLiteral("Team")),
        QStringLiteral("Team"));
    QVERIFY(!team.id.isEmpty());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Ready. Your calendar is stored on this computer only."));
    window.setTeamCalendars(&sync);
    // With a team calendar the calendar is no longer on this computer only.
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("kept in step with their server")));
    auto* button = window.findChild<QToolButton*>(QStringLiteral("conflictsButton"));
    auto* action = window.findChild<QAction*>(QStringLiteral("conflictsAction"));
    QVERIFY(button && action);
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("editMenu"))->actions().contains(action));
    QVERIFY(!button->isVisibleTo(&window));
    QVERIFY(!action->isEnabled());

    Appointment mine;
    mine.title = QStringLiteral("Meine Fassung");
    mine.calendarId = team.id;
    mine.kind = SessionKind::InPerson;
    mine.start = workspace.clock().nowUtc().addDays(1);
    mine.end = mine.start.addSecs(3000);
    mine.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY(workspace.appointments().save(mine, &error));
    Appointment theirs = mine;
    theirs.title = QStringLiteral("Ihre Fassung");
    QSignalSpy attention(&window, &MainWindow::attentionRequested);
    QVERIFY(sync.applyServerVersion(team.id, QStringLiteral("/x.ics"), QStringLiteral("\"e1\""),
                                    CalendarObject::write({ theirs }, TeamCalendar::Details::Everything),
                                    &error));
    QTRY_VERIFY(button->isVisibleTo(&window));
    QVERIFY(action->isEnabled());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("syncState"))
                ->text()
                .contains(QStringLiteral("1 conflict")));
    // The change undone before the counselor's eyes is said in words, in the window and on the desktop;
    // "Later" closes the notice and decides nothing.
    auto* notice = window.findChild<QMessageBox*>(QStringLiteral("conflictNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("kept until you decide")));
    QCOMPARE(attention.size(), 1);
    // Not "… was saved": what the calendar shows is the server's version.
    QVERIFY2(window.statusBar()->currentMessage().contains(
                 QLatin1String("set aside until you decide: the calendar shows the server's version")),
             qPrintable(window.statusBar()->currentMessage()));
    for (QAbstractButton* choice : notice->buttons()) {
        if (notice->buttonRole(choice) == QMessageBox::RejectRole)
            choice->click();
    }
    QVERIFY(!notice->isVisible());
    QCOMPARE(sync.conflicts().count(), 1);

    // The status bar's button opens the dialog; keeping mine settles it, and the offer goes.
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QPushButton*>(QStringLiteral("keepMine"))->click();
    });
    button->click();
    QCOMPARE(workspace.appointments().find(mine.uid)->title, QStringLiteral("Meine Fassung"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("decided")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!button->isVisibleTo(&window));
    QVERIFY(!action->isEnabled());
}

void TestMainWindow::f5SyncsTheTeamCalendarsNow()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    SyncStore sync(workspace.database(), workspace.appointments(), workspace.clock());
    SyncQueue queue(workspace.database());
    QNetworkAccessManager network;
    // No password: the run ends at once, without a server.
    SyncEngine engine(
        network, sync, workspace.appointments(), queue,
        [](const CalDavAccount&, const auto& done) { done(QString(), QStringLiteral("none")); });
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    window.setTeamCalendars(&sync);
    window.setSyncEngine(&engine);
    auto* syncNow = window.findChild<QAction*>(QStringLiteral("syncNowAction"));
    QVERIFY(syncNow);
    QCOMPARE(syncNow->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("editMenu"))->actions().contains(syncNow));
    // Nothing to sync without an account.
    QVERIFY(!syncNow->isEnabled());

    TeamCalendars::addCalendar(
        sync, TeamCalendars::addAccount(sync, QStringLiteral("anna"), QStringLiteral("Team")),
        QStringLiteral("Team"));
    window.showCalendars();
    QVERIFY(syncNow->isEnabled());
    QSignalSpy started(&engine, &SyncEngine::started);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(started.size(), 1);
}

// The message and what screen readers hear: "… was added", "Undone: …" were in the status bar only,
// which a screen reader does not speak, so a blind counselor could not tell what Ctrl+Z took back.
void TestMainWindow::undoReplacesTheMessageItTookBack()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    Appointment appointment;
    appointment.title = QStringLiteral("Beratung");
    QString error;
    QVERIFY(appointment.setLocalTimes(QDate(2026, 11, 26), QTime(10, 0), QTime(10, 50),
                                      QString::fromUtf8(QTimeZone::systemTimeZone().id()), &error));
    QVERIFY(workspace.appointments().save(appointment, &error));
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    auto* announcer = window.findChild<QWidget*>(QStringLiteral("announcer"));
    QVERIFY(announcer);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(announcer);
    QCOMPARE(accessible->role(), QAccessible::Notification);
    const auto said = [&window, announcer, accessible] {
        return announcer->isVisibleTo(&window) ? accessible->text(QAccessible::Name) : QString();
    };
    window.calendar()->model().reload();
    window.calendar()->currentView()->selectRow(0);
    window.findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("\"Beratung\" was deleted. Undo with Ctrl+Z."));
    QCOMPARE(said(), window.statusBar()->currentMessage());
    QAction* undo = editMenuAction(window, QKeySequence::Undo);
    QAction* redo = editMenuAction(window, QKeySequence::Redo);
    undo->trigger();
    QVERIFY(workspace.appointments().find(appointment.uid));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Undone: Delete \"Beratung\""));
    QCOMPARE(said(), window.statusBar()->currentMessage());
    redo->trigger();
    QVERIFY(!workspace.appointments().find(appointment.uid));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Redone: Delete \"Beratung\""));
    // Gone from the status bar, gone from what can be read again (it may name a client).
    window.statusBar()->clearMessage();
    QCOMPARE(said(), QString());
    QVERIFY(accessible->text(QAccessible::Name).isEmpty());
}

void TestMainWindow::editMenuMakesTheSelectedAppointmentLongerOrShorter()
{
    // Alt+Shift+arrows resize in the calendar, but some window managers take them first: the Edit
    // menu does it too, with keys of its own, for one date or the whole series as a move does.
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    const QByteArray zone = QTimeZone::systemTimeZone().id();
    Appointment single;
    single.title = QStringLiteral("Beratung");
    QString error;
    QVERIFY(single.setLocalTimes(QDate(2026, 11, 26), QTime(10, 0), QTime(10, 50), QString::fromUtf8(zone),
                                 &error));
    QVERIFY(workspace.appointments().save(single, &error));
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CalendarWidget* calendar = window.calendar();
    calendar->model().reload();
    CalendarView* view = calendar->currentView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    auto* longer = window.findChild<QAction*>(QStringLiteral("longerAction"));
    auto* shorter = window.findChild<QAction*>(QStringLiteral("shorterAction"));
    QVERIFY(longer && shorter);
    const QList<QAction*> editing = window.findChild<QMenu*>(QStringLiteral("editMenu"))->actions();
    QVERIFY(editing.contains(longer) && editing.contains(shorter));
    QVERIFY(!longer->isEnabled()); // nothing selected
    view->selectRow(0);
    QVERIFY(longer->isEnabled() && shorter->isEnabled());

    // Each press as the user makes it: once the calendar shows what the one before did.
    const auto press = [&](QAction* action, int minutes) {
        QTest::keyClick(view, action->shortcut()[0].key(), action->shortcut()[0].keyboardModifiers());
        QTRY_COMPARE(calendar->selectedOccurrence()->end, single.end.addSecs(minutes * 60));
    };
    press(longer, 15);
    QCOMPARE(workspace.appointments().find(single.uid)->end, single.end.addSecs(15 * 60));
    QCOMPARE(workspace.appointments().find(single.uid)->start, single.start);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("\"Beratung\" now ends at 11:05. Undo with Ctrl+Z."));
    // Undo names what it takes back (it said "Move … to" the time the appointment kept).
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("End \"Beratung\" at 11:05"));
    press(shorter, 0);
    press(shorter, -15);
    QCOMPARE(workspace.appointments().find(single.uid)->end, single.end.addSecs(-15 * 60));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("\"Beratung\" now ends at 10:35. Undo with Ctrl+Z."));
    window.undoStack()->undo();
    QTRY_COMPARE(workspace.appointments().find(single.uid)->end, single.end);
    QVERIFY(workspace.appointments().remove(single.uid, &error));

    // A date of a series: asked first; cancelled, nothing changes; the whole series, every date.
    Appointment series;
    series.title = QStringLiteral("Gruppe");
    QVERIFY(series.setLocalTimes(QDate(2026, 11, 23), QTime(14, 0), QTime(14, 50), QString::fromUtf8(zone),
                                 &error));
    series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO;COUNT=4");
    QVERIFY(workspace.appointments().save(series, &error));
    calendar->model().reload();
    view->selectRow(0);
    const int steps = window.undoStack()->count();
    MessageBox::setNextChoice(-1);
    longer->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("What do you want to change?")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(window.undoStack()->count(), steps);
    QCOMPARE(workspace.appointments().find(series.uid)->end, series.end);
    MessageBox::setNextChoice(1);
    longer->trigger();
    QCOMPARE(workspace.appointments().find(series.uid)->end, series.end.addSecs(15 * 60));
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("End series \"Gruppe\" at 15:05"));
    QCOMPARE(workspace.appointments().find(series.uid)->rrule, series.rrule);
    QVERIFY(workspace.appointments().exceptionsOf(series.uid).isEmpty());
}

QList<QKeySequence> TestMainWindow::calendarKeysInKeyboardHelp(const QString& language)
{
    return ShortcutAudit::keysInHelpTable(language, QStringLiteral("keyboard"),
                                          language == QLatin1String("de")
                                              ? QStringLiteral("**Im Kalender**")
                                              : QStringLiteral("**In the calendar**"));
}

void TestMainWindow::keyboardHelpListsEveryShortcut_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestMainWindow::keyboardHelpListsEveryShortcut()
{
    // The help topic for keyboard and screen-reader users names every key of the main window, and
    // no Ctrl key the window does not have: a key added, changed or dropped makes this fail until
    // the help says so (it listed Alt+Left for the previous week after Alt+Left had become a move).
    QFETCH(QString, language);
    const QList<QKeySequence> documented = ShortcutAudit::keysInHelp(language, QStringLiteral("keyboard"));
    QVERIFY(documented.contains(QKeySequence(Qt::Key_F6)));
    WiredMainWindow wired;
    const QStringList differences = ShortcutAudit(wired.window).differencesFrom(documented);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral("; "))));
}

void TestMainWindow::calendarKeysDoWhatTheHelpSays_data()
{
    // The view, and how far Page Up and Page Down go in it by the help.
    QTest::addColumn<CalendarWidget::Mode>("mode");
    QTest::addColumn<int>("pageDays");
    QTest::newRow("Day") << CalendarWidget::Mode::Day << 1;
    QTest::newRow("Work week") << CalendarWidget::Mode::WorkWeek << 7;
    QTest::newRow("Week") << CalendarWidget::Mode::Week << 7;
    QTest::newRow("Month") << CalendarWidget::Mode::Month << 28;
    QTest::newRow("Agenda") << CalendarWidget::Mode::Agenda << 28;
}

void TestMainWindow::calendarKeysDoWhatTheHelpSays()
{
    // Each key of the help's table "In the calendar", pressed in each view, does what the table
    // says there; a key the table names (in English or German) that this test does not press
    // fails it, so the table and the views cannot drift apart unnoticed.
    QFETCH(CalendarWidget::Mode, mode);
    QFETCH(int, pageDays);
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZone().id());
    const QDate tuesday(2026, 12, 1); // the clock stands at Friday 27 November
    const auto plan = [&workspace, &zone](const QString& title, const QDate& date, const QTime& start) {
        Appointment appointment;
        appointment.title = title;
        QString error;
        const bool saved = appointment.setLocalTimes(date, start, start.addSecs(50 * 60), zone, &error)
            && workspace.appointments().save(appointment, &error);
        return saved ? appointment.uid : error;
    };
    const QString first = plan(QStringLiteral("Erstgespräch"), tuesday, QTime(10, 0));
    plan(QStringLiteral("Supervision"), tuesday, QTime(14, 0));
    plan(QStringLiteral("Fallbesprechung"), tuesday.addDays(1), QTime(9, 0));
    QCOMPARE(workspace.appointments().count(), 3);
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CalendarWidget* calendar = window.calendar();

    // Before each key: Tuesday in the view, nothing selected (or the first appointment), the
    // calendar focused; after it, its change taken back.
    const auto reset = [&](const QString& selecting = {}) {
        calendar->setMode(mode);
        calendar->setFocusDate(tuesday);
        CalendarView* view = calendar->currentView();
        view->selectRow(-1);
        for (int row = 0; row < calendar->model().rowCount(); ++row) {
            if (calendar->model().occurrence(row).appointment->title == selecting)
                view->selectRow(row);
        }
        // A dialog or menu closed before gives the focus back late, or not at all offscreen.
        window.activateWindow();
        view->setFocus();
        return QTest::qWaitFor([view] { return view->hasFocus(); });
    };
    const auto selected = [calendar] {
        const std::optional<Occurrence> occurrence = calendar->selectedOccurrence();
        return occurrence ? occurrence->appointment->title : QString();
    };
    // The Menu key reaches a window as a context menu event (the platform turns it into one).
    const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused)
            return; // nothing has the focus: the key goes nowhere, and the check says what is missing
        if (key != Qt::Key_Menu) {
            QTest::keyClick(focused, Qt::Key(key), modifiers);
            return;
        }
        const QPoint middle = focused->rect().center();
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, middle, focused->mapToGlobal(middle));
        QApplication::sendEvent(focused, &menu);
    };
    // What a key opens (a dialog, a menu) waits for the user: looked at, then closed again.
    QString opened;
    const auto closeWhatOpens = [this, &opened] {
        opened.clear();
        QTimer::singleShot(0, this, [&opened] {
            if (!QTest::qWaitFor(
                    [] { return QApplication::activeModalWidget() || QApplication::activePopupWidget(); }))
                return;
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                opened = QStringLiteral("menu ") + menu->actions().value(0)->text();
                menu->close();
            } else if (auto* dialog = qobject_cast<AppointmentDialog*>(QApplication::activeModalWidget())) {
                const Appointment shown = dialog->appointment();
                opened = QStringLiteral("dialog ") + shown.title + QLatin1Char(' ')
                    + shown.start.toLocalTime().date().toString(Qt::ISODate);
                dialog->reject();
            }
        });
    };
    const auto stored = [&workspace, &first] {
        const std::optional<Appointment> appointment = workspace.appointments().find(first);
        return appointment ? appointment->start.toLocalTime().toString(QStringLiteral("ddd HH:mm"))
                + QLatin1Char('-') + appointment->end.toLocalTime().toString(QStringLiteral("HH:mm"))
                           : QStringLiteral("deleted");
    };
    const auto changes = [&](int key, Qt::KeyboardModifiers modifiers, const QString& expected) {
        reset(QStringLiteral("Erstgespräch"));
        press(key, modifiers);
        const bool changed = QTest::qWaitFor([&] { return stored() == expected; });
        const QString result = changed ? QString() : stored();
        window.undoStack()->undo();
        return result.isEmpty() && stored() == QLatin1String("Tue 10:00-10:50")
            ? QString()
            : QStringLiteral("stored ") + result;
    };
    const auto movesTo = [&](int key, const QDate& date) {
        reset();
        press(key);
        return calendar->focusDate() == date ? QString() : calendar->focusDate().toString(Qt::ISODate);
    };
    const auto walks = [&](const QList<int>& keys, const QStringList& expected) {
        reset();
        QStringList walked;
        for (int key : keys) {
            press(key);
            walked.append(selected());
        }
        return walked == expected ? QString() : walked.join(QStringLiteral(", "));
    };
    const bool grid = mode != CalendarWidget::Mode::Month && mode != CalendarWidget::Mode::Agenda;
    const auto upOrDown = [&](int key) {
        // The day's appointments in a grid, a week in the month, the whole list in the agenda.
        if (mode == CalendarWidget::Mode::Month)
            return movesTo(key, tuesday.addDays(key == Qt::Key_Up ? -7 : 7));
        const QString erstgespraech = QStringLiteral("Erstgespräch");
        const QString supervision = QStringLiteral("Supervision");
        if (key == Qt::Key_Up)
            return walks({ Qt::Key_Up, Qt::Key_Up }, { erstgespraech, erstgespraech });
        return walks({ Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Up },
                     grid ? QStringList { erstgespraech, supervision, supervision, erstgespraech }
                          : QStringList { erstgespraech, supervision, QStringLiteral("Fallbesprechung"),
                                          supervision });
    };
    const auto opens
        = [&](int key, Qt::KeyboardModifiers modifiers, const QString& selecting, const QString& expected) {
              reset(selecting);
              closeWhatOpens();
              press(key, modifiers);
              if (!QTest::qWaitFor([&opened] { return !opened.isEmpty(); }))
                  return QStringLiteral("nothing opened");
              return opened == expected ? QString() : QStringLiteral("opened ") + opened;
          };
    const std::map<QKeySequence, std::function<QString()>> checks {
        { QKeySequence(Qt::Key_Left), [&] { return movesTo(Qt::Key_Left, tuesday.addDays(-1)); } },
        { QKeySequence(Qt::Key_Right), [&] { return movesTo(Qt::Key_Right, tuesday.addDays(1)); } },
        { QKeySequence(Qt::Key_Up), [&] { return upOrDown(Qt::Key_Up); } },
        { QKeySequence(Qt::Key_Down), [&] { return upOrDown(Qt::Key_Down); } },
        { QKeySequence(Qt::Key_PageUp), [&] { return movesTo(Qt::Key_PageUp, tuesday.addDays(-pageDays)); } },
        { QKeySequence(Qt::Key_PageDown),
          [&] { return movesTo(Qt::Key_PageDown, tuesday.addDays(pageDays)); } },
        { QKeySequence(Qt::Key_T), [&] { return movesTo(Qt::Key_T, QDate(2026, 11, 27)); } },
        { QKeySequence(Qt::Key_Return),
          [&] {
              const QString opening = opens(Qt::Key_Return, Qt::NoModifier, QStringLiteral("Erstgespräch"),
                                            QStringLiteral("dialog Erstgespräch 2026-12-01"));
              reset();
              press(Qt::Key_Return); // without an appointment: the day on its own
              const bool day
                  = calendar->mode() == CalendarWidget::Mode::Day && calendar->focusDate() == tuesday;
              return opening + (day ? QString() : QStringLiteral(" not the day on its own"));
          } },
        { QKeySequence(Qt::Key_N),
          [&] { return opens(Qt::Key_N, Qt::NoModifier, {}, QStringLiteral("dialog  2026-12-01")); } },
        { QKeySequence(Qt::Key_Delete),
          [&] { return changes(Qt::Key_Delete, Qt::NoModifier, QStringLiteral("deleted")); } },
        { QKeySequence(Qt::Key_Menu),
          [&] {
              return opens(Qt::Key_Menu, Qt::NoModifier, QStringLiteral("Erstgespräch"),
                           QStringLiteral("menu &Open…"));
          } },
        { QKeySequence(Qt::SHIFT | Qt::Key_F10),
          [&] {
              return opens(Qt::Key_F10, Qt::ShiftModifier, QStringLiteral("Erstgespräch"),
                           QStringLiteral("menu &Open…"));
          } },
        { QKeySequence(Qt::ALT | Qt::Key_Up),
          [&] { return changes(Qt::Key_Up, Qt::AltModifier, QStringLiteral("Tue 09:45-10:35")); } },
        { QKeySequence(Qt::ALT | Qt::Key_Down),
          [&] { return changes(Qt::Key_Down, Qt::AltModifier, QStringLiteral("Tue 10:15-11:05")); } },
        { QKeySequence(Qt::ALT | Qt::Key_Left),
          [&] { return changes(Qt::Key_Left, Qt::AltModifier, QStringLiteral("Mon 10:00-10:50")); } },
        { QKeySequence(Qt::ALT | Qt::Key_Right),
          [&] { return changes(Qt::Key_Right, Qt::AltModifier, QStringLiteral("Wed 10:00-10:50")); } },
        { QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up),
          [&] {
              return changes(Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier,
                             QStringLiteral("Tue 10:00-10:35"));
          } },
        { QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down),
          [&] {
              return changes(Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier,
                             QStringLiteral("Tue 10:00-11:05"));
          } },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
          [&] {
              return changes(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier,
                             QStringLiteral("Tue 10:00-10:35"));
          } },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
          [&] {
              return changes(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier,
                             QStringLiteral("Tue 10:00-11:05"));
          } },
    };
    QStringList problems;
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("de") }) {
        for (const QKeySequence& key : calendarKeysInKeyboardHelp(language)) {
            if (!checks.count(key))
                problems.append(language + QStringLiteral(": ") + key.toString()
                                + QStringLiteral(" is not tested"));
        }
    }
    for (const auto& [key, check] : checks) {
        if (!calendarKeysInKeyboardHelp(QStringLiteral("en")).contains(key))
            problems.append(key.toString() + QStringLiteral(" is not in the help"));
        if (const QString problem = check(); !problem.isEmpty())
            problems.append(key.toString() + QStringLiteral(": ") + problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestMainWindow::everyAltKeyChoosesOneMenuItem_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestMainWindow::everyAltKeyChoosesOneMenuItem()
{
    // In German "ver&kürzen" shared K with "&Konflikte…": Alt+B, K only highlighted it.
    QFETCH(QString, language);
    Translations::install(*QCoreApplication::instance(), language);
    WiredMainWindow wired;
    const QStringList clashes = ShortcutAudit::mnemonicClashes(wired.window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestMainWindow::quittingWithAMessageInTheOutboxAsksFirst()
{
    // Tester12's J26: a client's link waited in the outbox (the mail server was away), and quitting
    // ended Vieraugen without a word; the link could only go once it ran again.
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    InvitationLog log(workspace.database(), workspace.clock());
    QNetworkAccessManager network;
    InviteService service(workspace.settings(), secrets, workspace.appointments(), log, network,
                          workspace.clock());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    window.setInvitations(&service, &log);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InvitationLog::Entry waiting;
    waiting.appointmentUid = QStringLiteral("beratung-vogel");
    QString error;
    QVERIFY2(log.add(waiting, &error) != 0, qPrintable(error));

    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    window.close(); // without a tray icon, closing the window is quitting
    // (The tests run without the English catalogue, which words the plural.)
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("1 message"))
                 && MessageBox::lastText().contains(QLatin1String("in the outbox")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(window.isVisible());

    MessageBox::setNextChoice(0); // Quit Anyway
    window.close();
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
