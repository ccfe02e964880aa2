#pragma once

#include <QAccessibleWidget>

class CalendarView;
class QAbstractButton;

// A button over a calendar view that says what the view does not show (the day and week grids'
// "2 more earlier"), read by screen readers as a part of the view, after its cells: without it
// a screen reader user never learned of appointments above or below the hours in view.
class CalendarHintAccessible : public QAccessibleWidget
{
public:
    CalendarHintAccessible(QAbstractButton* hint, CalendarView* view);

    // The interface for a calendar view's hint (QAccessible's factory), or nullptr for any other object.
    static QAccessibleInterface* create(const QString& className, QObject* object);

    QAccessibleInterface* parent() const override;
    QString text(QAccessible::Text t) const override;
    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;

private:
    QAbstractButton* hint() const;

    CalendarView* m_view;
};
