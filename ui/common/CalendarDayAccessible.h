#pragma once

#include "ui/common/LeafAccessible.h"
#include "ui/common/TableCellAccessible.h"

#include <QAccessibleInterface>
#include <QModelIndex>

class CalendarDaysAccessible;

// One cell of a calendar's table of days for screen readers: a day, named with its date (see
// AccessibleCalendarWidget::spokenCell), or a weekday's name or a week number around them (row or
// column -1: a part of the hidden header views, see CalendarDaysAccessible).
class CalendarDayAccessible : public LeafAccessible<TableCellAccessible>
{
public:
    CalendarDayAccessible(CalendarDaysAccessible* table, int row, int column);

    bool isValid() const override;
    QWindow* window() const override;
    QAccessibleInterface* parent() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    bool isSelected() const override;
    QAccessibleInterface* table() const override;

private:
    // Of the header views QCalendarWidget hides (row or column -1): nothing to say.
    bool isOfHiddenHeader() const;
    QModelIndex index() const;

    CalendarDaysAccessible* m_table;
};
