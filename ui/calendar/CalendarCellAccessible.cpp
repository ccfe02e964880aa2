#include "ui/calendar/CalendarCellAccessible.h"

#include "ui/calendar/CalendarView.h"
#include "ui/calendar/CalendarViewAccessible.h"

CalendarCellAccessible::CalendarCellAccessible(CalendarViewAccessible* table, int row, int column)
    : TableCellAccessible(row, column)
    , m_table(table)
{ }

bool CalendarCellAccessible::isValid() const
{
    return m_table->isValid() && m_row < m_table->rowCount() && m_column < m_table->columnCount();
}

QWindow* CalendarCellAccessible::window() const
{
    return m_table->window();
}

QList<int> CalendarCellAccessible::occurrences() const
{
    return m_table->view()->occurrencesInCell(m_row, m_column);
}

QAccessibleInterface* CalendarCellAccessible::childAt(int x, int y) const
{
    for (int index = 0; index < childCount(); ++index) {
        QAccessibleInterface* part = child(index);
        if (part->rect().contains(x, y))
            return part;
    }
    return nullptr;
}

QAccessibleInterface* CalendarCellAccessible::parent() const
{
    return m_table;
}

QAccessibleInterface* CalendarCellAccessible::child(int index) const
{
    const QList<int> rows = occurrences();
    if (index < 0 || index >= rows.size())
        return nullptr;
    return m_table->occurrence(rows.at(index), const_cast<CalendarCellAccessible*>(this));
}

int CalendarCellAccessible::childCount() const
{
    return int(occurrences().size());
}

int CalendarCellAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const QList<int> rows = occurrences();
    for (int index = 0; index < rows.size(); ++index) {
        if (m_table->occurrence(rows.at(index), const_cast<CalendarCellAccessible*>(this)) == child)
            return index;
    }
    return -1;
}

QString CalendarCellAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        return m_table->view()->cellName(m_row, m_column);
    case QAccessible::Description: {
        const int count = m_table->view()->cellAppointmentCount(m_row, m_column);
        return count ? tr("%n appointments", nullptr, count) : QString();
    }
    default:
        return QString();
    }
}

QRect CalendarCellAccessible::rect() const
{
    const CalendarView* view = m_table->view();
    const QRect area = view->cellArea(m_row, m_column);
    return QRect(view->mapToGlobal(area.topLeft()), area.size());
}

QAccessible::State CalendarCellAccessible::state() const
{
    QAccessible::State state = m_table->partState(m_table->view()->cellArea(m_row, m_column));
    state.selected = isSelected();
    state.focused = state.selected && m_table->view()->hasFocus();
    return state;
}

void* CalendarCellAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::TableCellInterface ? static_cast<QAccessibleTableCellInterface*>(this)
                                                   : nullptr;
}

bool CalendarCellAccessible::isSelected() const
{
    const CalendarView* view = m_table->view();
    return view->selectedRow() < 0 && view->focusCell() == QPoint(m_column, m_row);
}

QAccessibleInterface* CalendarCellAccessible::table() const
{
    return m_table;
}
