#include "ui/common/AccessibleCalendarWidget.h"

#include <QAbstractItemView>
#include <QSpinBox>
#include <QToolButton>

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
    if (auto* days = findChild<QAbstractItemView*>(QStringLiteral("qt_calendar_calendarview")))
        days->setAccessibleName(tr("Days of the month"));
}
