#include "ui/calendar/CalendarViewAccessible.h"

#include "ui/calendar/CalendarCellAccessible.h"
#include "ui/calendar/CalendarHintAccessible.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/OccurrenceAccessible.h"
#include "ui/calendar/OccurrenceModel.h"

#include <QAbstractButton>

namespace {

QAccessibleInterface* makeCalendarViewAccessible(const QString&, QObject* object)
{
    auto* view = qobject_cast<CalendarView*>(object);
    return view ? new CalendarViewAccessible(view) : nullptr;
}

CalendarViewAccessible* accessibleOf(CalendarView* view)
{
    return dynamic_cast<CalendarViewAccessible*>(QAccessible::queryAccessibleInterface(view));
}

} // namespace

CalendarViewAccessible::CalendarViewAccessible(CalendarView* view)
    : ReadOnlyTableAccessible(view, hasCellsIn(view) ? QAccessible::Table : QAccessible::List)
{ }

CalendarViewAccessible::~CalendarViewAccessible()
{
    forgetParts();
}

bool CalendarViewAccessible::hasCellsIn(const CalendarView* view)
{
    return view->cellRowCount() > 0;
}

void CalendarViewAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(makeCalendarViewAccessible);
        QAccessible::installFactory(CalendarHintAccessible::create);
        return true;
    }();
    Q_UNUSED(installed)
}

void CalendarViewAccessible::contentChanged(CalendarView* view)
{
    if (CalendarViewAccessible* accessible = accessibleOf(view))
        accessible->forgetParts();
    QAccessibleTableModelChangeEvent event(view, QAccessibleTableModelChangeEvent::ModelReset);
    QAccessible::updateAccessibility(&event);
}

void CalendarViewAccessible::focusChanged(CalendarView* view)
{
    CalendarViewAccessible* accessible = accessibleOf(view);
    QAccessibleInterface* focused = accessible ? accessible->focusChild() : nullptr;
    if (!focused)
        return;
    QAccessibleEvent focus(focused, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
    QAccessibleEvent selection(focused, QAccessible::Selection);
    QAccessible::updateAccessibility(&selection);
}

void CalendarViewAccessible::forgetParts()
{
    // The occurrences first: they point to their cells.
    for (QAccessibleInterface* part : std::as_const(m_occurrences))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(part));
    m_occurrences.clear();
    for (QAccessibleInterface* part : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(part));
    m_cells.clear();
}

CalendarView* CalendarViewAccessible::view() const
{
    return static_cast<CalendarView*>(widget());
}

QAccessibleInterface* CalendarViewAccessible::cell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return nullptr;
    QAccessibleInterface*& part = m_cells[QPoint(column, row)];
    if (!part) {
        part = new CalendarCellAccessible(const_cast<CalendarViewAccessible*>(this), row, column);
        QAccessible::registerAccessibleInterface(part);
    }
    return part;
}

QAccessibleInterface* CalendarViewAccessible::occurrence(int row, QAccessibleInterface* parent) const
{
    if (row < 0 || row >= view()->model().rowCount())
        return nullptr;
    QAccessibleInterface*& part = m_occurrences[{ parent, row }];
    if (!part) {
        part = new OccurrenceAccessible(const_cast<CalendarViewAccessible*>(this), parent, row);
        QAccessible::registerAccessibleInterface(part);
    }
    return part;
}

QAccessibleInterface* CalendarViewAccessible::occurrenceWhereShown(int row) const
{
    if (!hasCellsIn(view()))
        return occurrence(row, const_cast<CalendarViewAccessible*>(this));
    for (int cellRow = 0; cellRow < rowCount(); ++cellRow) {
        for (int column = 0; column < columnCount(); ++column) {
            if (view()->occurrencesInCell(cellRow, column).contains(row))
                return occurrence(row, cell(cellRow, column));
        }
    }
    return nullptr;
}

int CalendarViewAccessible::partCount() const
{
    return hasCellsIn(view()) ? rowCount() * columnCount() : view()->model().rowCount();
}

int CalendarViewAccessible::childCount() const
{
    return partCount() + int(view()->hints().size());
}

QAccessibleInterface* CalendarViewAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (index >= partCount())
        return QAccessible::queryAccessibleInterface(view()->hints().at(index - partCount()));
    if (!hasCellsIn(view()))
        return occurrence(index, const_cast<CalendarViewAccessible*>(this));
    return cell(index / columnCount(), index % columnCount());
}

int CalendarViewAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    if (!child || child->parent() != this)
        return -1;
    const qsizetype hint = view()->hints().indexOf(qobject_cast<QAbstractButton*>(child->object()));
    if (hint >= 0)
        return partCount() + int(hint);
    if (const auto* cellPart = dynamic_cast<const CalendarCellAccessible*>(child))
        return cellPart->rowIndex() * columnCount() + cellPart->columnIndex();
    for (auto part = m_occurrences.cbegin(); part != m_occurrences.cend(); ++part) {
        if (part.value() == child)
            return part.key().second;
    }
    return -1;
}

QAccessibleInterface* CalendarViewAccessible::childAt(int x, int y) const
{
    // The hints lie over the cells.
    for (int index = childCount() - 1; index >= 0; --index) {
        QAccessibleInterface* part = child(index);
        if (part->rect().contains(x, y))
            return part;
    }
    return nullptr;
}

QAccessibleInterface* CalendarViewAccessible::focusChild() const
{
    const int selected = view()->selectedRow();
    if (selected >= 0)
        return occurrenceWhereShown(selected);
    if (!hasCellsIn(view()))
        return nullptr;
    const QPoint focus = view()->focusCell();
    return cell(focus.y(), focus.x());
}

void* CalendarViewAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface && hasCellsIn(view()))
        return static_cast<QAccessibleTableInterface*>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessibleInterface* CalendarViewAccessible::cellAt(int row, int column) const
{
    return cell(row, column);
}

int CalendarViewAccessible::selectedCellCount() const
{
    return int(selectedCells().size());
}

QList<QAccessibleInterface*> CalendarViewAccessible::selectedCells() const
{
    if (!hasCellsIn(view()))
        return {};
    const QPoint focus = view()->focusCell();
    return { cell(focus.y(), focus.x()) };
}

QString CalendarViewAccessible::columnDescription(int column) const
{
    return view()->columnName(column);
}

QString CalendarViewAccessible::rowDescription(int row) const
{
    return view()->rowName(row);
}

int CalendarViewAccessible::columnCount() const
{
    return view()->cellColumnCount();
}

int CalendarViewAccessible::rowCount() const
{
    return view()->cellRowCount();
}

QAccessible::State CalendarViewAccessible::partState(const QRect& area) const
{
    QAccessible::State state;
    state.invisible = !view()->isVisible();
    state.offscreen = state.invisible || !view()->rect().intersects(area);
    state.focusable = true;
    state.selectable = true;
    return state;
}
