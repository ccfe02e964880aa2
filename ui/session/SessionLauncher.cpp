#include "ui/session/SessionLauncher.h"

#include "core/base/Clock.h"
#include "core/base/DateTimeInput.h"
#include "core/base/Logging.h"
#include "core/base/PhoneNumber.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarDays.h"
#include "core/checks/JitsiConfigReader.h"
#include "core/checks/ServerCheck.h"
#include "core/meeting/JitsiLink.h"
#include "core/meeting/JwtMinter.h"
#include "core/meeting/RoomFactory.h"
#include "core/meeting/SessionPlanner.h"
#include "core/settings/Settings.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PhoneCall.h"
#include "ui/common/SecretClipboard.h"
#include "ui/session/AbstractSessionWindow.h"
#include "ui/session/SessionHost.h"
#include "ui/session/SessionModule.h"
#include "ui/session/SessionModuleLoader.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdlib>
#include <memory>

SessionLauncher::SessionLauncher(Settings& settings, SecretStore& secrets, AppointmentStore& store,
                                 QUndoStack& undoStack, const Clock& clock, QWidget* window)
    : QObject(window)
    , m_settings(settings)
    , m_store(store)
    , m_changes(store, undoStack, window)
    , m_clock(clock)
    , m_window(window)
    , m_planner(new SessionPlanner(settings, secrets, clock, this))
    , m_endedSessions(new QTimer(this))
{
    connect(m_endedSessions, &QTimer::timeout, this, &SessionLauncher::askAboutEndedSessions);
    m_endedSessions->start(60 * 1000);
    if (m_window)
        m_window->installEventFilter(this);
}

SessionLauncher::~SessionLauncher()
{
    // Session windows hold pages of the engine's profile: they go first. Taken out of the list before,
    // as each one going takes itself out of it.
    const QList<QPointer<AbstractSessionWindow>> windows = std::exchange(m_windows, {});
    for (const QPointer<AbstractSessionWindow>& window : windows)
        delete window.data();
}

SessionHost* SessionLauncher::host(QString* error)
{
    if (m_host)
        return m_host;
    SessionModule* module = SessionModuleLoader::load(error);
    if (!module)
        return nullptr;
    m_host = module->createHost(this);
    connect(m_host, &SessionHost::helpRequested, this, &SessionLauncher::helpRequested);
    return m_host;
}

bool SessionLauncher::isWarm() const
{
    return m_host && m_host->isWarm();
}

AbstractSessionWindow* SessionLauncher::windowFor(const Occurrence& occurrence) const
{
    const QString key = occurrence.key();
    for (const QPointer<AbstractSessionWindow>& window : m_windows) {
        if (window && window->plan().occurrence.key() == key)
            return window;
    }
    return nullptr;
}

QStringList SessionLauncher::openSessions() const
{
    QStringList keys;
    for (const QPointer<AbstractSessionWindow>& window : m_windows) {
        if (window)
            keys.append(window->plan().occurrence.key());
    }
    return keys;
}

bool SessionLauncher::mayQuit()
{
    QList<AbstractSessionWindow*> running;
    for (const QPointer<AbstractSessionWindow>& window : std::as_const(m_windows)) {
        if (window && window->isVisible() && !window->isEnding())
            running.append(window);
    }
    if (running.isEmpty())
        return true;
    // Quitting hangs up for everyone in the room, the client too: Ctrl+Q sits next to Ctrl+W, and
    // a client was thrown out in the middle of a session without a word.
    const QString text = m_namesHidden || running.size() > 1
        ? tr("%n session(s) still running. Quitting Vieraugen ends them for everyone taking part.", nullptr,
             int(running.size()))
        : tr("\"%1\" is still running. Quitting Vieraugen ends the session for everyone taking part.")
              .arg(running.constFirst()->plan().occurrence.appointment->title);
    if (MessageBox::choose(m_window, tr("Quit Vieraugen"), text, { tr("&Quit and End the Session") },
                           MessageBox::cancelIsDefault)
        != 0)
        return false;
    // Asked once: closing as Vieraugen quits, the windows ask nothing more.
    for (AbstractSessionWindow* window : std::as_const(running))
        window->end();
    return true;
}

