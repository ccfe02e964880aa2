#pragma once

#include <QAccessible>

// One cell of a ReadOnlyTableAccessible at a row and column, spanning one of each, without header
// cells of its own (the table's row and column descriptions name them).
class TableCellAccessible : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    TableCellAccessible(int row, int column)
        : m_row(row)
        , m_column(column)
    { }

    QList<QAccessibleInterface*> columnHeaderCells() const override { return {}; }
    QList<QAccessibleInterface*> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }

protected:
    const int m_row;
    const int m_column;
};
