#pragma once

#include <QAccessibleInterface>

// A part of a painted widget for screen readers (a day, an appointment): no object of its own,
// nothing inside it, and nothing to be typed into it. Base is QAccessibleInterface or a subclass.
template <class Base = QAccessibleInterface> class LeafAccessible : public Base
{
public:
    using Base::Base;

    QObject* object() const override { return nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    void setText(QAccessible::Text, const QString&) override { }
};
