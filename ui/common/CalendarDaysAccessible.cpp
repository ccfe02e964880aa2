#include "ui/common/CalendarDaysAccessible.h"

#include "ui/common/AccessibleCalendarWidget.h"
#include "ui/common/CalendarDayAccessible.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

CalendarDaysAccessible::CalendarDaysAccessible(QAbstractItemView* days)
    : ReadOnlyTableAccessible(days, QAccessible::Table)
{ }

CalendarDaysAccessible::~CalendarDaysAccessible()
{
    forgetCells();
}

QAccessibleInterface* CalendarDaysAccessible::create(const QString&, QObject* object)
{
    // QCalendarWidget's table of days is private to Qt; it is known by the name Qt gives it.
    auto* days = qobject_cast<QAbstractItemView*>(object);
    if (!days || days->objectName() != QLatin1String("qt_calendar_calendarview")
        || !qobject_cast<AccessibleCalendarWidget*>(days->parentWidget()))
        return nullptr;
    return new CalendarDaysAccessible(days);
}

void CalendarDaysAccessible::namesChanged(QAbstractItemView* days)
{
    auto* accessible = dynamic_cast<CalendarDaysAccessible*>(QAccessible::queryAccessibleInterface(days));
    if (!accessible)
        return;
    // Those of a month no longer shown go (the notes came with the new month): renamed, the one a
    // screen reader was on would have been read out with the name of another day.
    accessible->forgetCellsOfAnotherPage();
    for (QAccessibleInterface* cell : std::as_const(accessible->m_cells)) {
        QAccessibleEvent renamed(cell, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&renamed);
    }
}

void CalendarDaysAccessible::focusChanged(QAbstractItemView* days)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(days);
    QAccessibleInterface* focused = accessible ? accessible->focusChild() : nullptr;
    if (!focused)
        return;
    QAccessibleEvent focus(focused, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

QAbstractItemView* CalendarDaysAccessible::view() const
{
    return static_cast<QAbstractItemView*>(widget());
}

AccessibleCalendarWidget* CalendarDaysAccessible::calendar() const
{
    return static_cast<AccessibleCalendarWidget*>(view()->parentWidget());
}

void CalendarDaysAccessible::forgetCellsOfAnotherPage() const
{
    const std::pair page(calendar()->yearShown(), calendar()->monthShown());
    if (page == m_page)
        return;
    forgetCells();
    m_page = page;
}

void CalendarDaysAccessible::forgetCells() const
{
    for (QAccessibleInterface* cell : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(cell));
    m_cells.clear();
}

int CalendarDaysAccessible::rowCount() const
{
    return view()->model()->rowCount();
}

int CalendarDaysAccessible::columnCount() const
{
    return view()->model()->columnCount();
}

int CalendarDaysAccessible::childCount() const
{
    return (rowCount() + 1) * (columnCount() + 1);
}

QAccessibleInterface* CalendarDaysAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    return part(index / (columnCount() + 1) - 1, index % (columnCount() + 1) - 1);
}

int CalendarDaysAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* cell = dynamic_cast<const CalendarDayAccessible*>(child);
    if (!cell || cell->table() != this)
        return -1;
    return (cell->rowIndex() + 1) * (columnCount() + 1) + cell->columnIndex() + 1;
}

QAccessibleInterface* CalendarDaysAccessible::part(int row, int column) const
{
    forgetCellsOfAnotherPage();
    QAccessibleInterface*& cell = m_cells[(row + 1) * (columnCount() + 1) + column + 1];
    if (!cell) {
        cell = new CalendarDayAccessible(const_cast<CalendarDaysAccessible*>(this), row, column);
        QAccessible::registerAccessibleInterface(cell);
    }
    return cell;
}

QAccessibleInterface* CalendarDaysAccessible::cellAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return nullptr;
    return part(row, column);
}

QAccessibleInterface* CalendarDaysAccessible::childAt(int x, int y) const
{
    const QModelIndex index = view()->indexAt(view()->viewport()->mapFromGlobal(QPoint(x, y)));
    return index.isValid() ? cellAt(index.row(), index.column()) : nullptr;
}

QAccessibleInterface* CalendarDaysAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? cellAt(current.row(), current.column()) : nullptr;
}

void* CalendarDaysAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface*>(this);
    return QAccessibleWidget::interface_cast(type);
}

int CalendarDaysAccessible::selectedCellCount() const
{
    return int(selectedCells().size());
}

QList<QAccessibleInterface*> CalendarDaysAccessible::selectedCells() const
{
    QList<QAccessibleInterface*> cells;
    for (const QModelIndex& index : view()->selectionModel()->selectedIndexes())
        cells.append(cellAt(index.row(), index.column()));
    return cells;
}

QString CalendarDaysAccessible::columnDescription(int column) const
{
    return calendar()->spokenCell(0, column);
}

QString CalendarDaysAccessible::rowDescription(int row) const
{
    return calendar()->spokenCell(row, 0);
}
