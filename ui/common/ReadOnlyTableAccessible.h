#pragma once

#include <QAccessibleWidget>

// A painted table that screen readers read and walk but do not select in (the calendar views, the
// month overview's days): QAccessibleTableInterface's selection, caption and summary answer "none",
// so each table says only what it has.
class ReadOnlyTableAccessible : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    using QAccessibleWidget::QAccessibleWidget;

    QAccessibleInterface* caption() const override { return nullptr; }
    QAccessibleInterface* summary() const override { return nullptr; }
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent*) override { }
};
