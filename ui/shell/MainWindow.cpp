#include "ui/shell/MainWindow.h"

#include "core/calendar/AppointmentStore.h"
#include "core/invite/InvitationLog.h"
#include "core/settings/FirstSetup.h"
#include "core/settings/Settings.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncStore.h"
#include "ui/calendar/CalendarWidget.h"
#include "ui/calendar/ReminderNotifier.h"
#include "ui/common/Announcer.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ScreenRoom.h"
#include "ui/invite/InvitationChangeNotice.h"
#include "ui/invite/InviteDialog.h"
#include "ui/session/SessionLauncher.h"
#include "ui/settings/CalendarsPage.h"
#include "ui/setup/SetupAssistant.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/HelpWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/UpdateDialog.h"
#include "ui/sync/ConflictDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

MainWindow::MainWindow(Settings& settings, SecretStore& secrets, AppointmentStore& appointments,
                       const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_appointments(appointments)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Vieraugen"));
    setAcceptDrops(true);

    m_calendar = new CalendarWidget(appointments, settings, clock, *m_undoStack, this);
    setCentralWidget(m_calendar);
    m_sessions = new SessionLauncher(settings, secrets, appointments, *m_undoStack, clock, this);
    connect(m_calendar, &CalendarWidget::startRequested, this, &MainWindow::startIfHeldHere);
    connect(m_calendar, &CalendarWidget::inviteRequested, this, &MainWindow::invite);
    connect(m_calendar, &CalendarWidget::startingSoon, m_sessions, &SessionLauncher::warmUpFor);
    connect(m_sessions, &SessionLauncher::openSessionsChanged, m_calendar, &CalendarWidget::setOpenSessions);
    connect(m_calendar, &CalendarWidget::checkRequested, m_sessions,
            qOverload<const Occurrence&>(&SessionLauncher::check));
    connect(m_sessions, &SessionLauncher::helpRequested, this, &MainWindow::showHelp);
    connect(m_sessions, &SessionLauncher::serverSetupRequested, this, &MainWindow::showServerSetup);
    connect(m_sessions, &SessionLauncher::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_calendar, &CalendarWidget::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    // What a change did ("… was added", "Undone: …") shows in the status bar, which screen readers
    // read only on request: said as it appears, and forgotten with it (it may name a client).
    auto* announcer = new Announcer(this);
    connect(statusBar(), &QStatusBar::messageChanged, announcer, [announcer](const QString& message) {
        if (message.isEmpty())
            announcer->clear();
        else
            announcer->announce(message);
    });

    // The messages in a line of their own, left of the sync state and elided before it ("…"),
    // whole in its tooltip and to screen readers: Qt cut them off mid-word at the sync state, so
    // that "Bereit. Ihr Kalender wird nur auf diesem C" ran on into "Teamkalender abgeglichen um
    // 20:23" as one sentence. Added first, so that it stays left of the permanent widgets.
    auto* message = new ElidedLabel(40, this);
    message->setObjectName(QStringLiteral("statusMessage"));
    statusBar()->addPermanentWidget(message, 1);
    connect(statusBar(), &QStatusBar::messageChanged, message, [message](const QString& text) {
        message->setText(text);
        message->setToolTip(text);
    });

    createMenus();
    showReadyMessage();

    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1100, 720);
    ScreenRoom::fit(this);
    restoreState(m_settings.mainWindowState());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newAppointment
        = file->addAction(tr("&New Appointment…"), this, [this] { m_calendar->newAppointment(); });
    newAppointment->setObjectName(QStringLiteral("newAppointmentAction"));
    newAppointment->setShortcut(QKeySequence::New);
    QAction* import = file->addAction(tr("&Import Calendar File…"), this, &MainWindow::importCalendar);
    import->setObjectName(QStringLiteral("importAction"));
    // Importing is opening a file; Ctrl+I belongs to Invite.
    import->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Export Calendar…"), this, &MainWindow::exportCalendar)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    // Not every desktop defines a Preferences key; Ctrl+, is what users know from elsewhere.
    settings->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                               ? QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_Comma) }
                               : QKeySequence::keyBindings(QKeySequence::Preferences));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is none on some platforms
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction* undo = m_undoStack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this);
    // Qt joins its prefix and the step with a space, "Rückgängig Thunderbird.ics importieren", which
    // reads as a broken sentence. Connected after Qt's own wording, so this one is shown.
    const auto nameAfterStep = [](QAction* action, const QString& bare, const QString& withStep) {
        return [action, bare, withStep](const QString& step) {
            action->setText(step.isEmpty() ? bare : withStep.arg(step));
        };
    };
    const auto nameUndo = nameAfterStep(undo, tr("&Undo"), tr("&Undo: %1"));
    const auto nameRedo = nameAfterStep(redo, tr("&Redo"), tr("&Redo: %1"));
    nameUndo(m_undoStack->undoText());
    nameRedo(m_undoStack->redoText());
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo, nameUndo);
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo, nameRedo);
    // The same keys on every desktop, as the help lists them (the platforms' Redo and Full Screen differ).
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    // The message of the step just taken back ("… was deleted. Undo with Ctrl+Z.") is no longer true.
    connect(undo, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Undone: %1").arg(m_undoStack->text(m_undoStack->index())), 8000);
    });
    connect(redo, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Redone: %1").arg(m_undoStack->text(m_undoStack->index() - 1)), 8000);
    });
    edit->addSeparator();
    QAction* open = edit->addAction(tr("&Open Appointment"), m_calendar, &CalendarWidget::openSelected);
    QAction* remove = edit->addAction(tr("&Delete Appointment"), m_calendar, &CalendarWidget::deleteSelected);
    remove->setObjectName(QStringLiteral("deleteAction"));
    // Alt+Shift+arrows do this in the calendar, where the window manager leaves them to it.
    QAction* longer = edit->addAction(tr("Make 15 Minutes &Longer"), m_calendar,
                                      [this] { m_calendar->resizeSelected(15); });
    longer->setObjectName(QStringLiteral("longerAction"));
    longer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    QAction* shorter = edit->addAction(tr("Make 15 Minutes &Shorter"), m_calendar,
                                       [this] { m_calendar->resizeSelected(-15); });
    shorter->setObjectName(QStringLiteral("shorterAction"));
    shorter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    for (QAction* action : { open, remove, longer, shorter }) {
        action->setEnabled(false);
        connect(m_calendar, &CalendarWidget::selectionChanged, action, &QAction::setEnabled);
    }
    edit->addSeparator();
    edit->addAction(tr("&Find…"), m_calendar, &CalendarWidget::focusSearch)->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    auto* modes = new QActionGroup(this);
    const std::pair<CalendarWidget::Mode, QString> modeNames[] = {
        { CalendarWidget::Mode::Day, tr("&Day") },       { CalendarWidget::Mode::WorkWeek, tr("&Work Week") },
        { CalendarWidget::Mode::Week, tr("W&eek") },     { CalendarWidget::Mode::Month, tr("&Month") },
        { CalendarWidget::Mode::Agenda, tr("&Agenda") },
    };
    for (const auto& [mode, name] : modeNames) {
        QAction* action
            = view->addAction(name, m_calendar, [this, mode = mode] { m_calendar->setMode(mode); });
        action->setCheckable(true);
        action->setChecked(mode == m_calendar->mode());
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(mode))));
        modes->addAction(action);
    }
    view->addSeparator();
    view->addAction(tr("&Today"), m_calendar, &CalendarWidget::goToday)->setShortcut(QKeySequence(Qt::Key_T));
    view->addAction(tr("&Previous"), m_calendar, &CalendarWidget::goPrevious)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp)); // Alt+Left moves the selected appointment
    view->addAction(tr("&Next"), m_calendar, &CalendarWidget::goNext)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    view->addSeparator();
    // At 200 % on a small screen the month overview and the next appointment give way to the views;
    // here they come back (the next appointment with its Start above the views, when the side has
    // no room), or go for the room.
    QAction* sidebar = view->addAction(tr("&Sidebar"));
    sidebar->setObjectName(QStringLiteral("sidebarAction"));
    sidebar->setShortcut(QKeySequence(Qt::Key_F9));
    sidebar->setCheckable(true);
    m_calendar->setSidebarChoice(m_settings.sidebarShown());
    sidebar->setChecked(m_settings.sidebarShown().value_or(m_calendar->isSidebarShown()));
    connect(sidebar, &QAction::triggered, this, [this](bool shown) {
        m_settings.setSidebarShown(shown);
        m_calendar->setSidebarChoice(shown);
    });
    connect(m_calendar, &CalendarWidget::sidebarShownChanged, sidebar,
            [this, sidebar](bool shown) { sidebar->setChecked(m_settings.sidebarShown().value_or(shown)); });
    QAction* statusBarToggle = view->addAction(tr("Status &Bar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);
    QAction* reminders = view->addAction(tr("&Reminders"), this, [this] {
        if (!m_reminders || !m_reminders->bringForward())
            statusBar()->showMessage(tr("No reminder is due."), 8000);
    });
    reminders->setShortcut(ReminderNotifier::bringForwardKey());
    QAction* fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });

    QMenu* session = menuBar()->addMenu(tr("&Session"));
    session->setObjectName(QStringLiteral("sessionMenu"));
    QAction* startNext = session->addAction(tr("Start &Next Session"), this, &MainWindow::startNextSession);
    startNext->setObjectName(QStringLiteral("startNextSessionAction"));
    startNext->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    startNext->setStatusTip(
        tr("Starts the next session by video, phone or link (not appointments in person)."));
    QAction* startSelected
        = session->addAction(tr("&Start Selected Session"), this, &MainWindow::startSelectedSession);
    startSelected->setObjectName(QStringLiteral("startSelectedSessionAction"));
    startSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    QAction* check = session->addAction(tr("&Check Camera, Microphone and Connection…"), this,
                                        &MainWindow::checkBeforeSession);
    check->setObjectName(QStringLiteral("checkAction"));
    check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    check->setStatusTip(tr("Test the devices and the video server of the selected or next session."));
    session->addSeparator();
    m_inviteAction = session->addAction(tr("&Invite Participants…"), this, &MainWindow::inviteSelected);
    m_inviteAction->setObjectName(QStringLiteral("inviteAction"));
    m_inviteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_inviteAction->setEnabled(false);
    m_inviteAction->setStatusTip(tr("Send the selected appointment's link and password on separate ways."));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* helpPages = help->addAction(tr("Vieraugen &Help"), this, [this] { showHelp(); });
    helpPages->setObjectName(QStringLiteral("helpAction"));
    helpPages->setShortcut(QKeySequence::HelpContents);
    help->addAction(check);
    QAction* setup = help->addAction(tr("Set &Up Vieraugen…"), this, &MainWindow::showSetup);
    setup->setObjectName(QStringLiteral("setupAction"));
    setup->setStatusTip(tr("Your name and service, the video server from your IT's setup file, and a device "
                           "check."));
    QAction* updates = help->addAction(tr("Check for Up&dates…"), this, [this] {
        UpdateDialog dialog(m_settings.updateFeedUrl(), this);
        dialog.exec();
    });
    updates->setObjectName(QStringLiteral("updatesAction"));
    updates->setStatusTip(tr("Asks the address your organization set for updates whether a newer version "
                             "exists."));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Vieraugen"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::startSession(const QString& uid, const QDateTime& recurrenceId)
{
    if (const std::optional<Occurrence> occurrence = m_appointments.occurrenceOf(uid, recurrenceId))
        startIfHeldHere(*occurrence);
    else
        statusBar()->showMessage(tr("The appointment no longer exists."), 8000);
}