bool SessionLauncher::confirmStartAt(const Occurrence& occurrence)
{
    const Appointment& appointment = *occurrence.appointment;
    if (appointment.status == AppointmentStatus::Done || appointment.status == AppointmentStatus::NoShow)
        return MessageBox::choose(m_window, tr("Start Session"),
                                  tr("\"%1\" is already recorded as \"%2\". Start its session again anyway?")
                                      .arg(appointment.title, Appointment::statusText(appointment.status)),
                                  { tr("&Start Again") }, MessageBox::cancelIsDefault)
            == 0;
    const QDateTime now = m_clock.nowUtc();
    const QDate today = now.toLocalTime().date();
    // "for tomorrow", "for Monday, 7 December 2026": "for on Monday" ("für am Montag") read wrong.
    const auto dayOf = [today](const QDate& day) {
        const qint64 days = today.daysTo(day);
        return days == 0 ? tr("today")
            : days == 1  ? tr("tomorrow")
            : days == -1 ? tr("yesterday")
                         : QLocale().toString(day, QLocale::LongFormat);
    };
    if (occurrence.isAllDay()) {
        // Near all day long; its time ("at 00:00") and hours away said nothing true of it.
        if (occurrence.date <= today && today < occurrence.endDate)
            return true;
        const QString question = today < occurrence.date
            ? tr("\"%1\" is planned for %2. Start its session now anyway?")
                  .arg(appointment.title, dayOf(occurrence.date))
            : tr("\"%1\" was planned for %2. Start its session now anyway?")
                  .arg(appointment.title, dayOf(occurrence.endDate.addDays(-1)));
        return MessageBox::choose(m_window, tr("Start Session"), question, { tr("&Start Now") },
                                  MessageBox::cancelIsDefault)
            == 0;
    }
    constexpr qint64 nearMinutes = 30;
    const qint64 minutesAhead = now.secsTo(occurrence.start) / 60;
    const qint64 minutesPast = occurrence.end.secsTo(now) / 60;
    if (minutesAhead <= nearMinutes && minutesPast <= nearMinutes)
        return true;
    const QDateTime start = occurrence.start.toLocalTime();
    const QString when = tr("%1 at %2").arg(dayOf(start.date()), start.toString(DateTimeInput::timeFormat()));
    const qint64 minutes = minutesAhead > 0 ? minutesAhead : minutesPast;
    const qint64 days = std::abs(CalendarDays::between(now, minutesAhead > 0 ? start : occurrence.end));
    const QString distance = minutes < 120 ? tr("%n minutes", nullptr, int(minutes))
        : minutes < 48 * 60                ? tr("%n hours", nullptr, int(minutes / 60))
                                           : tr("%n days", nullptr, int(days));
    const QString question = minutesAhead > 0
        ? tr("\"%1\" is planned for %2, in %3. Start its session now anyway?")
        : tr("\"%1\" was planned for %2 and ended %3 ago. Start its session now anyway?");
    return MessageBox::choose(m_window, tr("Start Session"),
                              question.arg(occurrence.appointment->title, when, distance),
                              { tr("&Start Now") }, MessageBox::cancelIsDefault)
        == 0;
}

void SessionLauncher::start(const Occurrence& occurrence)
{
    const Appointment& appointment = *occurrence.appointment;
    switch (appointment.kind) {
    case SessionKind::Jitsi:
        startJitsi(occurrence);
        return;
    case SessionKind::ExternalLink:
        startElsewhere(occurrence, appointment.externalUrl);
        return;
    case SessionKind::Phone:
        startCall(occurrence);
        return;
    case SessionKind::InPerson:
        if (!confirmStartAt(occurrence) || !recordStart(occurrence))
            return;
        // Nothing opens for it: without a word, Start seemed to do nothing.
        Q_EMIT statusMessage(tr("\"%1\" is in person, so no session window opens: it is marked as begun.")
                                 .arg(appointment.title));
        return;
    }
}

void SessionLauncher::startElsewhere(const Occurrence& occurrence, const QUrl& url)
{
    if (!url.isValid() || url.toString().size() <= 4) {
        MessageBox::warning(
            m_window, tr("Session Cannot Start"),
            tr("\"%1\" has no link or phone number to start with. Open the appointment and add one.")
                .arg(occurrence.appointment->title));
        return;
    }
    if (!confirmStartAt(occurrence))
        return;
    if (!QDesktopServices::openUrl(url)) {
        offerLinkToCopy(
            tr("Session Cannot Start"),
            tr("This computer has no program set up that opens the link of \"%1\" (a web browser, "
               "or the meeting's own program). Copy the link and open it another way, e.g. in a "
               "browser or on another device.")
                .arg(occurrence.appointment->title),
            url);
        return;
    }
    recordStart(occurrence);
}

