#pragma once

#include "ui/common/TableCellAccessible.h"

#include <QAccessibleInterface>
#include <QCoreApplication>

class CalendarViewAccessible;

// One cell of a calendar table for screen readers: a day of the month, the day row or an hour of
// a day in the day and week grids, with the appointments that begin there as children.
class CalendarCellAccessible : public TableCellAccessible
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCellAccessible)

public:
    CalendarCellAccessible(CalendarViewAccessible* table, int row, int column);

    bool isValid() const override;
    QObject* object() const override { return nullptr; }
    QWindow* window() const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString&) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::Cell; }
    QAccessible::State state() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    bool isSelected() const override;
    QAccessibleInterface* table() const override;

private:
    QList<int> occurrences() const;

    CalendarViewAccessible* m_table;
};