void MainWindow::startNextSession()
{
    if (const std::optional<Occurrence> next = m_calendar->nextSession())
        startIfHeldHere(*next);
    else
        statusBar()->showMessage(tr("No session is planned for the next two weeks."), 8000);
}

void MainWindow::startSelectedSession()
{
    if (const std::optional<Occurrence> selected = m_calendar->selectedOccurrence())
        startIfHeldHere(*selected);
    else
        statusBar()->showMessage(tr("Select an appointment in the calendar first."), 8000);
}

void MainWindow::startIfHeldHere(const Occurrence& occurrence)
{
    if (const std::optional<QString> holder
        = m_sync ? m_sync->heldBySomeoneElse(*occurrence.appointment) : std::nullopt) {
        statusBar()->showMessage(
            tr("%1 holds this appointment: only their Vieraugen starts the session. You can still send the "
               "invitation.")
                .arg(*holder),
            8000);
        return;
    }
    m_sessions->start(occurrence);
}

void MainWindow::setTeamCalendars(SyncStore* sync)
{
    m_sync = sync;
    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    statusBar()->addPermanentWidget(m_syncState);
    m_conflictsAction = new QAction(tr("Decide &Conflicts with the Server…"), this);
    m_conflictsAction->setObjectName(QStringLiteral("conflictsAction"));
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::decideConflicts);
    if (QMenu* edit = menuBar()->findChild<QMenu*>(QStringLiteral("editMenu")))
        edit->addAction(m_conflictsAction);
    m_conflictsButton = new QToolButton(this);
    m_conflictsButton->setObjectName(QStringLiteral("conflictsButton"));
    m_conflictsButton->setText(tr("Decide…"));
    m_conflictsButton->setToolTip(m_conflictsAction->text().remove(QLatin1Char('&')));
    connect(m_conflictsButton, &QToolButton::clicked, this, &MainWindow::decideConflicts);
    statusBar()->addPermanentWidget(m_conflictsButton);
    connect(&m_appointments, &AppointmentStore::changed, this, &MainWindow::showSyncState);
    // Conflicts left from before are in the status bar; only new ones are announced.
    m_conflictsSeen = sync->state().conflicts;
    showCalendars();
    showReadyMessage();
}

