#include "ui/calendar/ReminderNotifier.h"

#include "core/base/Clock.h"
#include "core/calendar/AppointmentStore.h"
#include "core/settings/Settings.h"
#include "ui/common/Announcer.h"
#include "ui/common/ScreenRoom.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

Q_DECLARE_METATYPE(ReminderSchedule::Reminder)

ReminderNotifier::ReminderNotifier(const AppointmentStore& store, Settings& settings, const Clock& clock,
                                   QWidget* parent)
    : QDialog(parent, Qt::Tool)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_list(new QListWidget(this))
    , m_timer(new QTimer(this))
    , m_announcer(new Announcer(this))
{
    setObjectName(QStringLiteral("reminders"));
    setWindowTitle(tr("Reminders"));
    setModal(false);
    // A reminder came up with the keyboard: what the counselor went on typing in the appointment
    // dialog went to the reminder, and Enter opened it. It is said to screen readers instead.
    setAttribute(Qt::WA_ShowWithoutActivating);
    connect(qApp, &QGuiApplication::focusWindowChanged, this, [this](QWindow* focused) {
        if (focused && focused != windowHandle())
            raiseUnlessAsking();
    });
    // X11 window managers raise a window clicked, also the one with the keyboard: a click into the
    // calendar put it over the reminder.
    qApp->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("reminderList"));
    // The window's only list; without a name a screen reader says just "list".
    m_list->setAccessibleName(tr("Due reminders"));
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* start = buttons->addButton(tr("S&tart"), QDialogButtonBox::ActionRole);
    start->setObjectName(QStringLiteral("startButton"));
    QPushButton* open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openButton"));
    // Enter on the list opens the reminder's appointment (Qt's activation of an item): the frame of
    // the default button sat on Start all the same.
    open->setDefault(true);
    QPushButton* snooze
        = buttons->addButton(tr("&Snooze %1 min").arg(snoozeMinutes), QDialogButtonBox::ActionRole);
    QPushButton* dismiss = buttons->addButton(tr("&Dismiss All"), QDialogButtonBox::RejectRole);
    connect(start, &QPushButton::clicked, this, &ReminderNotifier::startSelected);
    connect(open, &QPushButton::clicked, this, &ReminderNotifier::openSelected);
    connect(snooze, &QPushButton::clicked, this, &ReminderNotifier::snoozeSelected);
    connect(dismiss, &QPushButton::clicked, this, &ReminderNotifier::dismissAll);
    connect(m_list, &QListWidget::itemActivated, this, &ReminderNotifier::openSelected);
    connect(&m_store, &AppointmentStore::changed, this, &ReminderNotifier::forgetDatesNoLongerPlanned);
    // Start says what it does for the selected appointment's kind, as beside the calendar: a
    // phone appointment offered "Start" where the panel said "Call"; one in person starts nothing.
    connect(m_list, &QListWidget::currentItemChanged, this, [this, start](QListWidgetItem* current) {
        const std::optional<Appointment> appointment = current
            ? m_store.find(current->data(Qt::UserRole).value<ReminderSchedule::Reminder>().uid)
            : std::nullopt;
        const SessionKind kind = appointment ? appointment->kind : SessionKind::Jitsi;
        start->setVisible(kind != SessionKind::InPerson);
        start->setText(kind == SessionKind::Phone              ? tr("&Call")
                           : kind == SessionKind::ExternalLink ? tr("Open &Link")
                                                               : tr("S&tart"));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    ScreenRoom::resize(this, QSize(420, 220));

    // A check every 30 seconds showed a reminder up to half a minute late (a minute, under load):
    // the timer now waits for the next reminder itself, to the second.
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::check);
    // A new appointment whose reminder comes before the next check.
    connect(&m_store, &AppointmentStore::changed, this, &ReminderNotifier::scheduleNextCheck);
    scheduleNextCheck();
}

void ReminderNotifier::scheduleNextCheck()
{
    // At least once a minute: the clock may have been set, or the computer was asleep.
    const QDateTime now = m_clock.nowUtc();
    QDateTime next = now.addSecs(60);
    const QList<ReminderSchedule::Reminder> coming = ReminderSchedule::due(m_store, now, next);
    if (!coming.isEmpty())
        next = qMin(next, coming.first().due);
    for (const ReminderSchedule::Reminder& snoozed : std::as_const(m_snoozed))
        next = qMin(next, qMax(now, snoozed.due));
    m_timer->start(int(now.msecsTo(next)));
}

int ReminderNotifier::millisecondsToNextCheck() const
{
    return m_timer->isActive() ? m_timer->interval() : 0;
}

void ReminderNotifier::setTray(QSystemTrayIcon* tray)
{
    if (!tray)
        return;
    connect(tray, &QSystemTrayIcon::messageClicked, this, &ReminderNotifier::bringForward);
}

int ReminderNotifier::pendingCount() const
{
    return m_list->count();
}

