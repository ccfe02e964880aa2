#pragma once

#include "ui/common/ReadOnlyTableAccessible.h"

#include <QHash>
#include <QPoint>

class CalendarView;

// A calendar view as screen readers see it: the day and week grids and the month as tables of
// cells (CalendarCellAccessible) holding their appointments (OccurrenceAccessible), the agenda as
// a list of appointments, followed by the view's hints (CalendarHintAccessible). The painted
// views have no child widgets a reader could walk.
class CalendarViewAccessible : public ReadOnlyTableAccessible
{
public:
    explicit CalendarViewAccessible(CalendarView* view);
    ~CalendarViewAccessible() override;

    // Registers the factory that makes these interfaces for every CalendarView (once).
    static void install();
    // The view shows other occurrences now: the interfaces of its parts are out of date.
    static void contentChanged(CalendarView* view);
    // The focus date or the selection changed in a focused view.
    static void focusChanged(CalendarView* view);

    CalendarView* view() const;
    // The interfaces of the view's parts, made once per content of the view.
    QAccessibleInterface* cell(int row, int column) const;
    QAccessibleInterface* occurrence(int row, QAccessibleInterface* parent) const;
    // Where an occurrence is read: its first cell, or the list.
    QAccessibleInterface* occurrenceWhereShown(int row) const;
    // The state of a part painted in area (view coordinates): invisible while the view is hidden
    // (another view is shown), off screen while scrolled away.
    QAccessible::State partState(const QRect& area) const;

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
    static bool hasCellsIn(const CalendarView* view);
    // The cells (or the list's appointments), before the view's hints.
    int partCount() const;
    void forgetParts();

    mutable QHash<QPoint, QAccessibleInterface*> m_cells;
    mutable QHash<std::pair<const QAccessibleInterface*, int>, QAccessibleInterface*> m_occurrences;
};