QString SessionLauncher::callee(const Occurrence& occurrence) const
{
    const Participant client = occurrence.appointment->participants.value(0);
    const QString number = PhoneNumber::forDisplay(client.phone, QStringLiteral("DE"));
    return m_namesHidden || client.displayName.isEmpty() ? number
                                                         : tr("%1 on %2").arg(client.displayName, number);
}

void SessionLauncher::inviteElsewhere(const Occurrence& occurrence)
{
    const Appointment& appointment = *occurrence.appointment;
    QString text = tr("\"%1\" takes place in another program (%2). Vieraugen sends no invitation for it: "
                      "invite the participants from that program, or copy the link and send it yourself.")
                       .arg(appointment.title, appointment.externalUrl.host());
    if (SessionPlanner::linkCarriesPassword(appointment.externalUrl))
        text += QLatin1Char(' ')
            + tr("The link contains the meeting's password: whoever has it can join. Send it to the "
                 "participants only, and not together with other clients' links.");
    offerLinkToCopy(tr("Invite"), text, appointment.externalUrl);
}

void SessionLauncher::offerLinkToCopy(const QString& title, const QString& text, const QUrl& url)
{
    if (MessageBox::choose(m_window, title, text, { tr("&Copy Link") }, 0, tr("Close")) != 0)
        return;
    const QString link = url.toString(QUrl::FullyEncoded);
    if (!SessionPlanner::linkCarriesPassword(url)) {
        QGuiApplication::clipboard()->setText(link);
        Q_EMIT statusMessage(tr("The link is copied."));
        return;
    }
    SecretClipboard::instance().copy(link);
    Q_EMIT statusMessage(tr(
        "The link is copied. As the meeting's password is in it, the clipboard forgets it again shortly."));
}

void SessionLauncher::startCall(const Occurrence& occurrence)
{
    const Participant client = occurrence.appointment->participants.value(0);
    if (client.phone.isEmpty()) {
        startElsewhere(occurrence, {}); // says there is nothing to start with
        return;
    }
    if (!confirmStartAt(occurrence))
        return;
    // On Linux the desktop takes any link and may have nothing to dial it with, so the number is
    // shown either way.
    const QString number = PhoneNumber::forDisplay(client.phone, QStringLiteral("DE"));
    const int choice = MessageBox::choose(
        m_window, tr("Call"),
        tr("Call %1. Once the call has begun, say so here and the appointment is marked as begun.")
            .arg(callee(occurrence)),
        { tr("&Dial with the Phone Program"), tr("The Call Has &Begun") }, 1);
    if (choice < 0)
        return;
    if (choice == 1) {
        recordStart(occurrence);
        return;
    }
    if (!PhoneCall::dial(m_window, tr("Call"), client.phone))
        return;
    // A phone program that took the number has not yet connected anyone: whether the call took
    // place is asked once the counselor is back in Vieraugen, and recorded only as she answers.
    m_dialled.append({ occurrence, false });
    Q_EMIT statusMessage(
        tr("The phone program dials %1. Back here, say whether the call has begun.").arg(number));
}

bool SessionLauncher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && !m_dialled.isEmpty()) {
        if (event->type() == QEvent::WindowDeactivate) {
            for (DialledCall& call : m_dialled)
                call.away = true;
        } else if (event->type() == QEvent::WindowActivate
                   && std::ranges::any_of(m_dialled, &DialledCall::away)) {
            // After the activation, not inside it.
            QTimer::singleShot(0, this, &SessionLauncher::askAboutDialledCalls);
        }
    }
    return QObject::eventFilter(watched, event);
}

void SessionLauncher::askAboutDialledCalls()
{
    QList<DialledCall> waiting;
    for (DialledCall& call : std::exchange(m_dialled, {})) {
        if (!call.away) {
            waiting.append(call);
            continue;
        }
        // "Not yet" records nothing; Start offers "The Call Has Begun" again.
        if (MessageBox::choose(m_window, tr("Call"),
                               tr("Has the call with %1 begun?").arg(callee(call.occurrence)),
                               { tr("The Call Has &Begun") }, 0, tr("&Not Yet"))
            == 0)
            recordStart(call.occurrence);
    }
    m_dialled += waiting;
}