QStringList MainWindow::readyMessages()
{
    return { tr("Ready. Your calendar is stored on this computer only."),
             tr("Ready. Team calendars are kept in step with their server; the calendar \"On this "
                "computer\" stays here.") };
}

void MainWindow::showReadyMessage()
{
    statusBar()->showMessage(readyMessages().at(m_sync && !m_sync->accounts().isEmpty() ? 1 : 0));
}

void MainWindow::showCalendars()
{
    m_calendar->setCalendars(m_sync->calendars());
    showSyncState();
    // It names where the calendar is kept: after an account was added, it still said "on this
    // computer only" beside the team calendar's sync state.
    if (readyMessages().contains(statusBar()->currentMessage()))
        showReadyMessage();
}

void MainWindow::showSyncState()
{
    if (!m_sync)
        return;
    const SyncState state = m_sync->state();
    const bool hasAccounts = !m_sync->accounts().isEmpty();
    m_conflictsAction->setEnabled(state.conflicts > 0);
    if (m_syncNowAction)
        m_syncNowAction->setEnabled(hasAccounts);
    m_conflictsButton->setVisible(state.conflicts > 0);
    if (state.conflicts > m_conflictsSeen)
        noticeNewConflicts(state.conflicts);
    m_conflictsSeen = state.conflicts;
    m_syncState->setText(hasAccounts ? state.text(QTimeZone::systemTimeZone()) : QString());
    fitSyncState();
}