void ReminderNotifier::check()
{
    const QDateTime now = m_clock.nowUtc();
    QDateTime since = m_settings.remindersCheckedUntil();
    // On the very first start nothing counts as missed; after a long absence, one day back at most.
    if (!since.isValid() || since > now)
        since = now;
    since = qMax(since, now.addDays(-1));
    QStringList said;
    for (const ReminderSchedule::Reminder& reminder : ReminderSchedule::due(m_store, since, now))
        said.append(show(reminder, reminder.due < now.addSecs(-120)));
    for (qsizetype index = m_snoozed.size() - 1; index >= 0; --index) {
        if (m_snoozed.at(index).due <= now)
            said.append(show(m_snoozed.takeAt(index), false));
    }
    // The window comes without the focus, and without a tray there is no desktop notification:
    // a screen reader said nothing, and a blind counselor missed the session. All in one, as a
    // screen reader reads an announcement when it gets to it, and would hear only the last.
    if (!said.isEmpty())
        m_announcer->announce(
            said.join(QLatin1Char(' ')) + QLatin1Char(' ')
            + tr("%1 goes to the reminders.").arg(bringForwardKey().toString(QKeySequence::NativeText)));
    m_settings.setRemindersCheckedUntil(now);
    m_settings.sync();
    scheduleNextCheck();
}

QString ReminderNotifier::show(const ReminderSchedule::Reminder& reminder, bool missed)
{
    const QDateTime start = reminder.start.toLocalTime();
    const auto line = [&start, missed](const QString& what) {
        const QString text
            = QLocale().toString(start, QStringLiteral("ddd HH:mm")) + QStringLiteral("  ") + what;
        return missed ? tr("Missed: %1").arg(text) : text;
    };
    auto* item = new QListWidgetItem(line(reminder.title), m_list);
    item->setData(Qt::UserRole, QVariant::fromValue(reminder));
    item->setData(NamelessRole, line(tr("an appointment")));
    if (m_namesHidden)
        item->setData(Qt::AccessibleTextRole, item->data(NamelessRole));
    m_list->setCurrentItem(item);
    // Rounded up: a reminder ten minutes before, shown a moment after its second, said "in 9 minutes".
    const qint64 minutes = (m_clock.nowUtc().secsTo(reminder.start) + 59) / 60;
    const QString when = minutes > 0 ? tr("Starts in %n minutes, at %1.", nullptr, int(minutes))
                                           .arg(start.toString(QStringLiteral("HH:mm")))
                                     : tr("Started at %1.").arg(start.toString(QStringLiteral("HH:mm")));
    QDialog::show();
    raise();
    Q_EMIT attentionRequested(m_namesHidden ? tr("Reminder") : reminder.title, when);
    return tr("Reminder: %1. %2").arg(m_namesHidden ? tr("an appointment") : reminder.title, when);
}

bool ReminderNotifier::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && watched->isWindowType() && watched != windowHandle())
        raiseUnlessAsking();
    return QDialog::eventFilter(watched, event);
}

void ReminderNotifier::raiseUnlessAsking()
{
    // It stayed on top of every window (Windows' topmost windows, the "above" layer of X11 window
    // managers), and covered the new appointment's form and hid its question „Den neuen Termin
    // verwerfen?“ whole: she saw nothing happen, and her next key answered it (tester13's K13).
    // Now it comes up above Vieraugen's windows as the keyboard or the mouse goes to them, the
    // calendar or a session, but stays under a form or question open (modal) and under other programs.
    if (isVisible() && !QGuiApplication::modalWindow())
        raise();
}

bool ReminderNotifier::bringForward()
{
    if (m_list->count() == 0)
        return false;
    QDialog::show();
    raise();
    activateWindow();
    m_list->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void ReminderNotifier::setNamesHidden(bool hidden)
{
    m_namesHidden = hidden;
    // The list is covered, but a screen reader still read its items aloud as they came.
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setData(Qt::AccessibleTextRole, hidden ? item->data(NamelessRole) : QVariant());
    }
}

void ReminderNotifier::forgetDatesNoLongerPlanned()
{
    // A session started with Ctrl+Enter kept its reminder on top of the video, and after it ended.
    const auto noLongerPlanned = [this](const ReminderSchedule::Reminder& reminder) {
        const std::optional<Occurrence> date = m_store.occurrenceOf(reminder.uid, reminder.recurrenceId);
        return date && date->appointment->status != AppointmentStatus::Planned;
    };
    for (int row = m_list->count() - 1; row >= 0; --row) {
        if (noLongerPlanned(m_list->item(row)->data(Qt::UserRole).value<ReminderSchedule::Reminder>()))
            delete m_list->takeItem(row);
    }
    m_snoozed.removeIf(noLongerPlanned);
    if (m_list->count() == 0)
        hide();
}

std::optional<ReminderSchedule::Reminder> ReminderNotifier::takeSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const auto reminder = item->data(Qt::UserRole).value<ReminderSchedule::Reminder>();
    delete item;
    if (m_list->count() == 0)
        hide();
    return reminder;
}

void ReminderNotifier::openSelected()
{
    if (const auto reminder = takeSelected())
        Q_EMIT openRequested(reminder->uid, reminder->recurrenceId);
}

void ReminderNotifier::startSelected()
{
    if (const auto reminder = takeSelected())
        Q_EMIT startRequested(reminder->uid, reminder->recurrenceId);
}

void ReminderNotifier::snoozeSelected()
{
    if (auto reminder = takeSelected()) {
        reminder->due = m_clock.nowUtc().addSecs(snoozeMinutes * 60);
        m_snoozed.append(*reminder);
        scheduleNextCheck();
    }
}

void ReminderNotifier::dismissAll()
{
    m_list->clear();
    hide();
}
