#include "ui/common/AccessibleCalendarWidget.h"

#include "core/base/Clock.h"
#include "ui/calendar/CalendarColors.h"
#include "ui/common/CalendarDaysAccessible.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QSpinBox>
#include <QTextCharFormat>
#include <QToolButton>

namespace {
constexpr int focusFrameWidth = 2;

void installDaysAccessible()
{
    // Before any calendar exists: QCalendarWidget's constructor may already ask for the interface
    // of its table of days, which QAccessible then keeps.
    QAccessible::installFactory(CalendarDaysAccessible::create);
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installDaysAccessible)

AccessibleCalendarWidget::AccessibleCalendarWidget(QWidget* parent)
    : QCalendarWidget(parent)
{
    // The parts are found by the object names QCalendarWidget gives them.
    if (auto* previous = findChild<QToolButton*>(QStringLiteral("qt_calendar_prevmonth")))
        previous->setAccessibleName(tr("Previous month"));
    if (auto* next = findChild<QToolButton*>(QStringLiteral("qt_calendar_nextmonth")))
        next->setAccessibleName(tr("Next month"));
    if (auto* year = findChild<QSpinBox*>(QStringLiteral("qt_calendar_yearedit")))
        year->setAccessibleName(tr("Year"));
    if (auto* days = findChild<QAbstractItemView*>(QStringLiteral("qt_calendar_calendarview"))) {
        days->setAccessibleName(tr("Days of the month"));
        days->installEventFilter(this);
    }
    // Typing digits opened Qt's date editor, which read "28032027" in its own order and sent the
    // calendar to the year -4714 on Enter. The arrow keys and Page Up/Down choose the day.
    setDateEditEnabled(false);
    useReadableColours();
}

void AccessibleCalendarWidget::setClock(const Clock& clock)
{
    m_clock = &clock;
}

QDate AccessibleCalendarWidget::today() const
{
    return m_clock ? m_clock->nowUtc().toLocalTime().date() : QDate::currentDate();
}

void AccessibleCalendarWidget::setDayNotes(const QHash<QDate, QString>& notes)
{
    if (notes == m_dayNotes)
        return;
    m_dayNotes = notes;
    if (auto* days = findChild<QAbstractItemView*>(QStringLiteral("qt_calendar_calendarview")))
        CalendarDaysAccessible::namesChanged(days);
}

int AccessibleCalendarWidget::headerRows() const
{
    return horizontalHeaderFormat() == NoHorizontalHeader ? 0 : 1;
}

int AccessibleCalendarWidget::headerColumns() const
{
    return verticalHeaderFormat() == NoVerticalHeader ? 0 : 1;
}

QDate AccessibleCalendarWidget::firstDayShown() const
{
    // The week of the first of the month, or the week before when the month begins with the
    // week: a day of the month before is always shown (as QCalendarWidget lays them out).
    const QDate first(yearShown(), monthShown(), 1);
    const int daysBefore = (first.dayOfWeek() - int(firstDayOfWeek()) + 7) % 7;
    return first.addDays(-(daysBefore == 0 ? 7 : daysBefore));
}

QDate AccessibleCalendarWidget::dateAt(int row, int column) const
{
    const int week = row - headerRows();
    const int day = column - headerColumns();
    if (week < 0 || day < 0 || week * 7 + day >= daysShown || day >= 7)
        return QDate();
    return firstDayShown().addDays(week * 7 + day);
}

QString AccessibleCalendarWidget::spokenCell(int row, int column) const
{
    if (const QDate date = dateAt(row, column); date.isValid()) {
        QStringList parts { locale().toString(date, QLocale::LongFormat) };
        if (date == today())
            parts.append(tr("today"));
        const QDate shown(yearShown(), monthShown(), 1);
        if (date < shown)
            parts.append(tr("previous month"));
        else if (date >= shown.addMonths(1))
            parts.append(tr("next month"));
        if (const QString note = m_dayNotes.value(date); !note.isEmpty())
            parts.append(note);
        return parts.join(QStringLiteral(", "));
    }
    if (row < headerRows() && column >= headerColumns())
        return locale().dayName(dateAt(headerRows(), column).dayOfWeek(), QLocale::LongFormat);
    if (column < headerColumns() && row >= headerRows())
        return tr("Week %1").arg(dateAt(row, headerColumns()).weekNumber());
    return QString(); // the corner above the week numbers
}

QSize AccessibleCalendarWidget::sizeHint() const
{
    // QCalendarWidget measures its days without the frame, which then cut "Mo." to "…".
    return QCalendarWidget::sizeHint() + QSize(2 * focusFrameWidth, 2 * focusFrameWidth);
}

QSize AccessibleCalendarWidget::minimumSizeHint() const
{
    return QCalendarWidget::minimumSizeHint() + QSize(2 * focusFrameWidth, 2 * focusFrameWidth);
}

bool AccessibleCalendarWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ApplicationPaletteChange) {
        setPalette(QPalette());
        useReadableColours();
    }
    return QCalendarWidget::event(event);
}

