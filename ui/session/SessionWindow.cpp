#include "ui/session/SessionWindow.h"

#include "core/base/Logging.h"
#include "core/meeting/SessionTimer.h"
#include "ui/common/Announcer.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadableColors.h"
#include "ui/session/KnockWindow.h"
#include "ui/session/KnockerList.h"
#include "ui/session/SessionBridge.h"
#include "ui/session/SessionPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineView>

SessionWindow::SessionWindow(const SessionPlan& plan, SessionPage* page, const Clock& clock, QWidget* parent)
    : AbstractSessionWindow(parent)
    , m_plan(plan)
    , m_page(page)
    , m_view(new QWebEngineView(this))
    , m_moderatorState(new QLabel(this))
    , m_lockState(new QLabel(this))
    , m_lobbyState(new QLabel(this))
    , m_encryptionState(new QLabel(this))
    , m_participantState(new QLabel(this))
    , m_connectionState(new QLabel(this))
    , m_timerState(new QLabel(this))
    , m_timer(new SessionTimer(clock, plan.occurrence.start, plan.occurrence.end, this))
    , m_lobbyPanel(new QFrame(this))
    , m_lobbyList(new KnockerList(m_lobbyPanel))
    , m_notice(new QLabel(this))
    , m_announcer(new Announcer(this))
    , m_rejoinButton(new QPushButton(tr("&Rejoin"), this))
    , m_noticeHelp(new QPushButton(tr("Help"), this))
    , m_tryAgainButton(new QPushButton(tr("&Try Again"), this))
    , m_captureBanner(new QFrame(this))
    , m_captureText(new QLabel(m_captureBanner))
    , m_stopCaptureButton(new QPushButton(tr("&Stop It"), m_captureBanner))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("sessionWindow"));
    showTitle();
    m_page->setParent(this);
    m_page->setServer(plan.server.baseUrl);
    m_view->setPage(m_page);
    nameTheMeeting();
    // The meeting's engine puts an inner widget of its own in front of the view, later, and the
    // focus goes to it (after Start, after admitting someone): without a name a screen reader said
    // only "filler".
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && now == m_view->focusProxy() && now->accessibleName() != m_view->accessibleName())
            now->setAccessibleName(m_view->accessibleName());
    });

    m_moderatorState->setObjectName(QStringLiteral("moderatorState"));
    m_lockState->setObjectName(QStringLiteral("lockState"));
    m_lobbyState->setObjectName(QStringLiteral("lobbyState"));
    m_encryptionState->setObjectName(QStringLiteral("encryptionState"));
    m_participantState->setObjectName(QStringLiteral("participantState"));
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    m_timerState->setObjectName(QStringLiteral("sessionTimer"));
    // The room's state in rows that wrap: side by side in one row, at 200 % on a small screen each
    // was squeezed to a stub ("○ Raumpa") and whether the room had a password could not be read.
    auto* roomState = new QWidget(this);
    roomState->setObjectName(QStringLiteral("roomState"));
    auto* roomStateRows = new FlowLayout(roomState);
    roomStateRows->setContentsMargins(0, 0, 0, 0);
    for (QLabel* label : { m_timerState, m_connectionState, m_moderatorState, m_lockState, m_lobbyState,
                           m_encryptionState, m_participantState })
        roomStateRows->addWidget(label);
    statusBar()->addPermanentWidget(roomState);
    // A status bar is as high as one row of text (a fixed height): the rows below were cut off.
    statusBar()->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    auto* ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, &SessionWindow::showTime);
    ticker->start(1000);
    connect(m_timer, &SessionTimer::nearEnd, this, [this] {
        // Quiet: no sound, no notification; the strip says it and the time turns bold.
        QFont bold = m_timerState->font();
        bold.setBold(true);
        m_timerState->setFont(bold);
        statusBar()->showMessage(
            tr("%n minute(s) left in this session.", nullptr, int(SessionTimer::cueBeforeEndMs / 60000)),
            60000);
    });
    showTime();

    m_notice->setObjectName(QStringLiteral("sessionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_rejoinButton->setObjectName(QStringLiteral("rejoinButton"));
    m_rejoinButton->setVisible(false);
    connect(m_rejoinButton, &QPushButton::clicked, this, &SessionWindow::rejoin);
    m_tryAgainButton->setObjectName(QStringLiteral("tryAgainButton"));
    m_tryAgainButton->setVisible(false);
    connect(m_tryAgainButton, &QPushButton::clicked, this, &SessionWindow::tryAgain);
    m_noticeHelp->setObjectName(QStringLiteral("noticeHelpButton"));
    m_noticeHelp->setVisible(false);
    connect(m_noticeHelp, &QPushButton::clicked, this, [this] { Q_EMIT helpRequested(m_noticeTopic); });

    m_lobbyPanel->setObjectName(QStringLiteral("lobbyPanel"));
    auto* lobbyLayout = new QVBoxLayout(m_lobbyPanel);
    auto* lobbyHeading = new QLabel(tr("<b>Waiting in the lobby</b>"), m_lobbyPanel);
    lobbyLayout->addWidget(lobbyHeading);
    lobbyLayout->addWidget(m_lobbyList);
    connect(m_lobbyList, &KnockerList::admitRequested, this,
            [this](const QString& id) { m_meeting->admit(id); });
    connect(m_lobbyList, &KnockerList::denyRequested, this, [this](const QString& id) { deny(id, this); });
    lobbyLayout->addStretch();
    m_lobbyPanel->setMinimumWidth(220);
    m_lobbyPanel->setVisible(false);

    // Recording cannot go unnoticed: a red band across the top until it stops.
    m_captureBanner->setObjectName(QStringLiteral("captureBanner"));
    m_captureBanner->setAutoFillBackground(true);
    QPalette alarm = m_captureBanner->palette();
    alarm.setColor(QPalette::Window, ReadableColors::noticeText(ReadableColors::Notice::Problem, alarm));
    alarm.setColor(QPalette::WindowText, palette().color(QPalette::Window));
    m_captureBanner->setPalette(alarm);
    m_captureText->setObjectName(QStringLiteral("captureText"));
    m_captureText->setWordWrap(true);
    QFont loud = m_captureText->font();
    loud.setBold(true);
    loud.setPointSizeF(loud.pointSizeF() * 1.2);
    m_captureText->setFont(loud);
    m_stopCaptureButton->setObjectName(QStringLiteral("stopCaptureButton"));
    // Reached by Tab, "Stop It" alone did not say what it ends (the session, Vieraugen?).
    m_stopCaptureButton->setAccessibleName(tr("Stop the recording, live stream or transcription"));
    connect(m_stopCaptureButton, &QPushButton::clicked, this, [this] { m_meeting->stopCaptures(); });
    auto* bannerLayout = new QHBoxLayout(m_captureBanner);
    bannerLayout->addWidget(m_captureText, 1);
    bannerLayout->addWidget(m_stopCaptureButton);
    m_captureBanner->setVisible(false);

    auto* noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_rejoinButton);
    noticeRow->addWidget(m_tryAgainButton);
    noticeRow->addWidget(m_noticeHelp);
    auto* meetingRow = new QHBoxLayout;
    meetingRow->setContentsMargins(0, 0, 0, 0);
    meetingRow->addWidget(m_view, 1);
    meetingRow->addWidget(m_lobbyPanel);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_captureBanner);
    layout->addLayout(noticeRow);
    layout->addLayout(meetingRow, 1);
    setCentralWidget(central);
    // Tab out of the meeting gives the lobby's buttons the focus without saying that the keyboard
    // moved it, and the style then draws no focus frame: a keyboard user saw nothing focused.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* before, QWidget* now) {
        const auto inMeeting
            = [this](const QWidget* widget) { return widget == m_view || m_view->isAncestorOf(widget); };
        if (before && now && now->window() == this && inMeeting(before) && !inMeeting(now)
            && QGuiApplication::mouseButtons() == Qt::NoButton) {
            setAttribute(Qt::WA_KeyboardFocusChange);
            now->update();
        }
    });

    m_meeting = new MeetingSession(m_plan.roomPassword, this);
    createActions();

    connect(m_page, &SessionPage::externalLinkRequested, this,
            [](const QUrl& url) { QDesktopServices::openUrl(url); });
    connect(m_page, &SessionPage::certificateRefused, this,
            [this](const QString& host, const QString& description) {
                showNotice(
                    tr("The connection to %1 is not trustworthy (%2), so Vieraugen did not connect. Ask your "
                       "administrator to renew the server's certificate, or switch to the backup server.")
                        .arg(host, description));
            });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status) {
                if (status == QWebEnginePage::NormalTerminationStatus)
                    return;
                qCWarning(lcMeeting) << "the session's renderer stopped:" << status;
                showNotice(tr("The meeting view stopped unexpectedly. Rejoin to continue the session."),
                           true);
            });
    connect(m_page, &SessionPage::hostReady, this, &SessionWindow::startMeeting);
    if (m_page->isHostReady())
        QTimer::singleShot(0, this, &SessionWindow::startMeeting);

    if (plan.startsWithVideoOff())
        showNotice(tr("%n people take part in this session. To keep it stable, cameras start off; Vieraugen "
                      "recommends video for at most %1.",
                      nullptr, plan.participantCount)
                       .arg(SessionPlan::maxParticipantsWithVideo),
                   false, QStringLiteral("participants"));
    // On an office laptop's screen (1366×768 less the task bar) the status strip at the bottom,
    // with the room's security state, must stay visible: never larger than the screen.
    const QSize roomForFrame(16, 48);
    resize(QSize(1200, 800).boundedTo(screen()->availableGeometry().size() - roomForFrame));
}

