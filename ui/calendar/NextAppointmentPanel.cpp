#include "ui/calendar/NextAppointmentPanel.h"

#include "core/base/Clock.h"
#include "core/base/DateFormats.h"
#include "core/base/DateTimeInput.h"
#include "core/base/PhoneNumber.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarDays.h"
#include "ui/calendar/CalendarStyle.h"
#include "ui/common/WrappingButton.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

NextAppointmentPanel::NextAppointmentPanel(const AppointmentStore& store, const Clock& clock, QWidget* parent)
    : QFrame(parent)
    , m_store(store)
    , m_clock(clock)
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_action(new WrappingButton(this))
    , m_check(new WrappingButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("nextAppointment"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Next appointment"));
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(tr("Next appointment")));
    m_details->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("action"));
    m_check->setObjectName(QStringLiteral("check"));
    // Reached by Tab, but a click leaves the keyboard where it was: after a session started here
    // closed, the focus sat unseen on Start (Enter started it again) and the calendar's keys were dead.
    for (QPushButton* button : { m_action, m_check })
        button->setFocusPolicy(Qt::TabFocus);
    m_check->setToolTip(tr("Test camera, microphone, speaker and the connection to the video server"));
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_heading);
    texts->addWidget(m_details);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_action);
    buttons->addWidget(m_check);
    buttons->addStretch();
    m_layout = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_layout->addLayout(texts, 1);
    m_layout->addLayout(buttons);
    connect(m_action, &QPushButton::clicked, this, &NextAppointmentPanel::act);
    m_action->installEventFilter(this);
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (m_next)
            Q_EMIT checkRequested(*m_next);
    });
    connect(&m_store, &AppointmentStore::changed, this, &NextAppointmentPanel::refresh);
    connect(m_timer, &QTimer::timeout, this, &NextAppointmentPanel::refresh);
    m_timer->start(30 * 1000); // the countdown counts minutes
    refresh();
}

std::optional<Occurrence> NextAppointmentPanel::nextSession() const
{
    return upcoming(true);
}

std::optional<Occurrence> NextAppointmentPanel::upcoming(bool sessionsOnly) const
{
    const QDateTime now = m_clock.nowUtc();
    std::optional<Occurrence> next;
    // The appointment due now wins over one still running: at 08:00 the 08:00 session is the one
    // to start, not the phone call that began at 07:45 and runs on (Ctrl+Enter starts what is here).
    const QDateTime dueBy = now.addSecs(dueAheadMinutes * 60);
    for (const Occurrence& occurrence : m_store.occurrences(now, now.addDays(14))) {
        // One held early (at 10:16 for 10:45) is done: Ctrl+Enter opened its room again.
        if (occurrence.isAllDay() || occurrence.appointment->isSettled()
            || (sessionsOnly && occurrence.appointment->kind == SessionKind::InPerson))
            continue;
        if (!next || occurrence.start <= dueBy)
            next = occurrence;
        if (occurrence.start > dueBy)
            break;
    }
    return next;
}

