#include "ui/calendar/AppointmentDialog.h"

#include "core/base/Clock.h"
#include "core/base/DateTimeInput.h"
#include "core/base/PhoneNumber.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/WallClock.h"
#include "core/settings/Settings.h"
#include "ui/calendar/CalendarStyle.h"
#include "ui/calendar/EarlyStatusQuestion.h"
#include "ui/calendar/RecurrenceEditor.h"
#include "ui/common/DateField.h"
#include "ui/common/TimeField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace {

enum RepeatPreset
{
    NoRepeat,
    Weekly,
    EveryTwoWeeks,
    Monthly,
    Custom
};

int presetOf(const QString& rule)
{
    const QString withoutCount = rule.section(QStringLiteral(";COUNT="), 0, 0);
    if (rule.isEmpty())
        return NoRepeat;
    if (withoutCount == QLatin1String("FREQ=WEEKLY"))
        return Weekly;
    if (withoutCount == QLatin1String("FREQ=WEEKLY;INTERVAL=2"))
        return EveryTwoWeeks;
    if (withoutCount == QLatin1String("FREQ=MONTHLY"))
        return Monthly;
    return Custom;
}

// Why the field holds no date: a day the calendar lacks is named ("31.02.2027 does not exist."),
// anything else gets the example of how to type one.
QString dateProblem(const DateField* field, const QString& howToType)
{
    return field->namesDayThatDoesNotExist()
        ? AppointmentDialog::tr("%1 does not exist.").arg(field->text().trimmed())
        : howToType;
}

// Minutes from one time of day to the next time the clock shows the other: an end after
// midnight lies the next day. 0 when both are the same.
int minutesUntil(const QTime& from, const QTime& to)
{
    constexpr int day = 24 * 60;
    return (from.secsTo(to) / 60 + day) % day;
}

// A session may run past midnight, but an end half a day or more "before" the start is a typo,
// not a night.
constexpr int longestNightMinutes = 12 * 60;

} // namespace

QString AppointmentDialog::presetRule(int preset, int count)
{
    QString rule;
    switch (preset) {
    case Weekly:
        rule = QStringLiteral("FREQ=WEEKLY");
        break;
    case EveryTwoWeeks:
        rule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2");
        break;
    case Monthly:
        rule = QStringLiteral("FREQ=MONTHLY");
        break;
    default:
        return QString();
    }
    return count > 0 ? rule + QStringLiteral(";COUNT=%1").arg(count) : rule;
}