SessionWindow::~SessionWindow()
{
    // The view must let go of the page before the page goes.
    delete m_view;
    delete m_page;
}

void SessionWindow::showDevices()
{
    for (auto it = m_deviceMenus.cbegin(); it != m_deviceMenus.cend(); ++it) {
        QMenu* menu = it.value();
        menu->clear();
        const QList<MeetingSession::Device> devices = m_meeting->devices(it.key());
        if (devices.isEmpty())
            menu->addAction(tr("Looking for devices…"))->setEnabled(false);
        for (const MeetingSession::Device& device : devices) {
            QAction* action = menu->addAction(device.label);
            connect(action, &QAction::triggered, this, [this, kind = it.key(), device] {
                m_meeting->useDevice(kind, device);
                Q_EMIT deviceChosen(kind, device.label);
            });
        }
    }
}

void SessionWindow::createActions()
{
    QToolBar* toolbar = addToolBar(tr("Session"));
    toolbar->setObjectName(QStringLiteral("sessionToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QMenu* sessionMenu = menuBar()->addMenu(tr("&Session"));
    QMenu* problemsMenu = menuBar()->addMenu(tr("&Problems?"));
    problemsMenu->setObjectName(QStringLiteral("problemsMenu"));

    const auto add = [this](QMenu* menu, const QString& text, const QKeySequence& shortcut,
                            const QString& name, auto slot) {
        QAction* action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    m_muteAction = add(sessionMenu, tr("&Mute Microphone"), QKeySequence(Qt::CTRL | Qt::Key_D),
                       QStringLiteral("muteAction"), [this] { m_meeting->toggleAudio(); });
    m_muteAction->setCheckable(true);
    m_cameraAction = add(sessionMenu, tr("Turn &Camera Off"), QKeySequence(Qt::CTRL | Qt::Key_E),
                         QStringLiteral("cameraAction"), [this] { m_meeting->toggleVideo(); });
    m_cameraAction->setCheckable(true);
    sessionMenu->addSeparator();
    QAction* copyLink
        = add(sessionMenu, tr("Copy &Guest Link"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
              QStringLiteral("copyGuestLinkAction"), &SessionWindow::copyGuestLink);
    copyLink->setStatusTip(tr("The link for another participant. Send the password separately."));
    add(sessionMenu, tr("&Invite Another Participant…"), QKeySequence(Qt::CTRL | Qt::Key_I),
        QStringLiteral("inviteAction"), [this] { Q_EMIT inviteRequested(m_plan.occurrence); });
    add(sessionMenu, tr("Open in My &Browser Instead"), QKeySequence(), QStringLiteral("openInBrowserAction"),
        &SessionWindow::openInBrowser);
    add(sessionMenu, tr("Go to the &Waiting Room"), QKeySequence(Qt::CTRL | Qt::Key_L),
        QStringLiteral("lobbyAction"), &SessionWindow::goToLobby);
    sessionMenu->addSeparator();
    QAction* hangUpAction = add(sessionMenu, tr("&Hang Up"), QKeySequence(Qt::CTRL | Qt::Key_W),
                                QStringLiteral("hangUpAction"), [this] {
                                    if (mayLeave(MeetingSession::Leaving::EndForEveryone))
                                        hangUp();
                                });
    hangUpAction->setStatusTip(tr("Ends the meeting for everyone, so no client is left alone in the room."));
    QAction* leaveAction
        = add(sessionMenu, tr("&Leave, Others Stay"), QKeySequence(), QStringLiteral("leaveAction"), [this] {
              if (mayLeave(MeetingSession::Leaving::OthersStay))
                  hangUp(MeetingSession::Leaving::OthersStay);
          });
    leaveAction->setStatusTip(tr("You leave; the others can go on talking without you."));

    QMenu* quality = problemsMenu->addMenu(tr("Video &Quality"));
    m_qualityGroup = new QActionGroup(this);
    const std::pair<QString, MeetingSession::VideoQuality> levels[] = {
        { tr("&High (720p)"), MeetingSession::VideoQuality::High },
        { tr("&Standard (360p)"), MeetingSession::VideoQuality::Standard },
        { tr("&Low (180p): for weak connections"), MeetingSession::VideoQuality::Low },
    };
    for (const auto& [text, level] : levels) {
        QAction* action = quality->addAction(text);
        action->setCheckable(true);
        action->setChecked(level == MeetingSession::VideoQuality::High);
        action->setData(int(level));
        action->setObjectName(QStringLiteral("quality%1Action").arg(int(level)));
        m_qualityGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, level] { m_meeting->setVideoQuality(level); });
    }
    m_audioOnlyAction = add(problemsMenu, tr("&Audio Only"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                            QStringLiteral("audioOnlyAction"),
                            [this] { m_meeting->setAudioOnly(m_audioOnlyAction->isChecked()); });
    m_audioOnlyAction->setCheckable(true);
    m_audioOnlyAction->setStatusTip(
        tr("Turns off all video; helps most when the picture freezes or sound drops."));
    add(problemsMenu, tr("&Reload the Meeting"), QKeySequence(Qt::Key_F5), QStringLiteral("reloadAction"),
        &SessionWindow::rejoin);
    QAction* backup = add(problemsMenu, tr("Switch to the &Backup Server…"), QKeySequence(),
                          QStringLiteral("backupServerAction"), [this] { Q_EMIT backupServerRequested(); });
    backup->setEnabled(!m_plan.server.backupProfileId.isEmpty());
    backup->setStatusTip(
        tr("When this server fails or is overloaded: continue in a new room on the backup server."));
    // Which devices the meeting can use is asked each time a menu opens (a headset may just have
    // been plugged in); the answer fills the menus.
    const std::pair<QString, MediaDevice> deviceMenus[] = {
        { tr("Switch Ca&mera"), MediaDevice::Camera },
        { tr("Switch M&icrophone"), MediaDevice::Microphone },
        { tr("Switch &Speaker"), MediaDevice::Speaker },
    };
    for (const auto& [text, kind] : deviceMenus) {
        QMenu* menu = problemsMenu->addMenu(text);
        menu->setObjectName(QStringLiteral("devices%1Menu").arg(int(kind)));
        m_deviceMenus.insert(kind, menu);
        connect(menu, &QMenu::aboutToShow, this, [this] { m_meeting->requestDevices(); });
    }
    showDevices();
    add(problemsMenu, tr("Check Camera, Microphone and Co&nnection…"), QKeySequence(),
        QStringLiteral("checkAction"), [this] { Q_EMIT checkRequested(m_plan.server); });
    problemsMenu->addSeparator();
    add(problemsMenu, tr("&Echo or Feedback"), QKeySequence(), QStringLiteral("helpEchoAction"),
        [this] { Q_EMIT helpRequested(QStringLiteral("echo")); });
    add(problemsMenu, tr("The &Client Cannot Get In"), QKeySequence(), QStringLiteral("helpJoinAction"),
        [this] { Q_EMIT helpRequested(QStringLiteral("join")); });
    add(problemsMenu, tr("Picture &Freezes, Sound Drops"), QKeySequence(),
        QStringLiteral("helpQualityAction"), [this] { Q_EMIT helpRequested(QStringLiteral("quality")); });

    for (QAction* action : { m_muteAction, m_cameraAction, m_audioOnlyAction, copyLink, hangUpAction })
        toolbar->addAction(action);
}

void SessionWindow::startMeeting()
{
    SessionBridge& bridge = m_page->bridge();
    // A fresh meeting for every (re)join; the old one hears nothing more.
    bridge.disconnect(m_meeting);
    m_meeting->disconnect();
    m_meeting->deleteLater();
    m_meeting = new MeetingSession(m_plan.roomPassword, this);
    MeetingSession* meeting = m_meeting;
    meeting->setServerName(m_plan.server.name);
    meeting->setConfirmationTimeout(m_confirmationTimeoutMs);
    meeting->setNamesHidden(m_namesHidden);
    meeting->setEndToEndEncryptionWanted(m_plan.server.endToEndEncryption);
    if (m_serverOffersEncryption)
        meeting->setServerOffersEndToEndEncryption(*m_serverOffersEncryption);
    connect(meeting, &MeetingSession::safeguardInDoubt, this, &SessionWindow::warnAbout);
    connect(meeting, &MeetingSession::capturesChanged, this, &SessionWindow::showCaptures);
    connect(meeting, &MeetingSession::captureStarted, this, [this](SessionFact::Kind kind) {
        Q_EMIT captureStarted(kind);
        m_announcer->announce(describeCapture(kind));
        QApplication::alert(this);
        Q_EMIT attentionRequested(tr("The session is being recorded"), m_captureText->text());
    });
    connect(&bridge, &SessionBridge::eventDelivered, meeting, &MeetingSession::handleEvent);
    connect(meeting, &MeetingSession::commandRequested, &bridge, &SessionBridge::commandRequested);
    connect(meeting, &MeetingSession::changed, this, &SessionWindow::refresh);
    connect(meeting, &MeetingSession::joined, this, &SessionWindow::joined);
    connect(meeting, &MeetingSession::joined, m_timer, &SessionTimer::start);
    connect(meeting, &MeetingSession::joined, meeting, &MeetingSession::requestDevices);
    connect(meeting, &MeetingSession::devicesChanged, this, &SessionWindow::showDevices);
    connect(meeting, &MeetingSession::ended, this, &SessionWindow::finish);
    connect(meeting, &MeetingSession::failed, this, [this](const QString& message) {
        // The backup server is advice only where there is one.
        const QString backup = m_plan.server.backupProfileId.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("If it keeps failing, switch to the backup server (Problems? menu).");
        showNotice(message + backup, true, QStringLiteral("quality"));
    });
    connect(meeting, &MeetingSession::deviceProblem, this,
            [this](const QString& message) { showNotice(message, false, QStringLiteral("join")); });
    connect(meeting, &MeetingSession::participantKnocking, this,
            [this](const QString& id, const QString& name) {
                announceKnock({ id, name });
            });
    connect(meeting, &MeetingSession::participantJoined, this,
            [this](const QString& id, const QString& name) {
                m_announcer->announce(
                    m_namesHidden
                        ? tr("Someone joined the session.")
                        : tr("%1 joined the session.").arg(KnockerList::displayName({ id, name }, 0, false)));
            });
    // A client who dropped out is heard at once, not found later in the participant count.
    connect(meeting, &MeetingSession::participantLeft, this, [this](const QString& id, const QString& name) {
        m_announcer->announce(
            m_namesHidden ? tr("Someone left the session.")
                          : tr("%1 left the session.").arg(KnockerList::displayName({ id, name }, 0, false)));
    });
    m_rejoinButton->setVisible(false);
    Q_EMIT bridge.startRequested(m_plan.meetingOptions());
    refresh();
}

void SessionWindow::rejoin()
{
    qCInfo(lcMeeting) << "rejoining the session";
    showNotice({});
    Q_EMIT m_page->bridge().disposeRequested();
    if (m_page->renderProcessPid() == 0 || !m_page->isHostReady())
        m_page->reloadHost();
    else
        startMeeting();
}

void SessionWindow::refresh()
{
    const MeetingSession& meeting = *m_meeting;
    using State = MeetingSession::State;
    static const QHash<State, const char*> states {
        { State::Connecting, QT_TR_NOOP("Connecting…") }, { State::Joined, QT_TR_NOOP("Connected") },
        { State::Leaving, QT_TR_NOOP("Leaving…") },       { State::Ended, QT_TR_NOOP("Ended") },
        { State::Failed, QT_TR_NOOP("Disconnected") },
    };
    m_connectionState->setText(tr(states.value(meeting.state())));
    m_moderatorState->setText(safeguardText(MeetingSession::Safeguard::Moderator));
    m_lockState->setText(safeguardText(MeetingSession::Safeguard::RoomLock));
    m_lockState->setToolTip(lockReason());
    m_lockState->setAccessibleDescription(lockReason());
    m_lobbyState->setText(safeguardText(MeetingSession::Safeguard::Lobby));
    m_encryptionState->setText(safeguardText(MeetingSession::Safeguard::EndToEndEncryption));
    m_encryptionState->setToolTip(encryptionReason());
    m_encryptionState->setAccessibleDescription(encryptionReason());
    m_participantState->setText(tr("Participants: %1").arg(meeting.participants().size() + 1));
    if (!meeting.participants().isEmpty())
        m_hadParticipants = true;
    // Said when the meeting confirms a change, made by a key or in the page: the toolbar's pressed
    // look was all there was, and a blind counselor did not know whether she was muted.
    const auto confirm = [this](QAction* action, bool now, const QString& saidOn, const QString& saidOff) {
        if (m_confirmed.value(action, now) != now)
            m_announcer->announce(now ? saidOn : saidOff);
        m_confirmed.insert(action, now);
        action->setChecked(now);
    };
    confirm(m_muteAction, meeting.isAudioMuted(), tr("Microphone muted."), tr("Microphone on."));
    confirm(m_cameraAction, meeting.isVideoMuted(), tr("Camera off."), tr("Camera on."));
    confirm(m_audioOnlyAction, meeting.isAudioOnly(), tr("Audio only: all video is off."),
            tr("Video is on again."));
    for (QAction* action : m_qualityGroup->actions())
        action->setChecked(action->data().toInt() == int(meeting.videoQuality()));
    rebuildLobby();
}

QString SessionWindow::safeguardText(MeetingSession::Safeguard safeguard) const
{
    using Safeguard = MeetingSession::Safeguard;
    using Assurance = MeetingSession::Assurance;
    // A check mark only for what the meeting confirmed; an open circle for what is pending or
    // cannot be confirmed at all; a warning sign for what it refused or left unconfirmed.
    struct Texts
    {
        const char* pending;
        const char* requested;
        const char* confirmed;
        const char* refused;
        const char* unconfirmed;
        const char* unavailable;
        const char* sent;
    };
    // Jitsi's IFrame API confirms neither the room lock nor end-to-end encryption: they have no
    // tick and no timeout, only "sent" (and the lock "refused"); see docs/jitsi-iframe-api.md.
    static const QHash<Safeguard, Texts> texts {
        { Safeguard::Moderator,
          { QT_TR_NOOP("Moderator"), QT_TR_NOOP("Moderator requested…"), QT_TR_NOOP("Moderator"),
            QT_TR_NOOP("Not moderator"), QT_TR_NOOP("Not moderator"), nullptr, nullptr } },
        { Safeguard::RoomLock,
          { QT_TR_NOOP("Room lock"), nullptr, nullptr, QT_TR_NOOP("Room not locked"), nullptr, nullptr,
            QT_TR_NOOP("Room password set") } },
        { Safeguard::Lobby,
          { QT_TR_NOOP("Lobby"), QT_TR_NOOP("Lobby requested…"), QT_TR_NOOP("Lobby on"),
            QT_TR_NOOP("Lobby off"), QT_TR_NOOP("Lobby not confirmed"), nullptr, nullptr } },
        { Safeguard::EndToEndEncryption,
          { QT_TR_NOOP("Encrypted to the server"), nullptr, nullptr, nullptr, nullptr,
            QT_TR_NOOP("Encrypted to the server"), QT_TR_NOOP("End-to-end encryption requested") } },
    };
    const Texts& text = texts[safeguard];
    switch (m_meeting->assurance(safeguard)) {
    case Assurance::NotRequested:
        return QStringLiteral("\u25CB ") + tr(text.pending);
    case Assurance::Requested:
        return QStringLiteral("\u25CB ") + tr(text.requested);
    case Assurance::Confirmed:
        return QStringLiteral("\u2714 ") + tr(text.confirmed);
    case Assurance::Refused:
        return QStringLiteral("\u26A0 ") + tr(text.refused);
    case Assurance::Unconfirmed:
        return QStringLiteral("\u26A0 ") + tr(text.unconfirmed);
    case Assurance::Unavailable:
        return QStringLiteral("\u25CB ") + tr(text.unavailable);
    case Assurance::Sent:
        return QStringLiteral("\u25CB ") + tr(text.sent);
    }
    return {};
}

QString SessionWindow::lockReason() const
{
    if (m_meeting->assurance(MeetingSession::Safeguard::RoomLock) != MeetingSession::Assurance::Sent)
        return {};
    return tr("Vieraugen set the room password as moderator; the meeting does not confirm it (Jitsi "
              "reports only a refused lock, and none came).");
}

QString SessionWindow::encryptionReason() const
{
    using Assurance = MeetingSession::Assurance;
    if (!m_plan.server.endToEndEncryption)
        return tr("End-to-end encryption is turned off for this server in the settings.");
    switch (m_meeting->assurance(MeetingSession::Safeguard::EndToEndEncryption)) {
    case Assurance::Unavailable:
        return tr("This server does not offer end-to-end encryption.");
    case Assurance::Sent:
        return tr("End-to-end encryption was requested; the meeting does not confirm it, so count on "
                  "encryption to the server only.");
    case Assurance::NotRequested:
    case Assurance::Requested:
    case Assurance::Confirmed:
    case Assurance::Refused:
    case Assurance::Unconfirmed:
        break;
    }
    return {};
}

void SessionWindow::setServerOffersEndToEndEncryption(bool offered)
{
    m_serverOffersEncryption = offered;
    m_meeting->setServerOffersEndToEndEncryption(offered);
}

void SessionWindow::setConfirmationTimeout(int milliseconds)
{
    m_confirmationTimeoutMs = milliseconds;
    m_meeting->setConfirmationTimeout(milliseconds);
}

QString SessionWindow::warning(MeetingSession::Safeguard safeguard) const
{
    using Safeguard = MeetingSession::Safeguard;
    switch (safeguard) {
    case Safeguard::Moderator:
        return tr("The meeting has not made you moderator, so Vieraugen cannot lock the room or hold "
                  "clients in the lobby. Try again; if it stays so, ask your administrator to check the "
                  "server's moderator settings.");
    case Safeguard::RoomLock:
        return tr("The meeting refused to lock the room with its password. Try again; until the room is "
                  "locked, let in only the people you expect.");
    case Safeguard::Lobby:
        return tr("The meeting has not confirmed that the lobby is on, so people with the link may enter "
                  "without knocking. Try again; until it is on, watch who joins.");
    case Safeguard::EndToEndEncryption:
        // Never in doubt: the meeting reports nothing about it, not even a refusal.
        break;
    }
    return {};
}

void SessionWindow::warnAbout(MeetingSession::Safeguard safeguard)
{
    qCWarning(lcMeeting) << "safeguard in doubt:" << safeguard;
    // Every safeguard in doubt keeps its own line, so none hides another.
    QList<MeetingSession::Safeguard> inDoubt = m_inDoubt;
    if (!inDoubt.contains(safeguard))
        inDoubt.append(safeguard);
    QStringList lines;
    for (MeetingSession::Safeguard each : inDoubt)
        lines.append(QStringLiteral("\u26A0 ") + warning(each));
    showNotice(lines.join(QLatin1Char('\n')));
    m_inDoubt = inDoubt;
    m_tryAgainButton->setVisible(true);
}

void SessionWindow::tryAgain()
{
    const QList<MeetingSession::Safeguard> inDoubt = m_inDoubt;
    showNotice({});
    // Only rejoining makes the meeting decide again who is moderator, and it asks for the rest anew.
    if (inDoubt.contains(MeetingSession::Safeguard::Moderator)) {
        rejoin();
        return;
    }
    for (MeetingSession::Safeguard safeguard : inDoubt)
        m_meeting->retry(safeguard);
}

void SessionWindow::showTime()
{
    m_timer->update();
    const QString time = m_timer->text();
    m_timerState->setText(time);
    // Per minute for screen readers: renamed with every second, the label sent 60 events a minute.
    // (A label with a name of its own sends none when its text changes.)
    if (const qint64 minute = m_timer->elapsedMs() / 60000; minute != m_minuteSaid) {
        m_minuteSaid = minute;
        m_timerState->setAccessibleName(time);
    }
}

QString SessionWindow::describeCapture(SessionFact::Kind kind)
{
    switch (kind) {
    case SessionFact::Kind::Recording:
        return tr("Someone started recording this session.");
    case SessionFact::Kind::Streaming:
        return tr("Someone started streaming this session live.");
    case SessionFact::Kind::LocalRecording:
        return tr("This session is being recorded on this computer.");
    case SessionFact::Kind::Transcription:
        return tr("Someone started a transcription of this session.");
    }
    return {};
}

void SessionWindow::showCaptures()
{
    const QSet<SessionFact::Kind> captures = m_meeting->captures();
    QStringList lines;
    for (SessionFact::Kind kind : { SessionFact::Kind::Recording, SessionFact::Kind::Streaming,
                                    SessionFact::Kind::LocalRecording, SessionFact::Kind::Transcription }) {
        if (captures.contains(kind))
            lines.append(describeCapture(kind));
    }
    m_captureText->setText(QStringLiteral("\u26A0 ") + lines.join(QLatin1Char(' ')));
    m_captureBanner->setVisible(!captures.isEmpty());
    // Only a moderator can stop it; the others see it without a button that would do nothing.
    m_stopCaptureButton->setVisible(m_meeting->isModerator());
    if (!captures.isEmpty()) {
        show();
        raise();
    }
}

void SessionWindow::rebuildLobby()
{
    const QList<MeetingSession::Person> knocking = m_meeting->knocking();
    const QPointer<QWidget> focused = QApplication::focusWidget();
    const bool inLobby = m_lobbyPanel->isAncestorOf(focused);
    m_lobbyList->setKnocking(knocking, m_namesHidden);
    m_lobbyPanel->setVisible(!knocking.isEmpty());
    // Whoever was just answered is gone, and the focus with them: on to the next one waiting, or
    // back to the meeting.
    if (inLobby && (!focused || !focused->isVisible()) && !m_lobbyList->focusFirst())
        m_view->setFocus(Qt::OtherFocusReason);
    if (m_knockWindow && (m_knockWindow->isVisible() || knocking.isEmpty()))
        m_knockWindow->showKnocking(knocking, m_namesHidden);
}

void SessionWindow::announceKnock(const MeetingSession::Person& knocker)
{
    m_someoneKnocked = true;
    rebuildLobby();
    // The chime comes from the meeting's own browser engine (no sound library needed); before the
    // host page runs, the system's beep.
    if (m_page->isHostReady())
        Q_EMIT m_page->bridge().chimeRequested();
    else
        QApplication::beep();
    const bool outOfSight = isMinimized() || !isVisible();
    if (outOfSight) {
        if (!m_knockWindow) {
            m_knockWindow = std::make_unique<KnockWindow>();
            connect(m_knockWindow.get(), &KnockWindow::admitRequested, this,
                    [this](const QString& id) { m_meeting->admit(id); });
            connect(m_knockWindow.get(), &KnockWindow::denyRequested, this,
                    [this](const QString& id) { deny(id, m_knockWindow.get()); });
            connect(m_knockWindow.get(), &KnockWindow::sessionRequested, this, [this] {
                showNormal();
                raise();
                activateWindow();
            });
        }
        m_knockWindow->showKnocking(m_meeting->knocking(), m_namesHidden);
    }
    // A notice can be read from afar, on a locked screen too: no name while names are hidden.
    const QString waiting = m_namesHidden
        ? tr("Someone is waiting in the lobby of your session.")
        : tr("%1 is waiting in the lobby.").arg(KnockerList::displayName(knocker, 0, false));
    m_announcer->announce(waiting);
    // A minimized window may still count as the active one.
    if (outOfSight || !isActiveWindow()) {
        QApplication::alert(this);
        Q_EMIT attentionRequested(tr("Someone is waiting"), waiting);
    }
}

void SessionWindow::goToLobby()
{
    if (!m_lobbyList->focusFirst())
        m_announcer->announce(tr("Nobody is waiting in the lobby."));
}

void SessionWindow::deny(const QString& participantId, QWidget* asking)
{
    const QList<MeetingSession::Person> knocking = m_meeting->knocking();
    const auto knocker = std::ranges::find(knocking, participantId, &MeetingSession::Person::id);
    if (knocker == knocking.cend())
        return;
    const QString name = KnockerList::displayName(*knocker, int(knocker - knocking.cbegin()), m_namesHidden);
    if (MessageBox::choose(asking, tr("Turn Away"),
                           tr("Turn %1 away? They will not be let into this session.").arg(name),
                           { tr("&Turn Away") }, MessageBox::cancelIsDefault)
        != 0)
        return;
    m_meeting->deny(participantId);
    m_announcer->announce(tr("You turned %1 away.").arg(name));
}

bool SessionWindow::mayLeave(MeetingSession::Leaving leaving, bool closingWindow)
{
    const QList<MeetingSession::Person> waiting = m_meeting->knocking();
    if (m_meeting->state() != MeetingSession::State::Joined || (waiting.isEmpty() && !closingWindow))
        return true;
    const bool endForEveryone = leaving == MeetingSession::Leaving::EndForEveryone;
    QString text;
    if (waiting.isEmpty()) {
        // The window's ✕ ended the meeting for the client too, without a word.
        text = tr("Closing this window ends the session for everyone taking part.");
    } else {
        // Ctrl+W with a client in the lobby left her waiting outside, and the question after it
        // said that nobody had joined.
        const QString who = waiting.size() == 1 && !m_namesHidden
            ? tr("%1 is waiting in the lobby.").arg(KnockerList::displayName(waiting.constFirst(), 0, false))
            : tr("%n person(s) waiting in the lobby.", nullptr, int(waiting.size()));
        text = who + QLatin1Char(' ')
            + (endForEveryone ? tr("Hanging up ends the session, and nobody will let them in.")
                              : tr("If you leave, nobody will let them in."));
    }
    const QString title = closingWindow ? tr("End the Session")
        : endForEveryone                ? tr("Hang Up")
                                        : tr("Leave the Session");
    const QString choice = closingWindow ? tr("&End the Session")
        : endForEveryone                 ? tr("&Hang Up")
                                         : tr("&Leave");
    // The meeting can end while the question is open (the server ended it): the question closes
    // then, and the window may be gone with it.
    const QPointer<SessionWindow> stillOpen(this);
    const int answer
        = MessageBox::choose(this, title, text, { choice }, MessageBox::cancelIsDefault, tr("&Stay"));
    return stillOpen && !m_finished && answer == 0;
}

AbstractSessionWindow::Attendance SessionWindow::attendance() const
{
    return m_hadParticipants ? Attendance::TookPart
        : m_someoneKnocked   ? Attendance::WaitedInLobby
                             : Attendance::Nobody;
}

void SessionWindow::setNamesHidden(bool hidden)
{
    if (m_namesHidden == hidden)
        return;
    m_namesHidden = hidden;
    m_meeting->setNamesHidden(hidden);
    // The last announcement may name a client, and assistive technology can read it again.
    if (hidden)
        m_announcer->clear();
    showTitle();
    nameTheMeeting();
    rebuildLobby();
}

void SessionWindow::showTitle()
{
    // Appointment titles often name the client.
    setWindowTitle(m_namesHidden ? tr("Session – Vieraugen")
                                 : tr("%1 – Session – Vieraugen").arg(m_plan.occurrence.appointment->title));
}

void SessionWindow::nameTheMeeting()
{
    // Where the keyboard is in the session; the title, which often names the client, not under the
    // curtain.
    const QString name = m_namesHidden ? tr("Video meeting")
                                       : tr("Video meeting – %1").arg(m_plan.occurrence.appointment->title);
    m_view->setAccessibleName(name);
    if (QWidget* inner = m_view->focusProxy())
        inner->setAccessibleName(name);
}

void SessionWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Back on screen, the lobby panel takes over from the knock window.
    if (event->type() == QEvent::WindowStateChange && !isMinimized() && m_knockWindow)
        m_knockWindow->hide();
}

void SessionWindow::showNotice(const QString& text, bool offerRejoin, const QString& helpTopic)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_announcer->announce(text);
    m_rejoinButton->setVisible(offerRejoin);
    m_noticeTopic = helpTopic;
    m_noticeHelp->setVisible(!text.isEmpty() && !helpTopic.isEmpty());
    m_inDoubt.clear();
    m_tryAgainButton->setVisible(false);
}

void SessionWindow::copyGuestLink()
{
    QGuiApplication::clipboard()->setText(m_plan.guestLink().toString());
    statusBar()->showMessage(tr("Guest link copied. Send the password through another channel."), 5000);
}

void SessionWindow::openInBrowser()
{
    // The browser joins as the same moderator; leave here then, so there is one counselor. Only
    // once a browser took the link: on a computer without one, the counselor left and the client
    // sat alone in the room.
    if (!QDesktopServices::openUrl(m_plan.moderatorLink())) {
        MessageBox::warning(this, tr("No Browser"),
                            tr("No web browser is set up on this computer, so the session stays here."));
        return;
    }
    hangUp(MeetingSession::Leaving::OthersStay);
}

void SessionWindow::hangUp(MeetingSession::Leaving leaving)
{
    if (m_meeting->state() == MeetingSession::State::Connecting) {
        finish();
        return;
    }
    m_meeting->hangUp(leaving);
    // Close even if the meeting never confirms (server gone).
    QTimer::singleShot(leaveTimeoutMs, this, &SessionWindow::finish);
}

void SessionWindow::end()
{
    if (!isEnding())
        hangUp();
}

bool SessionWindow::isEnding() const
{
    return m_finished || m_meeting->state() == MeetingSession::State::Leaving;
}

void SessionWindow::moveToAnotherServer()
{
    m_moving = true;
    hangUp();
}

void SessionWindow::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // A question about leaving has nothing left to ask.
    for (QMessageBox* question : findChildren<QMessageBox*>())
        question->reject();
    Q_EMIT m_page->bridge().disposeRequested();
    Q_EMIT finished();
    close();
}

void SessionWindow::closeEvent(QCloseEvent* event)
{
    if (m_finished) {
        event->accept();
        return;
    }
    event->ignore();
    // Hanging up already, or ended as Vieraugen quits (asked then): the window closes once it is out.
    if (isEnding())
        return;
    if (mayLeave(MeetingSession::Leaving::EndForEveryone, true))
        hangUp();
    // Ended while the question was open: close() from finish() came within this close and did nothing.
    else if (m_finished)
        event->accept();
}