void MainWindow::fitSyncState()
{
    // One line while it fits in half the status bar, beside its messages; longer (what went wrong
    // and what to do, "… enter it again in Settings → Calendars"), it wraps in that half instead
    // of being cut off on a small screen or with large fonts.
    const int half = statusBar()->width() / 2;
    const bool wrap = m_syncState->fontMetrics().horizontalAdvance(m_syncState->text()) > half;
    m_syncState->setWordWrap(wrap);
    m_syncState->setMinimumWidth(wrap ? half : 0);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (m_syncState)
        fitSyncState();
}

void MainWindow::noticeNewConflicts(int conflicts)
{
    const QString title = tr("Changes Set Aside");
    const QString text
        = tr("%n change(s) made here could not go to the server: the same appointment was changed there "
             "meanwhile. The calendar shows the server's version; yours is kept until you decide.",
             nullptr, conflicts);
    Q_EMIT attentionRequested(title, text);
    // "… was saved" from the form would still stand there, but the calendar shows the server's version.
    statusBar()->showMessage(
        tr("%n change(s) set aside until you decide: the calendar shows the server's version.", nullptr,
           conflicts));
    if (!m_conflictNotice) {
        // Not modal: it must not block the calendar (or a session) until it is answered.
        m_conflictNotice
            = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::NoButton, this);
        m_conflictNotice->setObjectName(QStringLiteral("conflictNotice"));
        m_conflictNotice->setWindowModality(Qt::NonModal);
        QPushButton* decide = m_conflictNotice->addButton(tr("&Decide Now…"), QMessageBox::AcceptRole);
        m_conflictNotice->addButton(tr("&Later"), QMessageBox::RejectRole);
        m_conflictNotice->setDefaultButton(decide);
        connect(m_conflictNotice, &QMessageBox::accepted, this, &MainWindow::decideConflicts);
    }
    m_conflictNotice->setText(text);
    m_conflictNotice->show();
    m_conflictNotice->raise();
}

