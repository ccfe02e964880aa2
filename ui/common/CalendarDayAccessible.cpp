#include "ui/common/CalendarDayAccessible.h"

#include "ui/common/AccessibleCalendarWidget.h"
#include "ui/common/CalendarDaysAccessible.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

CalendarDayAccessible::CalendarDayAccessible(CalendarDaysAccessible* table, int row, int column)
    : LeafAccessible(row, column)
    , m_table(table)
{ }

bool CalendarDayAccessible::isValid() const
{
    return m_table->isValid() && m_row < m_table->rowCount() && m_column < m_table->columnCount();
}

bool CalendarDayAccessible::isOfHiddenHeader() const
{
    return m_row < 0 || m_column < 0;
}

QWindow* CalendarDayAccessible::window() const
{
    return m_table->window();
}

QAccessibleInterface* CalendarDayAccessible::parent() const
{
    return m_table;
}

QAccessibleInterface* CalendarDayAccessible::table() const
{
    return m_table;
}

QModelIndex CalendarDayAccessible::index() const
{
    return m_table->view()->model()->index(m_row, m_column);
}

QString CalendarDayAccessible::text(QAccessible::Text t) const
{
    return t == QAccessible::Name && !isOfHiddenHeader() ? m_table->calendar()->spokenCell(m_row, m_column)
                                                         : QString();
}

QRect CalendarDayAccessible::rect() const
{
    const QAbstractItemView* view = m_table->view();
    const QRect area = view->visualRect(index());
    return QRect(view->viewport()->mapToGlobal(area.topLeft()), area.size());
}

QAccessible::Role CalendarDayAccessible::role() const
{
    const AccessibleCalendarWidget* calendar = m_table->calendar();
    if (m_row < calendar->headerRows())
        return QAccessible::ColumnHeader;
    if (m_column < calendar->headerColumns())
        return QAccessible::RowHeader;
    return QAccessible::Cell;
}

QAccessible::State CalendarDayAccessible::state() const
{
    QAccessible::State state;
    const QAbstractItemView* view = m_table->view();
    state.invisible = !view->isVisible() || isOfHiddenHeader();
    state.offscreen = state.invisible || !view->viewport()->rect().intersects(view->visualRect(index()));
    if (!m_table->calendar()->dateAt(m_row, m_column).isValid())
        return state;
    state.focusable = true;
    state.selectable = true;
    state.selected = isSelected();
    // As Qt's tables do: the current cell is focused, for when the table gets the focus.
    state.focused = view->currentIndex() == index();
    return state;
}

void* CalendarDayAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::TableCellInterface ? static_cast<QAccessibleTableCellInterface*>(this)
                                                   : nullptr;
}

bool CalendarDayAccessible::isSelected() const
{
    return m_table->view()->selectionModel()->isSelected(index());
}