void NextAppointmentPanel::setWide(bool wide)
{
    m_layout->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void NextAppointmentPanel::setOpenSessions(const QStringList& occurrenceKeys)
{
    m_openSessions = occurrenceKeys;
    refresh();
}

void NextAppointmentPanel::refresh()
{
    const QDateTime now = m_clock.nowUtc();
    m_next = upcoming(false);
    if (!m_next) {
        m_details->setText(tr("Nothing planned for the next two weeks."));
        m_action->hide();
        m_check->hide();
        return;
    }
    const Appointment& appointment = *m_next->appointment;
    const QDateTime start = m_next->start.toLocalTime();
    const qint64 minutes = now.secsTo(m_next->start) / 60;
    QString countdown;
    if (minutes <= 0)
        countdown = tr("running now");
    else if (minutes < 60)
        countdown = tr("in %n min", nullptr, int(minutes));
    else if (minutes < 24 * 60)
        countdown = tr("in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    else
        countdown = tr("in %n days", nullptr, int(CalendarDays::between(now, m_next->start)));
    // Its window open, it showed "Start" beside "begun", as if nothing were running.
    const bool sessionOpen = m_openSessions.contains(m_next->key());
    if (sessionOpen)
        countdown = tr("session running");
    // A session under way (or held or missed early) says so; a planned one needs no word.
    else if (appointment.status != AppointmentStatus::Planned)
        countdown += QStringLiteral(", ") + CalendarStyle::statusMark(appointment.status) + QLatin1Char(' ')
            + Appointment::statusText(appointment.status);
    m_details->setText(
        QStringLiteral("%1 %2<br>%3, %4<br><i>%5</i>")
            .arg(CalendarStyle::symbolFor(appointment.kind), appointment.title.toHtmlEscaped(),
                 QLocale().toString(start,
                                    QStringLiteral("ddd ") + DateFormats::numericDayMonth(QLocale())
                                        + QLatin1Char(' ') + DateTimeInput::timeFormat()),
                 countdown.toHtmlEscaped(), appointment.participantNames().toHtmlEscaped()));
    m_details->setToolTip(Appointment::statusText(appointment.status));
    m_action->show();
    m_check->setVisible(appointment.kind == SessionKind::Jitsi);
    // Screen readers take the tooltip as the description once, and hear no change of it: the button
    // kept describing what it did first ("Show the appointment" over "Start: …"). A description of
    // its own is announced when it changes.
    QString description;
    switch (appointment.kind) {
    case SessionKind::Jitsi:
        if (sessionOpen) {
            m_action->setText(tr("Back to the Session"));
            description = tr("Bring the session window to the front (Ctrl+Return)");
            m_check->hide();
            break;
        }
        m_action->setText(tr("Start"));
        description = tr("Start the video session (Ctrl+Return)");
        // Shortly before, the check is what to do first.
        m_check->setText(minutes <= warmUpMinutes && minutes > 0 ? tr("Check Camera and Microphone Now…")
                                                                 : tr("Check…"));
        if (minutes <= warmUpMinutes)
            Q_EMIT startingSoon(*m_next);
        break;
    case SessionKind::ExternalLink:
        m_action->setText(tr("Open link"));
        m_action->setToolTip(appointment.externalUrl.toString());
        description = tr("Open the meeting's link in the web browser");
        break;
    case SessionKind::Phone:
        m_action->setText(tr("Call"));
        // As stored until the tooltip is asked for: the number as dialled here needs the phone module,
        // which the calendar starts without (see eventFilter).
        m_action->setToolTip(appointment.participants.value(0).phone);
        m_action->setEnabled(!appointment.participants.value(0).phone.isEmpty());
        description = tr("Show the number to dial");
        break;
    case SessionKind::InPerson:
        m_action->setText(tr("Open"));
        description = tr("Show the appointment");
        break;
    }
    if (appointment.kind == SessionKind::Jitsi || appointment.kind == SessionKind::InPerson)
        m_action->setToolTip(description);
    if (m_action->accessibleDescription() != description)
        m_action->setAccessibleDescription(description);
    // The button alone said "Start", not for what: reached by Tab or F6, it is heard without the
    // lines above it.
    m_action->setAccessibleName(
        tr("%1: %2, %3")
            .arg(m_action->text(), appointment.title,
                 QLocale().toString(start,
                                    DateFormats::weekdayDayMonth(QLocale()) + QLatin1Char(' ')
                                        + DateTimeInput::timeFormat())));
}

bool NextAppointmentPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_action && event->type() == QEvent::ToolTip && m_next
        && m_next->appointment->kind == SessionKind::Phone)
        m_action->setToolTip(
            PhoneNumber::forDisplay(m_next->appointment->participants.value(0).phone, QStringLiteral("DE")));
    return QFrame::eventFilter(watched, event);
}

void NextAppointmentPanel::act()
{
    if (!m_next)
        return;
    if (m_next->appointment->kind == SessionKind::InPerson)
        Q_EMIT openRequested(m_next->appointment->uid, m_next->recurrenceId);
    else
        Q_EMIT startRequested(*m_next);
}