void MainWindow::noticeMergedChanges()
{
    // A change saved here met a colleague's on the server: "… was saved" alone would not say that
    // the calendar now shows both.
    const int merged = m_syncEngine->lastCounts().merged;
    if (merged > 0)
        statusBar()->showMessage(tr(
            "%n change(s) combined with a change on the server: both are in the calendar.", nullptr, merged));
}

void MainWindow::setSyncEngine(SyncEngine* engine)
{
    m_syncEngine = engine;
    // Without it, a colleague's booking waited for the next periodic sync (up to five minutes).
    m_syncNowAction = new QAction(tr("Sync Team Calendars &Now"), this);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_syncNowAction, &QAction::triggered, engine, &SyncEngine::syncNow);
    if (QMenu* edit = menuBar()->findChild<QMenu*>(QStringLiteral("editMenu")))
        edit->insertAction(m_conflictsAction, m_syncNowAction);
    showSyncState();
    connect(engine, &SyncEngine::started, this,
            [this] { m_syncState->setText(tr("Syncing the team calendars…")); });
    connect(engine, &SyncEngine::finished, this, &MainWindow::showCalendars);
    connect(engine, &SyncEngine::finished, this, &MainWindow::noticeMergedChanges);
}

void MainWindow::decideConflicts()
{
    if (!m_sync)
        return;
    const int before = m_sync->conflicts().count();
    ConflictDialog dialog(m_sync->conflicts(), m_appointments, this);
    dialog.exec();
    // "… set aside until you decide" would otherwise stand there after she decided.
    if (const int decided = before - m_sync->conflicts().count(); decided > 0)
        statusBar()->showMessage(
            tr("%n conflict(s) decided: the calendar shows what you chose.", nullptr, decided), 8000);
    showSyncState();
}

