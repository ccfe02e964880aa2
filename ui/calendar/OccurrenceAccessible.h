#pragma once

#include "ui/common/LeafAccessible.h"

#include <QAccessibleInterface>
#include <QCoreApplication>

class CalendarViewAccessible;

// One appointment in a calendar view for screen readers: named as it is said ("Tuesday 10:00 to
// 10:50, Counseling A, video, planned"), with the actions open, start and invite.
class OccurrenceAccessible : public LeafAccessible<>, public QAccessibleActionInterface
{
    Q_DECLARE_TR_FUNCTIONS(OccurrenceAccessible)

public:
    OccurrenceAccessible(CalendarViewAccessible* table, QAccessibleInterface* parent, int row);

    static QString startAction();
    static QString inviteAction();

    bool isValid() const override;
    QWindow* window() const override;
    QAccessibleInterface* parent() const override { return m_parent; }
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    QString localizedActionName(const QString& name) const override;
    QString localizedActionDescription(const QString& name) const override;
    void doAction(const QString& name) override;
    QStringList keyBindingsForAction(const QString& name) const override;

private:
    // Video sessions can be started and invited to; a phone call or a meeting in person cannot.
    bool isSession() const;

    CalendarViewAccessible* m_table;
    QAccessibleInterface* m_parent;
    int m_row;
};