bool AccessibleCalendarWidget::eventFilter(QObject* watched, QEvent* event)
{
    auto* days = qobject_cast<QAbstractItemView*>(watched);
    if (!days || event->type() != QEvent::KeyPress)
        return QCalendarWidget::eventFilter(watched, event);
    const QDate target = dateAfterKey(*static_cast<QKeyEvent*>(event));
    if (!target.isValid() || (target.year() == yearShown() && target.month() == monthShown()))
        return QCalendarWidget::eventFilter(watched, event);
    selectDay(target);
    return true;
}

void AccessibleCalendarWidget::selectDay(const QDate& date)
{
    auto* days = findChild<QAbstractItemView*>(QStringLiteral("qt_calendar_calendarview"));
    const QModelIndex current = days->currentIndex();
    if (date == selectedDate() && date == dateAt(current.row(), current.column()))
        return; // chosen and shown already: nothing to say
    {
        const QSignalBlocker quiet(days->selectionModel());
        setSelectedDate(date);
    }
    days->viewport()->update();
    if (days->hasFocus())
        CalendarDaysAccessible::focusChanged(days);
}

QDate AccessibleCalendarWidget::dateAfterKey(const QKeyEvent& key) const
{
    const auto* days = findChild<QAbstractItemView*>(QStringLiteral("qt_calendar_calendarview"));
    const QModelIndex current = days->currentIndex();
    const QDate date = dateAt(current.row(), current.column());
    if (!date.isValid() || key.modifiers() != Qt::NoModifier)
        return QDate();
    const int forward = isRightToLeft() ? -1 : 1;
    switch (key.key()) {
    case Qt::Key_Up:
        return date.addDays(-7);
    case Qt::Key_Down:
        return date.addDays(7);
    case Qt::Key_Left:
        return date.addDays(-forward);
    case Qt::Key_Right:
        return date.addDays(forward);
    case Qt::Key_PageUp:
        return date.addMonths(-1);
    case Qt::Key_PageDown:
        return date.addMonths(1);
    default: // Home and End stay in the month
        return QDate();
    }
}

void AccessibleCalendarWidget::useReadableColours()
{
    const CalendarColors colors(QApplication::palette(this));
    QPalette readable = palette();
    readable.setColor(QPalette::Highlight, colors.selectedBackground());
    // QCalendarWidget paints the days of other months in the disabled text colour.
    readable.setColor(QPalette::Disabled, QPalette::Text, colors.otherMonthText());
    setPalette(readable);
    for (Qt::DayOfWeek day : { Qt::Saturday, Qt::Sunday }) {
        QTextCharFormat format = weekdayTextFormat(day);
        format.setForeground(colors.weekendText());
        setWeekdayTextFormat(day, format);
    }
    // Qt marks no focus on the table of days: a frame in the colour of the chosen day does.
    if (auto* days = findChild<QAbstractItemView*>(QStringLiteral("qt_calendar_calendarview"))) {
        days->setStyleSheet(QStringLiteral("QAbstractItemView { border: %1px solid transparent; }"
                                           "QAbstractItemView:focus { border-color: %2; }")
                                .arg(focusFrameWidth)
                                .arg(colors.selectedBackground().name()));
        // The table paints the days with its own palette, and a style sheet gives it the style's:
        // other months' days came out in Fusion's disabled grey, 1.9:1 on white.
        days->setPalette(readable);
    }
}