void SessionLauncher::startJitsi(const Occurrence& occurrence)
{
    if (AbstractSessionWindow* open = windowFor(occurrence)) {
        // Minimized, show() left it so.
        open->setWindowState(open->windowState() & ~Qt::WindowMinimized);
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    if (m_settings.serverProfiles().isEmpty()) {
        Q_EMIT serverSetupRequested(
            tr("\"%1\" is a video session, and video sessions need your organization's video server. "
               "Set it up here, then press Start again.")
                .arg(occurrence.appointment->title));
        return;
    }
    QString problem;
    const std::optional<ServerProfile> server
        = SessionPlanner::serverFor(m_settings, *occurrence.appointment, {}, &problem);
    if (!server || !host(&problem) || !opensAtThisTime(*server, occurrence, &problem)) {
        MessageBox::warning(m_window, tr("Session Cannot Start"), problem);
        return;
    }
    if (!confirmStartAt(occurrence))
        return;
    const QString key = occurrence.key();
    if (m_planning.contains(key))
        return;
    m_planning.append(key);
    Q_EMIT statusMessage(tr("Starting the session…"));
    m_planner->plan(occurrence, {},
                    [this, key](const std::optional<SessionPlan>& plan, const QString& error) {
                        m_planning.removeAll(key);
                        if (!plan) {
                            MessageBox::warning(m_window, tr("Session Cannot Start"), error);
                            return;
                        }
                        openWindow(*plan);
                    });
}

bool SessionLauncher::opensAtThisTime(const ServerProfile& server, const Occurrence& occurrence,
                                      QString* problem) const
{
    // A server that signs its rooms' tokens opens them only near the appointment's time: asked to
    // start the day after tomorrow's session anyway, the counselor was then told it could not.
    if (server.auth != ServerProfile::AuthMode::Jwt)
        return true;
    QDateTime notBefore;
    QDateTime expires;
    return JwtMinter::validityWindow(m_clock.nowUtc(), occurrence.start, occurrence.end,
                                     m_settings.sessionGraceMinutes(), &notBefore, &expires, problem);
}

void SessionLauncher::setNamesHidden(bool hidden)
{
    m_namesHidden = hidden;
    for (const QPointer<AbstractSessionWindow>& window : std::as_const(m_windows)) {
        if (window)
            window->setNamesHidden(hidden);
    }
    // After "Show", not inside it.
    if (!hidden && !m_unansweredEnds.isEmpty())
        QTimer::singleShot(0, this, &SessionLauncher::askAboutUnansweredEnds);
}

AbstractSessionWindow* SessionLauncher::openWindow(const SessionPlan& plan)
{
    AbstractSessionWindow* window = m_host->createWindow(plan, m_clock);
    window->setNamesHidden(m_namesHidden);
    m_windows.append(window);
    const Occurrence planned = plan.occurrence;
    // A window that never got into the meeting (server unreachable, closed while connecting) ends
    // nothing: the appointment was not held, and nobody can have missed it.
    auto everJoined = std::make_shared<bool>(false);
    connect(window, &AbstractSessionWindow::joined, this, [this, planned, everJoined] {
        *everJoined = true;
        recordStart(planned);
    });
    connect(window, &AbstractSessionWindow::finished, this, [this, window, planned, everJoined] {
        if (window->isMovingToAnotherServer())
            return;
        if (*everJoined)
            sessionEnded(planned, window->attendance());
        else
            Q_EMIT statusMessage(
                tr("The session never connected: nothing was recorded for the appointment."));
    });
    connect(window, &AbstractSessionWindow::captureStarted, this, [this, planned](SessionFact::Kind kind) {
        record(planned, tr("Note the recording of \"%1\"").arg(planned.appointment->title),
               [this, kind](Appointment& stored) {
                   stored.sessionFacts.append({ m_clock.nowUtc(), kind });
               });
    });
    connect(window, &AbstractSessionWindow::attentionRequested, this, &SessionLauncher::attentionRequested);
    connect(window, &AbstractSessionWindow::inviteRequested, this, &SessionLauncher::inviteRequested);
    connect(window, &AbstractSessionWindow::helpRequested, this, &SessionLauncher::helpRequested);
    connect(window, &AbstractSessionWindow::checkRequested, this,
            qOverload<const ServerProfile&>(&SessionLauncher::check));
    connect(
        window, &AbstractSessionWindow::deviceChosen, this,
        [this](MediaDevice device, const QString& label) { m_settings.setPreferredDevice(device, label); });
    connect(window, &AbstractSessionWindow::backupServerRequested, this,
            [this, window] { switchToBackup(window); });
    // Emitted by ~QWidget, before the window's guards are cleared: it is taken out by its address.
    connect(window, &QObject::destroyed, this, [this, window] {
        m_windows.removeAll(window);
        Q_EMIT openSessionsChanged(openSessions());
    });
    if (plan.server.endToEndEncryption) {
        // Whether the server offers end-to-end encryption is in its config.js. One that cannot be
        // read leaves the decision to the meeting: it is asked for, and shown only if confirmed.
        JitsiConfigReader::fetchConfig(
            m_network, plan.server.baseUrl, window,
            [window](const QJsonObject& config, const QString& errorMessage) {
                if (!errorMessage.isEmpty())
                    qCInfo(lcMeeting) << "server configuration not read:" << errorMessage;
                window->setServerOffersEndToEndEncryption(
                    errorMessage.isEmpty() ? MeetingSession::offersEndToEndEncryption(config) : true);
            });
    }
    window->show();
    Q_EMIT sessionWindowOpened(window);
    Q_EMIT openSessionsChanged(openSessions());
    Q_EMIT statusMessage({});
    return window;
}

void SessionLauncher::switchToBackup(AbstractSessionWindow* window)
{
    const SessionPlan current = window->plan();
    const std::optional<ServerProfile> backup = m_settings.serverProfile(current.server.backupProfileId);
    if (!backup) {
        MessageBox::warning(
            window, tr("No Backup Server"),
            tr("%1 has no backup server. Your IT can name one for it under File → Settings → Servers.")
                .arg(current.server.name));
        return;
    }
    // The meeting can end, and its window go, while the question is open.
    const QPointer<AbstractSessionWindow> stillOpen(window);
    if (MessageBox::question(
            window, tr("Switch to the Backup Server"),
            tr("Move this session to %1? It gets a new room there, so the client needs the new "
               "link; the password stays the same.")
                .arg(backup->name))
            != QMessageBox::Yes
        || !stillOpen || window->isEnding())
        return;
    // Only this date moves: the rest of a series keeps its server, room and the links already sent.
    const QString room = RoomFactory().newRoomName();
    if (!m_changes.changeDate(
            current.occurrence,
            tr("Move \"%1\" to the backup server").arg(current.occurrence.appointment->title),
            [&backup, &room](Appointment& date) {
                date.serverProfileId = backup->id;
                date.roomName = room;
            }))
        return;
    qCInfo(lcMeeting) << "moving a session to the backup server" << backup->id;
    const Appointment& appointment = *current.occurrence.appointment;
    const std::optional<Occurrence> moved = m_store.occurrenceOf(
        appointment.uid,
        appointment.recurrenceId ? *appointment.recurrenceId : current.occurrence.recurrenceId);
    if (!moved)
        return;
    window->moveToAnotherServer();
    m_planner->plan(*moved, {}, [this](const std::optional<SessionPlan>& plan, const QString& planError) {
        if (!plan) {
            MessageBox::warning(m_window, tr("Session Cannot Start"), planError);
            return;
        }
        openWindow(*plan);
        // One click to "Send new link"; the password channel needs nothing new.
        Q_EMIT inviteRequested(plan->occurrence);
    });
}

bool SessionLauncher::recordStart(const Occurrence& occurrence)
{
    return record(occurrence, tr("Record the start of \"%1\"").arg(occurrence.appointment->title),
                  [this](Appointment& stored) {
                      // Held already and opened again (a second talk the same day): it stays held.
                      if (stored.status != AppointmentStatus::Done)
                          stored.status = AppointmentStatus::Started;
                      if (!stored.sessionStarted)
                          stored.sessionStarted = m_clock.nowUtc();
                  });
}

void SessionLauncher::sessionEnded(const Occurrence& occurrence, AbstractSessionWindow::Attendance attendance)
{
    const bool tookPart = attendance == AbstractSessionWindow::Attendance::TookPart;
    const bool heldBefore = occurrence.appointment->status == AppointmentStatus::Done;
    record(occurrence, tr("Record the end of \"%1\"").arg(occurrence.appointment->title),
           [this, tookPart](Appointment& stored) {
               if (tookPart)
                   stored.status = AppointmentStatus::Done;
               stored.sessionEnded = m_clock.nowUtc();
           });
    if (tookPart || heldBefore) {
        sayRecorded(occurrence);
        return;
    }
    m_unansweredEnds.append({ occurrence, attendance });
    // The question names the appointment: under the privacy curtain it would open covered (and
    // modal, so that not even the curtain's Show answered). It waits for the curtain to lift.
    if (!m_namesHidden)
        askAboutUnansweredEnds();
}

void SessionLauncher::askAboutUnansweredEnds()
{
    const QList<UnansweredEnd> ended = std::exchange(m_unansweredEnds, {});
    for (const auto& [occurrence, attendance] : ended) {
        const QString title = occurrence.appointment->title;
        // Someone knocked and was not let in: the client came, so "did not come" is no answer to
        // offer (it was offered, and suggested by "Nobody joined").
        const bool someoneWaited = attendance == AbstractSessionWindow::Attendance::WaitedInLobby;
        if (someoneWaited)
            m_askedWhetherHeld.insert(occurrence.key()); // nor later, as "Did it take place?"
        const std::optional<AppointmentStatus> outcome = someoneWaited
            ? askWhetherHeld(tr("Session Ended"),
                             tr("Someone waited in the lobby of \"%1\" and was not let in. Was the session "
                                "held all the same?")
                                 .arg(title),
                             false)
            : askWhetherHeld(tr("Session Ended"),
                             tr("Nobody joined \"%1\". How should it be recorded?").arg(title));
        if (outcome)
            record(occurrence, tr("Mark \"%1\" as %2").arg(title, Appointment::statusText(*outcome)),
                   [status = *outcome](Appointment& date) { date.status = status; });
        sayRecorded(occurrence);
    }
}

void SessionLauncher::sayRecorded(const Occurrence& occurrence)
{
    QString unused;
    const std::optional<Appointment> stored = m_store.storedDate(occurrence, &unused);
    if (!stored || !stored->sessionStarted || !stored->sessionEnded)
        return;
    const QString from = stored->sessionStarted->toLocalTime().toString(DateTimeInput::timeFormat());
    const QString to = stored->sessionEnded->toLocalTime().toString(DateTimeInput::timeFormat());
    const QString status = Appointment::statusText(stored->status);
    Q_EMIT statusMessage(m_namesHidden
                             ? tr("The session was recorded as %1 (%2–%3). Undo with %4.")
                                   .arg(status, from, to, CalendarChanges::undoKey())
                             : tr("\"%1\" recorded as %2 (%3–%4). Undo with %5.")
                                   .arg(stored->title, status, from, to, CalendarChanges::undoKey()));
}

std::optional<AppointmentStatus> SessionLauncher::askWhetherHeld(const QString& title,
                                                                 const QString& question, bool offerNoShow)
{
    // Only a choice the counselor makes is recorded: "Decide later" (and Enter, its default) writes
    // no status. Named "Cancel", it read as cancelling the appointment.
    QList<AppointmentStatus> outcomes { AppointmentStatus::Done };
    QStringList choices { tr("&Held") };
    if (offerNoShow) {
        outcomes.append(AppointmentStatus::NoShow);
        choices.append(tr("Client did &not come"));
    }
    const int choice = MessageBox::choose(m_window, title, question, choices, MessageBox::cancelIsDefault,
                                          tr("Decide &Later"));
    return choice >= 0 && choice < outcomes.size() ? std::optional(outcomes.at(choice)) : std::nullopt;
}

void SessionLauncher::askAboutEndedSessions()
{
    // Its questions name appointments: not under the privacy curtain. Nor while the counselor types:
    // the question took the keyboard, and a space typed into an appointment's notes answered it.
    // The next round asks.
    if (m_namesHidden || counselorIsTyping())
        return;
    // No second round while the counselor answers this one.
    m_endedSessions->stop();
    const QDateTime now = m_clock.nowUtc();
    for (const Occurrence& occurrence : m_store.occurrences(now.addDays(-7), now)) {
        const QString key = occurrence.key();
        if (occurrence.appointment->status != AppointmentStatus::Started || occurrence.end > now
            || windowFor(occurrence) || m_askedWhetherHeld.contains(key))
            continue;
        m_askedWhetherHeld.insert(key); // once: Cancel leaves it to the counselor
        const std::optional<AppointmentStatus> outcome = askWhetherHeld(
            tr("Did It Take Place?"),
            tr("\"%1\" was planned until %2. Did it take place?")
                .arg(occurrence.appointment->title,
                     QLocale().toString(occurrence.end.toLocalTime(), QLocale::ShortFormat)));
        if (outcome)
            m_changes.setStatus(occurrence, *outcome);
    }
    m_endedSessions->start();
}

bool SessionLauncher::counselorIsTyping()
{
    const QWidget* focused = QApplication::focusWidget();
    return QApplication::activeModalWidget() || qobject_cast<const QLineEdit*>(focused)
        || qobject_cast<const QTextEdit*>(focused) || qobject_cast<const QPlainTextEdit*>(focused)
        || qobject_cast<const QAbstractSpinBox*>(focused);
}

bool SessionLauncher::record(const Occurrence& occurrence, const QString& text,
                             const std::function<void(Appointment&)>& change)
{
    if (m_changes.recordSession(occurrence, text, change))
        return true;
    qCWarning(lcMeeting) << "could not record the session's state";
    return false;
}

void SessionLauncher::warmUpFor(const Occurrence& occurrence)
{
    const Appointment& appointment = *occurrence.appointment;
    QString unused;
    const std::optional<ServerProfile> profile
        = SessionPlanner::serverFor(m_settings, appointment, {}, &unused);
    if (!profile)
        return;
    QString error;
    if (SessionHost* engine = host(&error))
        engine->warmUp(JitsiLink::externalApiUrl(profile->baseUrl));

    // Once per date: check the server in time to switch to the backup or call the client.
    const QString key = occurrence.key();
    if (m_checked.contains(key))
        return;
    m_checked.insert(key);
    auto* check = new ServerCheck(m_network, this);
    check->run(profile->baseUrl, [this, check, name = profile->name](const QList<ServerCheck::Step>& steps) {
        check->deleteLater();
        if (ServerCheck::worst(steps) == ServerCheck::Status::Pass) {
            Q_EMIT attentionRequested(tr("Video session in a few minutes"),
                                      tr("Test camera, microphone and connection now: \"Check\" under "
                                         "Next appointment."));
            return;
        }
        const ServerCheck::Step& problem
            = *std::find_if(steps.cbegin(), steps.cend(), [](const ServerCheck::Step& step) {
                  return step.status != ServerCheck::Status::Pass;
              });
        Q_EMIT attentionRequested(tr("Check the video server before the session"),
                                  tr("%1: %2").arg(name, problem.detail));
    });
}

void SessionLauncher::check(const Occurrence& occurrence)
{
    QString error;
    if (const std::optional<ServerProfile> profile
        = SessionPlanner::serverFor(m_settings, *occurrence.appointment, {}, &error))
        check(*profile);
    else if (m_settings.serverProfiles().isEmpty())
        checkDevices();
    else
        MessageBox::warning(m_window, tr("Check Before the Session"), error);
}

void SessionLauncher::check(const ServerProfile& server)
{
    openCheck(server);
}

void SessionLauncher::checkDevices()
{
    openCheck(std::nullopt);
}

void SessionLauncher::openCheck(const std::optional<ServerProfile>& server, QWidget* parent)
{
    QString error;
    if (!host(&error)) {
        MessageBox::warning(parent ? parent : m_window, tr("Check Before the Session"), error);
        return;
    }
    const QString serverId = server ? server->id : QString();
    if (m_check) {
        if (m_checkedServer == serverId) {
            m_check->raise();
            m_check->activateWindow();
            return;
        }
        m_check->close();
    }
    m_check = m_host->createCheck(m_settings, server, parent ? parent : m_window);
    m_check->setAttribute(Qt::WA_DeleteOnClose);
    m_checkedServer = serverId;
    m_check->show();
}