void MainWindow::setInvitations(InviteService* service, InvitationLog* log)
{
    m_invitations = service;
    m_invitationLog = log;
    m_inviteAction->setEnabled(service && log);
    connect(m_sessions, &SessionLauncher::inviteRequested, this, &MainWindow::invite, Qt::UniqueConnection);
    if (service)
        connect(new InvitationChangeNotice(*service, this), &InvitationChangeNotice::reported, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::invite(const Occurrence& occurrence)
{
    if (!m_invitations)
        return;
    // Its link went out from its own program, or goes by hand: an invite dialog had nothing to send.
    if (occurrence.appointment->kind == SessionKind::ExternalLink) {
        m_sessions->inviteElsewhere(occurrence);
        return;
    }
    InviteDialog dialog(*m_invitations, *m_invitationLog, m_appointments, occurrence,
                        QApplication::activeWindow());
    dialog.exec();
}

void MainWindow::inviteSelected()
{
    if (const std::optional<Occurrence> selected = m_calendar->selectedOccurrence())
        invite(*selected);
    else if (const std::optional<Occurrence> next = m_calendar->nextAppointment())
        invite(*next);
    else
        statusBar()->showMessage(tr("Select an appointment in the calendar first."), 8000);
}

void MainWindow::showHelp(const QString& topic)
{
    if (!m_help) {
        const QString language
            = m_settings.uiLanguage().isEmpty() ? QLocale().name().left(2) : m_settings.uiLanguage();
        m_help = new HelpWindow(language, this);
    }
    m_help->showTopic(topic);
}

void MainWindow::checkBeforeSession()
{
    // The selected video appointment, else the next one, else the default server.
    for (const std::optional<Occurrence>& candidate :
         { m_calendar->selectedOccurrence(), m_calendar->nextAppointment() }) {
        if (candidate && candidate->appointment->kind == SessionKind::Jitsi) {
            m_sessions->check(*candidate);
            return;
        }
    }
    if (const std::optional<ServerProfile> server
        = m_settings.serverProfile(m_settings.defaultServerProfileId()))
        m_sessions->check(*server);
    else
        m_sessions->checkDevices();
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_secrets, this);
    if (m_sync) {
        auto* calendars = new CalendarsPage(*m_sync, m_secrets, &dialog);
        connect(calendars, &CalendarsPage::calendarsChanged, this, &MainWindow::showCalendars);
        // A new account's calendars fill at once, not at the next periodic sync.
        if (m_syncEngine)
            connect(calendars, &CalendarsPage::calendarsChanged, m_syncEngine, &SyncEngine::syncNow);
        dialog.addPage(tr("Calendars"), calendars);
    }
    dialog.exec();
}

void MainWindow::openSetup(SetupAssistant::Step step, const QString& notice)
{
    const bool wasOpen = m_setup && m_setup->isVisible();
    if (!m_setup) {
        m_setup = new SetupAssistant(m_settings, m_secrets, *m_sessions, this);
        m_setup->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_setup, &SetupAssistant::helpRequested, this, &MainWindow::showHelp);
        // Queued: the appointment dialog opens once the assistant is gone, not behind it.
        connect(
            m_setup, &SetupAssistant::newAppointmentRequested, m_calendar,
            [this] { m_calendar->newAppointment(); }, Qt::QueuedConnection);
        connect(m_setup, &QDialog::rejected, this, [this] {
            statusBar()->showMessage(tr("You can set up Vieraugen any time: Help → Set Up Vieraugen…"), 8000);
        });
    }
    if (!wasOpen || step != SetupAssistant::Step::Identity)
        m_setup->startAt(step, notice);
    m_setup->open();
    m_setup->raise();
    m_setup->activateWindow();
}

void MainWindow::showSetup()
{
    openSetup(SetupAssistant::Step::Identity, {});
}

void MainWindow::offerSetupOnFirstStart()
{
    if (FirstSetup::shouldOffer(m_settings, m_appointments))
        showSetup();
}

void MainWindow::showServerSetup(const QString& explanation)
{
    openSetup(SetupAssistant::Step::Server, explanation);
}

