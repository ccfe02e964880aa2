#include "ui/sync/ConflictDialog.h"

#include "core/base/DateTimeInput.h"
#include "core/calendar/AppointmentStore.h"
#include "ui/calendar/CalendarStyle.h"
#include "ui/common/ReadableColors.h"
#include "ui/common/ScreenRoom.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// A long note would push the buttons off the screen; the start is enough to recognise it.
constexpr int notesShown = 200;

QString whenText(const Appointment& appointment)
{
    const QLocale locale;
    QString when;
    if (appointment.allDay) {
        const QDate last = appointment.endDate.addDays(-1);
        when = locale.toString(appointment.startDate, QLocale::LongFormat);
        if (last > appointment.startDate)
            when += QStringLiteral(" – ") + locale.toString(last, QLocale::LongFormat);
    } else {
        const QDateTime start = appointment.start.toTimeZone(QTimeZone::systemTimeZone());
        const QDateTime end = appointment.end.toTimeZone(QTimeZone::systemTimeZone());
        when = QStringLiteral("%1, %2–%3")
                   .arg(locale.toString(start.date(), QLocale::LongFormat),
                        start.time().toString(DateTimeInput::timeFormat()),
                        end.time().toString(DateTimeInput::timeFormat()));
    }
    if (appointment.isRecurring())
        when += QStringLiteral(" ↻ ") + ConflictDialog::tr("series");
    return when;
}

QString notesText(const Appointment& appointment)
{
    const QString notes = appointment.notes.simplified();
    return notes.size() > notesShown ? notes.left(notesShown) + QStringLiteral("…") : notes;
}

} // namespace

ConflictDialog::ConflictDialog(SyncConflicts conflicts, AppointmentStore& appointments, QWidget* parent)
    : QDialog(parent)
    , m_conflicts(std::move(conflicts))
    , m_appointments(appointments)
    , m_pending(m_conflicts.all())
    , m_heading(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
    , m_sidesArea(new QScrollArea(this))
    , m_problem(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep &Mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &Theirs"), this))
{
    setWindowTitle(tr("Changed Here and on the Server"));
    auto* explanation = new QLabel(
        tr("These appointments were changed on this computer and, at the same time, on the team calendar's "
           "server (by a colleague or another program), in the same detail. Your calendar shows the server's "
           "version now; yours is kept until you choose. Your version is what you changed, on the server's "
           "version; in bold, where the two differ."),
        this);
    explanation->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("conflictProblem"));
    m_problem->setWordWrap(true);
    ReadableColors::showAs(m_problem, ReadableColors::Notice::Problem);
    m_problem->hide();
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setToolTip(tr("Your version goes to the server and replaces the other one."));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_keepTheirs->setToolTip(tr("The server's version stays; your change is dropped."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Decide later: nothing is changed."));
    connect(m_keepMine, &QPushButton::clicked, this, [this] { decide(SyncConflicts::Choice::KeepMine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { decide(SyncConflicts::Choice::KeepTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Both versions scroll when the screen is small (large fonts), the buttons stay in sight.
    m_sidesArea->setWidgetResizable(true);
    m_sidesArea->setFrameShape(QFrame::NoFrame);
    // A Tab stop, so that the keyboard can scroll them; named, so that it does not say "filler".
    m_sidesArea->setAccessibleName(tr("Both versions"));
    m_layout->addWidget(explanation);
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_sidesArea, 1);
    m_layout->addWidget(m_problem);
    m_layout->addWidget(buttons);
    showFirst();
    ScreenRoom::resize(this, QSize(fontMetrics().averageCharWidth() * 96, sizeHint().height()));
}

void ConflictDialog::showFirst()
{
    delete m_sides;
    m_sides = nullptr;
    m_keepMine->setEnabled(!m_pending.isEmpty());
    m_keepTheirs->setEnabled(!m_pending.isEmpty());
    if (m_pending.isEmpty()) {
        m_heading->setText(tr("Nothing left to decide."));
        return;
    }
    const SyncConflict& conflict = m_pending.constFirst();
    const std::optional<Appointment> theirs = m_appointments.find(conflict.uid);
    // What keeping mine gives: what was changed here, on the server's version (not the time she
    // never touched, from before a colleague moved it).
    const QList<Appointment> keepingMine = conflict.mineOnto(m_appointments.series(conflict.uid)).merged;
    const std::optional<Appointment> mine
        = keepingMine.isEmpty() ? std::nullopt : std::optional(keepingMine.constFirst());
    m_heading->setText(tr("%n appointment(s) to decide. This one:", nullptr, remaining()));

    m_sides = new QWidget(this);
    auto* grid = new QGridLayout(m_sides);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    QFont bold = font();
    bold.setBold(true);
    const std::pair<int, QString> headers[]
        = { { 1, tr("Your version, on this computer") }, { 2, tr("On the server") } };
    for (const auto& [column, text] : headers) {
        auto* header = new QLabel(text, m_sides);
        header->setFont(bold);
        grid->addWidget(header, 0, column);
    }
    const auto side = [](const std::optional<Appointment>& appointment, auto describe) {
        return appointment ? describe(*appointment) : QString();
    };
    addRow(grid, tr("Title"), mine ? mine->title : tr("Deleted on this computer"),
           theirs ? theirs->title : tr("Deleted on the server"));
    addRow(grid, tr("When"), side(mine, whenText), side(theirs, whenText));
    const auto kind = [](const Appointment& a) { return CalendarStyle::kindText(a.kind); };
    addRow(grid, tr("Kind"), side(mine, kind), side(theirs, kind));
    const auto status = [](const Appointment& a) { return Appointment::statusText(a.status); };
    addRow(grid, tr("Status"), side(mine, status), side(theirs, status));
    const auto counselor = [](const Appointment& a) { return a.counselor; };
    addRow(grid, tr("Counselor"), side(mine, counselor), side(theirs, counselor));
    const auto participants = [](const Appointment& a) { return a.participantNames(); };
    addRow(grid, tr("Taking part"), side(mine, participants), side(theirs, participants));
    addRow(grid, tr("Notes"), side(mine, notesText), side(theirs, notesText));
    m_sidesArea->setWidget(m_sides);
}

void ConflictDialog::addRow(QGridLayout* grid, const QString& label, const QString& mine,
                            const QString& theirs)
{
    const int row = grid->rowCount();
    grid->addWidget(new QLabel(label, m_sides), row, 0, Qt::AlignTop);
    const bool differs = mine != theirs;
    int column = 1;
    for (const QString& text : { mine, theirs }) {
        auto* value = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, m_sides);
        value->setWordWrap(true);
        value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (differs) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
        }
        // A screen reader says the value (the label's text is its name), then which line it is on
        // and, since bold alone is not read out, that it differs.
        value->setAccessibleDescription(differs ? QStringLiteral("%1, %2").arg(label, tr("differs")) : label);
        grid->addWidget(value, row, column++);
    }
}

void ConflictDialog::decide(SyncConflicts::Choice choice)
{
    QString error;
    if (!m_conflicts.resolve(m_pending.constFirst().id, choice, &error)) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_pending.removeFirst();
    if (m_pending.isEmpty()) {
        accept();
        return;
    }
    showFirst();
}
