#pragma once

#include "ui/common/ReadOnlyTableAccessible.h"

#include <QHash>

class AccessibleCalendarWidget;
class QAbstractItemView;

// The table of days of an AccessibleCalendarWidget as screen readers see it: its cells say the day
// they show ("Tuesday, 1 December 2026, 2 appointments", CalendarDayAccessible) where Qt's own
// table said the bare number ("1"). The children are counted as Qt's own table counts them, so that
// the focus events the view sends for its current cell name these cells: first the parts of the
// view's header views (hidden: QCalendarWidget puts the weekdays and weeks into the model), as an
// invisible row above and column before the model's cells.
class CalendarDaysAccessible : public ReadOnlyTableAccessible
{
public:
    explicit CalendarDaysAccessible(QAbstractItemView* days);
    ~CalendarDaysAccessible() override;

    // QAccessible's factory: the interface for a calendar's table of days, nullptr for anything else.
    static QAccessibleInterface* create(const QString& className, QObject* object);
    // What the calendar says of its days changed (appointments counted anew): the cells a screen
    // reader has met say so.
    static void namesChanged(QAbstractItemView* days);
    // Tells screen readers of the day the keyboard is on now (for a move made without the view).
    static void focusChanged(QAbstractItemView* days);

    QAbstractItemView* view() const;
    AccessibleCalendarWidget* calendar() const;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    QAccessibleInterface* cellAt(int row, int column) const override;
    int selectedCellCount() const override;
    QList<QAccessibleInterface*> selectedCells() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int columnCount() const override;
    int rowCount() const override;

private:
    // A cell by the row and column of the model; -1 for the parts of the hidden header views.
    QAccessibleInterface* part(int row, int column) const;
    // Another month shows other days in the same cells: their interfaces are made anew, so that no
    // screen reader keeps the name it read for the month before.
    void forgetCellsOfAnotherPage() const;
    void forgetCells() const;

    mutable QHash<int, QAccessibleInterface*> m_cells; // by child index
    mutable std::pair<int, int> m_page; // year and month the cells were made for
};
