#include "ui/common/AccessibleCalendarWidget.h"

#include "ui/calendar/CalendarColors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QSpinBox>
#include <QTextCharFormat>
#include <QToolButton>

namespace {
constexpr int focusFrameWidth = 2;
} // namespace

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
        // Its cells are read as the bare day ("26"): the table says which day is chosen.
        const auto describe = [this, days] {
            days->setAccessibleDescription(locale().toString(selectedDate(), QLocale::LongFormat));
        };
        connect(this, &QCalendarWidget::selectionChanged, days, describe);
        describe();
    }
    // Typing digits opened Qt's date editor, which read "28032027" in its own order and sent the
    // calendar to the year -4714 on Enter. The arrow keys and Page Up/Down choose the day.
    setDateEditEnabled(false);
    useReadableColours();
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