AppointmentDialog::AppointmentDialog(const Appointment& appointment, const Settings& settings,
                                     const AppointmentStore& store, const Clock& clock, bool isOccurrence,
                                     QWidget* parent)
    : FormDialog(parent)
    , m_original(appointment)
    , m_store(store)
    , m_clock(clock)
    , m_title(new QLineEdit(appointment.title, this))
    , m_calendar(new QComboBox(this))
    , m_counselor(new QLineEdit(appointment.counselor, this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_server(new QComboBox(this))
    , m_link(new QLineEdit(appointment.externalUrl.toString(), this))
    , m_date(new DateField(clock.nowUtc().toLocalTime().date(), this))
    , m_start(new TimeField(this))
    , m_end(new TimeField(this))
    , m_nextDay(new QLabel(this))
    , m_lastDay(new DateField(clock.nowUtc().toLocalTime().date(), this))
    , m_allDay(new QCheckBox(tr("All &day"), this))
    , m_repeat(new QComboBox(this))
    , m_customRule(new RecurrenceEditor(clock.nowUtc().toLocalTime().date(), this))
    , m_count(new QSpinBox(this))
    , m_clientName(new QLineEdit(this))
    , m_clientEmail(new QLineEdit(this))
    , m_clientPhone(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_reminder(new QComboBox(this))
    , m_notes(new QPlainTextEdit(appointment.notes, this))
{
    // One occurrence of a series comes as a new exception, but the counselor edits an appointment.
    if (isOccurrence)
        setWindowTitle(tr("Edit Occurrence"));
    else
        setWindowTitle(appointment.id == 0 ? tr("New Appointment") : tr("Edit Appointment"));
    if (appointment.id == 0 && !isOccurrence)
        setDiscardQuestion(tr("Discard the new appointment?"));
    const QTimeZone zone(appointment.timeZone.toUtf8());
    const QDateTime localStart = appointment.start.toTimeZone(zone);
    const QDateTime localEnd = appointment.end.toTimeZone(zone);

    for (auto [name, widget] :
         std::initializer_list<std::pair<const char*, QWidget*>> { { "title", m_title },
                                                                   { "calendar", m_calendar },
                                                                   { "counselor", m_counselor },
                                                                   { "kind", m_kind },
                                                                   { "status", m_status },
                                                                   { "server", m_server },
                                                                   { "link", m_link },
                                                                   { "date", m_date },
                                                                   { "start", m_start },
                                                                   { "end", m_end },
                                                                   { "nextDay", m_nextDay },
                                                                   { "lastDay", m_lastDay },
                                                                   { "allDay", m_allDay },
                                                                   { "repeat", m_repeat },
                                                                   { "customRule", m_customRule },
                                                                   { "count", m_count },
                                                                   { "clientName", m_clientName },
                                                                   { "clientEmail", m_clientEmail },
                                                                   { "clientPhone", m_clientPhone },
                                                                   { "language", m_language },
                                                                   { "reminder", m_reminder },
                                                                   { "notes", m_notes } })
        widget->setObjectName(QLatin1String(name));
    // The times share the row the date's label names: screen readers need to know which is which.
    m_start->setAccessibleName(tr("Start time"));
    m_end->setAccessibleName(tr("End time"));
    m_lastDay->setAccessibleName(tr("Last day"));
    m_count->setAccessibleName(tr("Number of appointments"));

    m_title->setPlaceholderText(tr("e.g. Counseling session"));
    m_kind->addItem(tr("Video session (Jitsi)"), int(SessionKind::Jitsi));
    m_kind->addItem(tr("Link to another tool (Zoom, Teams, …)"), int(SessionKind::ExternalLink));
    m_kind->addItem(tr("Phone call"), int(SessionKind::Phone));
    m_kind->addItem(tr("In person"), int(SessionKind::InPerson));
    m_kind->setCurrentIndex(m_kind->findData(int(appointment.kind)));
    QList<AppointmentStatus> statuses = Appointment::statusesToChoose();
    if (!statuses.contains(appointment.status))
        statuses.prepend(appointment.status); // "started": kept until the counselor says how it went
    for (AppointmentStatus status : std::as_const(statuses)) {
        m_status->addItem(CalendarStyle::statusChoice(status), int(status));
    }
    m_status->setCurrentIndex(m_status->findData(int(appointment.status)));
    // Whether it took place is a matter of one date: a whole series has no status of its own.
    const bool wholeSeries = appointment.isRecurring() && !isOccurrence;
    m_status->setEnabled(!wholeSeries);
    if (wholeSeries)
        m_status->setToolTip(tr("To record how one date went, open that date only."));
    for (const ServerProfile& profile : settings.serverProfiles())
        m_server->addItem(profile.name, profile.id);
    // Video sessions can be planned before IT has set up the server; it is chosen at Start.
    if (m_server->count() == 0)
        m_server->addItem(tr("Not set up yet"), QString());
    const QString serverId = appointment.serverProfileId.isEmpty() ? settings.defaultServerProfileId()
                                                                   : appointment.serverProfileId;
    m_server->setCurrentIndex(qMax(0, m_server->findData(serverId)));
    m_link->setPlaceholderText(QStringLiteral("https://"));

    m_date->setDate(appointment.allDay ? appointment.startDate : localStart.date());
    m_start->setTime(localStart.time());
    m_end->setTime(localEnd.time());
    m_lastDay->setDate(appointment.allDay ? appointment.endDate.addDays(-1) : localStart.date());
    m_allDay->setChecked(appointment.allDay);

    m_repeat->addItems(
        { tr("Does not repeat"), tr("Weekly"), tr("Every 2 weeks"), tr("Monthly"), tr("Custom…") });
    m_repeat->setCurrentIndex(presetOf(appointment.rrule));
    m_customRule->setRule(appointment.rrule, zone);
    m_customRule->setFirstDate(m_date->date());
    connect(m_date, &DateField::dateChanged, m_customRule, &RecurrenceEditor::setFirstDate);
    m_count->setRange(0, 500);
    m_count->setSpecialValueText(tr("no end"));
    const auto countSuffix = [this](int count) { m_count->setSuffix(tr(" times", nullptr, count)); };
    countSuffix(appointment.rrule.section(QStringLiteral(";COUNT="), 1, 1).toInt());
    connect(m_count, &QSpinBox::valueChanged, this, countSuffix);
    m_count->setValue(appointment.rrule.section(QStringLiteral(";COUNT="), 1, 1).toInt());
    // One occurrence of a series cannot have a rule of its own.
    for (QWidget* widget : std::initializer_list<QWidget*> { m_repeat, m_customRule, m_count })
        widget->setEnabled(!isOccurrence);

    const Participant client = appointment.participants.value(0);
    m_clientName->setText(client.displayName);
    m_clientEmail->setText(client.email);
    m_clientPhone->setText(PhoneNumber::forDisplay(client.phone, QStringLiteral("DE")));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(client.language)));

    m_reminder->addItem(tr("No reminder"), -1);
    for (int minutes : { 5, 10, 15, 30, 60 })
        m_reminder->addItem(tr("%n minutes before", nullptr, minutes), minutes);
    m_reminder->addItem(tr("1 day before"), 24 * 60);
    m_reminder->setCurrentIndex(qMax(0, m_reminder->findData(appointment.reminderMinutes.value(0, -1))));
    m_notes->setPlaceholderText(tr("Short notes, for you only. They are never sent."));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_start);
    when->addWidget(new QLabel(QStringLiteral("–"), this));
    when->addWidget(m_end);
    when->addWidget(m_lastDay);
    when->addWidget(m_allDay);
    when->addStretch();
    auto* repeat = new QHBoxLayout;
    repeat->addWidget(m_repeat);
    repeat->addWidget(m_count);
    repeat->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&alendar:"), m_calendar);
    form->setRowVisible(m_calendar, false); // until offerCalendars() has a choice to offer
    form->addRow(tr("C&ounselor:"), m_counselor);
    form->setRowVisible(m_counselor, false); // in team calendars only
    m_counselor->setToolTip(tr("Who holds the appointment: the counselor's user name on the calendar "
                               "server. Only that counselor's Vieraugen starts its session."));
    m_form = form;
    // A row of several fields has no buddy of its own: the label names the first, so that its
    // mnemonic works and no "&" shows.
    const auto labelFor = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&When:"), m_date), when);
    // A row of its own: beside the times it squeezed them and the date in a crowded row.
    form->addRow(QString(), m_nextDay);
    form->addRow(tr("&Session:"), m_kind);
    if (appointment.id != 0 || isOccurrence)
        form->addRow(tr("Stat&us:"), m_status);
    else
        m_status->hide(); // a new appointment is planned
    form->addRow(tr("Ser&ver:"), m_server);
    form->addRow(tr("&Link:"), m_link);
    form->addRow(labelFor(tr("&Repeat:"), m_repeat), repeat);
    form->addRow(QString(), m_customRule);
    form->addRow(tr("&Client:"), m_clientName);
    form->addRow(tr("&E-mail:"), m_clientEmail);
    m_clientPhoneLabel = labelFor(tr("&Mobile:"), m_clientPhone);
    form->addRow(m_clientPhoneLabel, m_clientPhone);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("Rem&inder:"), m_reminder);
    form->addRow(tr("&Notes:"), m_notes);
    setForm(form);

    connect(m_customRule, &RecurrenceEditor::changed, this, &AppointmentDialog::updateState);
    // The dates too: "31.02.202" and "31.02.2027" are both no date, but only the second is worth naming.
    for (QLineEdit* edit : { m_title, m_link, m_clientName, m_clientEmail, m_clientPhone,
                             static_cast<QLineEdit*>(m_date), static_cast<QLineEdit*>(m_lastDay) })
        connect(edit, &QLineEdit::textChanged, this, &AppointmentDialog::updateState);
    for (QComboBox* box : { m_kind, m_server, m_repeat })
        connect(box, &QComboBox::currentIndexChanged, this, &AppointmentDialog::updateState);
    connect(m_date, &DateField::dateChanged, this, [this](const QDate& newDate) {
        // Moving the first day keeps the number of days, as moving the start keeps the length.
        if (newDate.isValid()) {
            const QDate previous = m_date->property("previous").toDate();
            if (previous.isValid() && m_lastDay->date().isValid())
                m_lastDay->setDate(newDate.addDays(previous.daysTo(m_lastDay->date())));
            m_date->setProperty("previous", newDate);
        }
        updateState();
    });
    m_date->setProperty("previous", m_date->date());
    connect(m_lastDay, &DateField::dateChanged, this, &AppointmentDialog::updateState);
    connect(m_start, &TimeField::timeChanged, this, [this](const QTime& newStart) {
        // Moving the start keeps the length, as in every calendar; half-typed times don't count.
        if (!newStart.isValid())
            return updateState();
        const int minutes = minutesUntil(m_start->property("previous").toTime(), m_end->time());
        m_start->setProperty("previous", newStart);
        if (minutes > 0)
            m_end->setTime(newStart.addSecs(minutes * 60));
        updateState();
    });
    m_start->setProperty("previous", m_start->time());
    connect(m_end, &TimeField::timeChanged, this, &AppointmentDialog::updateState);
    m_allDayDefaults = { { m_kind, int(SessionKind::InPerson) }, { m_reminder, -1 } };
    for (qsizetype index = 0; index < m_allDayDefaults.size(); ++index)
        connect(m_allDayDefaults.at(index).box, &QComboBox::activated, this,
                [this, index] { m_allDayDefaults[index].chosen = true; });
    connect(m_allDay, &QCheckBox::toggled, this, &AppointmentDialog::applyAllDayDefaults);
    connect(m_allDay, &QCheckBox::toggled, this, &AppointmentDialog::updateState);
    connect(m_count, &QSpinBox::valueChanged, this, &AppointmentDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

QString AppointmentDialog::problem(Appointment* result) const
{
    Appointment candidate = m_original;
    candidate.title = m_title->text().trimmed();
    candidate.kind = static_cast<SessionKind>(m_kind->currentData().toInt());
    candidate.status = static_cast<AppointmentStatus>(m_status->currentData().toInt());
    candidate.serverProfileId
        = candidate.kind == SessionKind::Jitsi ? m_server->currentData().toString() : QString();
    candidate.externalUrl
        = candidate.kind == SessionKind::ExternalLink ? QUrl(m_link->text().trimmed()) : QUrl();
    candidate.notes = m_notes->toPlainText();
    candidate.reminderMinutes.clear();
    if (m_reminder->currentData().toInt() >= 0)
        candidate.reminderMinutes.append(m_reminder->currentData().toInt());
    // Every wrong field is named: with the e-mail address and the mobile number both wrong, only the
    // number was, and OK stayed off without a word about the address.
    QStringList problems = clientProblems(&candidate);
    const QString schedule = scheduleProblem(&candidate);
    if (!schedule.isEmpty())
        problems.prepend(schedule);
    QString error;
    if (problems.isEmpty() && !candidate.validate(&error))
        problems.append(error);
    if (problems.isEmpty() && result)
        *result = candidate;
    return problems.join(QLatin1Char('\n'));
}

bool AppointmentDialog::endsNextDay() const
{
    // The form has no end date: an end at or before the start runs into the next day, which the
    // form says beside it. A late session may (23:10 – 00:00); 14:00 – 13:00 is a typo, unless the
    // appointment already lasted that long (a night shift, an import).
    if (m_allDay->isChecked() || !m_start->time().isValid() || !m_end->time().isValid()
        || m_end->time() > m_start->time())
        return false;
    const QTimeZone zone(m_original.timeZone.toUtf8());
    const bool longPastMidnight = !m_original.allDay && m_original.id != 0
        && m_original.end.toTimeZone(zone).date() > m_original.start.toTimeZone(zone).date();
    const int minutes = minutesUntil(m_start->time(), m_end->time());
    return (minutes > 0 && minutes <= longestNightMinutes) || longPastMidnight;
}

QString AppointmentDialog::scheduleProblem(Appointment* candidate) const
{
    candidate->rrule = m_repeat->currentIndex() == Custom
        ? m_customRule->rule(QTimeZone(candidate->timeZone.toUtf8()), m_allDay->isChecked())
        : presetRule(m_repeat->currentIndex(), m_count->value());
    if (m_repeat->currentIndex() == Custom && candidate->rrule.isEmpty())
        return tr("Type the day the series ends, e.g. %1.")
            .arg(QLocale().toString(m_clock.nowUtc().toLocalTime().date().addMonths(3),
                                    DateTimeInput::dateFormat(QLocale())));
    if (!m_date->date().isValid())
        return dateProblem(m_date,
                           tr("Type the date, e.g. %1.")
                               .arg(QLocale().toString(m_clock.nowUtc().toLocalTime().date(),
                                                       DateTimeInput::dateFormat(QLocale()))));
    if (!m_allDay->isChecked() && (!m_start->time().isValid() || !m_end->time().isValid()))
        return tr("Type the times as hours and minutes, e.g. 09:30 or 930.");
    if (!m_allDay->isChecked() && m_end->time() <= m_start->time() && !endsNextDay())
        return tr("The end time (%1) must be after the start (%2).")
            .arg(m_end->time().toString(DateTimeInput::timeFormat()),
                 m_start->time().toString(DateTimeInput::timeFormat()));
    QString error;
    if (m_allDay->isChecked()) {
        const QLocale locale;
        if (!m_lastDay->date().isValid())
            return dateProblem(m_lastDay,
                               tr("Type the last day, e.g. %1.")
                                   .arg(locale.toString(m_date->date(), DateTimeInput::dateFormat(locale))));
        if (m_lastDay->date() < m_date->date())
            return tr("The last day (%1) must not be before the first (%2).")
                .arg(locale.toString(m_lastDay->date(), DateTimeInput::dateFormat(locale)),
                     locale.toString(m_date->date(), DateTimeInput::dateFormat(locale)));
        candidate->setAllDayDates(m_date->date(), m_lastDay->date().addDays(1), candidate->timeZone);
    } else if (!candidate->setLocalTimes(m_date->date(), m_start->time(), m_end->time(), candidate->timeZone,
                                         &error)) {
        return error;
    }
    candidate->startOnFirstRuleDate();
    return QString();
}

QStringList AppointmentDialog::clientProblems(Appointment* candidate) const
{
    Participant client = m_original.participants.value(0);
    client.displayName = m_clientName->text().trimmed();
    client.email = m_clientEmail->text().trimmed();
    client.language = m_language->currentData().toString();
    client.phone.clear();
    QStringList problems;
    if (const QString email = Appointment::emailProblem(client.email); !email.isEmpty())
        problems.append(email);
    QString error;
    if (!m_clientPhone->text().trimmed().isEmpty()
        && !PhoneNumber::toE164(m_clientPhone->text(), QStringLiteral("DE"), &client.phone, &error))
        problems.append(error);
    QList<Participant> participants = m_original.participants;
    const bool hasClient
        = !client.displayName.isEmpty() || !client.email.isEmpty() || !client.phone.isEmpty();
    if (participants.isEmpty() && hasClient)
        participants.append(client);
    else if (!participants.isEmpty())
        participants[0] = client;
    candidate->participants = participants;
    return problems;
}

QString AppointmentDialog::overlapWarning(const Appointment& candidate) const
{
    if (candidate.allDay)
        return QString();
    QStringList overlapped;
    for (const Occurrence& other : m_store.occurrences(candidate.start, candidate.end)) {
        if (other.appointment->uid != candidate.uid && !other.isAllDay() && !other.appointment->isCancelled())
            overlapped.append(tr("\"%1\" (%2–%3)")
                                  .arg(other.appointment->title,
                                       other.start.toLocalTime().toString(QStringLiteral("HH:mm")),
                                       other.end.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    if (overlapped.isEmpty())
        return QString();
    // All of them, as far as a line can hold: the one named first may not be the one that matters.
    switch (overlapped.size()) {
    case 1:
        return tr("This overlaps with %1.").arg(overlapped.first());
    case 2:
        return tr("This overlaps with %1 and %2.").arg(overlapped.first(), overlapped.last());
    default:
        return tr("This overlaps with %1, %2 and %n more appointments.", nullptr, int(overlapped.size() - 2))
            .arg(overlapped.at(0), overlapped.at(1));
    }
}

void AppointmentDialog::applyAllDayDefaults(bool allDay)
{
    for (AllDayDefault& field : m_allDayDefaults) {
        if (field.chosen)
            continue;
        if (allDay) {
            field.timedIndex = field.box->currentIndex();
            field.box->setCurrentIndex(field.box->findData(field.allDayValue));
        } else if (field.timedIndex >= 0) {
            field.box->setCurrentIndex(field.timedIndex);
        }
    }
}

void AppointmentDialog::updateState()
{
    const auto kind = static_cast<SessionKind>(m_kind->currentData().toInt());
    m_server->setEnabled(kind == SessionKind::Jitsi);
    m_link->setEnabled(kind == SessionKind::ExternalLink);
    const bool call = kind == SessionKind::Phone;
    m_clientPhoneLabel->setText(call ? tr("&Phone:") : tr("&Mobile:"));
    m_clientPhone->setPlaceholderText(call ? tr("e.g. 030 1234567 or 0151 23456789")
                                           : tr("mobile, e.g. 0151 23456789"));
    // All day, the row reads "first day – last day"; otherwise "date start – end".
    m_start->setVisible(!m_allDay->isChecked());
    m_end->setVisible(!m_allDay->isChecked());
    m_lastDay->setVisible(m_allDay->isChecked());
    // On a row of its own (beside the times it squeezed them), and to a screen reader on the end
    // field, which hears nothing of a label elsewhere; an end refused as a typo lies on no day.
    const bool nextDay = endsNextDay() && m_date->date().isValid();
    if (nextDay)
        m_nextDay->setText(tr("Ends the next day, %1.")
                               .arg(QLocale().toString(m_date->date().addDays(1), QLocale::LongFormat)));
    m_form->setRowVisible(m_nextDay, nextDay);
    m_end->setAccessibleDescription(nextDay ? m_nextDay->text() : QString());
    m_customRule->setVisible(m_repeat->currentIndex() == Custom);
    m_count->setVisible(m_repeat->currentIndex() != NoRepeat && m_repeat->currentIndex() != Custom);

    Appointment candidate;
    const QString error = problem(&candidate);
    showProblem(error, m_title->text().isEmpty());
    QStringList warnings;
    if (error.isEmpty())
        warnings = QStringList { pastWarning(candidate), overlapWarning(candidate), phoneWarning(candidate) };
    if (warnings.join(QString()).isEmpty() && kind == SessionKind::Jitsi
        && m_server->currentData().toString().isEmpty())
        warnings.append(
            tr("No video server is set up yet. You can plan the session now; before it starts, open "
               "the setup file from your IT under Help → Set Up Vieraugen…"));
    warnings.removeAll(QString());
    showWarning(warnings.join(QLatin1Char('\n')));
}

QString AppointmentDialog::pastWarning(const Appointment& candidate) const
{
    // Recording a session afterwards is fine; a typo that puts a new date into the past is not.
    const bool moved = candidate.allDay ? candidate.startDate != m_original.startDate
                                        : candidate.start != m_original.start;
    const QDateTime now = m_clock.nowUtc();
    const bool past
        = candidate.allDay ? candidate.startDate < now.toLocalTime().date() : candidate.start < now;
    if (!past || (!moved && m_original.id != 0))
        return QString();
    const QLocale locale;
    const QString date
        = locale.toString(candidate.allDay ? candidate.startDate : candidate.start.toLocalTime().date(),
                          DateTimeInput::dateFormat(locale));
    return candidate.allDay
        ? tr("%1 is in the past.").arg(date)
        : tr("%1 at %2 is in the past.")
              .arg(date, candidate.start.toLocalTime().toString(DateTimeInput::timeFormat()));
}

QString AppointmentDialog::phoneWarning(const Appointment& candidate) const
{
    // For a video session the field is for a mobile number: the room password goes there by text
    // message. A call has no room password, and a landline is its usual number.
    const QString phone = candidate.participants.value(0).phone;
    if (candidate.kind != SessionKind::Jitsi || phone.isEmpty() || PhoneNumber::canReceiveSms(phone))
        return QString();
    return tr("%1 looks like a landline: text messages (the room password by SMS) cannot reach it. Enter a "
              "mobile number, or read the password out on the phone.")
        .arg(m_clientPhone->text().trimmed());
}

Appointment AppointmentDialog::appointment() const
{
    Appointment result = m_original;
    problem(&result);
    // Without calendars offered (a date of a series), both stay as they were.
    if (m_calendar->currentIndex() >= 0) {
        result.calendarId = m_calendar->currentData().toString();
        result.counselor = m_form->isRowVisible(m_counselor) ? m_counselor->text().trimmed() : QString();
    }
    return result;
}

void AppointmentDialog::accept()
{
    // As the calendar's menu asks: „Stattgefunden“ chosen here for a date to come was saved
    // without a word. Cancel leaves the form as it was typed.
    const Appointment edited = appointment();
    if (edited.status != m_original.status
        && !EarlyStatusQuestion::allows(this, edited, edited.status, m_clock.nowUtc()))
        return;
    FormDialog::accept();
}

void AppointmentDialog::offerCalendars(const QList<TeamCalendar>& writable)
{
    m_calendar->clear();
    m_calendarUsers.clear();
    for (const TeamCalendar& calendar : writable) {
        m_calendar->addItem(calendar.displayName(), calendar.id);
        m_calendarUsers.insert(calendar.id, calendar.accountUser);
    }
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(m_original.calendarId)));
    m_form->setRowVisible(m_calendar, m_calendar->count() > 1);
    // In a team calendar the appointment names who holds it: by default whoever makes it or brings
    // it there; reception types the counselor's user name instead. One already there that names no
    // one stays so: edited, it named her, a change she never made.
    const auto followCalendar = [this] {
        const QString calendarId = m_calendar->currentData().toString();
        const QString user = m_calendarUsers.value(calendarId);
        m_form->setRowVisible(m_counselor, !user.isEmpty());
        const bool broughtHere = m_original.id == 0 || calendarId != m_original.calendarId;
        if (!user.isEmpty() && broughtHere && !m_counselor->isModified() && m_original.counselor.isEmpty())
            m_counselor->setText(user);
    };
    connect(m_calendar, &QComboBox::currentIndexChanged, this, followCalendar);
    followCalendar();
}