void MainWindow::importCalendar()
{
    const QString path
        = FileDialog::openFileName(this, tr("Import Calendar File"), m_settings.calendarFileFolder(),
                                   tr("Calendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setCalendarFileFolder(QFileInfo(path).absolutePath());
    openFiles({ path });
}

void MainWindow::exportCalendar()
{
    // The file leaves Vieraugen's care: whoever gets it can read it. Without asking, it carried
    // clients' names, contacts and the notes that are "never sent".
    const int choice = MessageBox::choose(
        this, tr("Export Calendar"),
        tr("Should the file hold clients' names, contact details and your private notes? Anyone who "
           "gets the file can read what it holds."),
        { tr("&Times only, no clients' data"), tr("&Everything, with clients' data") });
    if (choice < 0)
        return;
    const QString path
        = FileDialog::saveFileName(this, tr("Export Calendar"), m_settings.calendarFileFolder(),
                                   tr("calendar.ics"), tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    m_settings.setCalendarFileFolder(QFileInfo(path).absolutePath());
    QString report;
    if (m_calendar->exportFile(path, choice == 0 ? IcsCodec::Detail::Times : IcsCodec::Detail::Full, &report))
        statusBar()->showMessage(report, 8000);
    else
        MessageBox::warning(this, tr("Export failed"), report);
}

void MainWindow::openFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        IcsImportReport report;
        const bool imported = m_calendar->importFile(path, &report);
        const QString headline = report.headline(QDir::toNativeSeparators(path));
        if (imported)
            MessageBox::report(this, QMessageBox::Information, tr("Import"), headline, report.findingsText());
        else
            MessageBox::report(this, QMessageBox::Warning, tr("Import failed"),
                               headline + QLatin1Char('\n') + tr("Nothing was imported."),
                               report.findingsText());
    }
}

void MainWindow::showAppointment(const QString& uid)
{
    m_calendar->openAppointment(uid, QDateTime());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) {
            return url.isLocalFile() && url.fileName().endsWith(QLatin1String(".ics"), Qt::CaseInsensitive);
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.fileName().endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
            paths.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::setTray(QSystemTrayIcon* tray)
{
    m_tray = tray;
    // Reminder and session windows closing while this one is in the tray must not end the app.
    QApplication::setQuitOnLastWindowClosed(!tray);
}

void MainWindow::setReminders(ReminderNotifier* reminders)
{
    m_reminders = reminders;
}

bool MainWindow::mayQuit()
{
    // The sessions last: once the counselor agrees there, they end, so nothing may be asked after.
    return mayQuitWithWaitingMessages() && m_sessions->mayQuit();
}

bool MainWindow::mayQuitWithWaitingMessages()
{
    if (!m_invitationLog)
        return true;
    // Messages in the outbox leave only while Vieraugen runs: quitting kept a client's link from
    // going until the counselor opened Vieraugen again.
    const QList<InvitationLog::Entry> outbox = m_invitationLog->outbox();
    const auto waiting = std::count_if(outbox.cbegin(), outbox.cend(), [](const InvitationLog::Entry& entry) {
        return entry.status == InvitationLog::Status::Pending;
    });
    return waiting == 0
        || MessageBox::choose(
               this, tr("Quit Vieraugen"),
               tr("%n message(s) to participants still wait in the outbox. They can only be "
                  "sent while Vieraugen runs: if you quit now, they wait until you open it again.",
                  nullptr, int(waiting)),
               { tr("&Quit Anyway") }, MessageBox::cancelIsDefault)
        == 0;
}

void MainWindow::quit()
{
    if (!mayQuit())
        return;
    m_quitting = true;
    if (!close()) {
        m_quitting = false;
        return;
    }
    // A session window still hanging up holds the quit back; Vieraugen ends with the last of them,
    // also while a tray icon would keep it running.
    QApplication::setQuitOnLastWindowClosed(true);
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    // Without a tray icon, closing this window is quitting, and asks as Quit does while a session
    // is open: the session went on without the calendar, and Vieraugen quit once it ended.
    if (!m_tray && !m_quitting && !mayQuit()) {
        event->ignore();
        return;
    }
    if (m_tray && !m_quitting) {
        if (!m_settings.trayExplained()) {
            MessageBox::information(this, tr("Vieraugen keeps running"),
                                    tr("Vieraugen stays in the system tray, so that reminders still come. "
                                       "To end it, choose Quit in the tray icon's menu or File → Quit."));
            m_settings.setTrayExplained(true);
            m_settings.sync();
        }
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}
