#include "ui/calendar/CalendarView.h"

#include "ui/calendar/CalendarViewAccessible.h"
#include "ui/calendar/OccurrenceModel.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QScopedValueRollback>

CalendarView::CalendarView(OccurrenceModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_focusDate(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    CalendarViewAccessible::install();
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectedKey = m_selectedRow < 0
            ? std::pair<QString, QDateTime>()
            : std::pair(m_model.index(m_selectedRow).data(OccurrenceModel::UidRole).toString(),
                        m_model.index(m_selectedRow).data(OccurrenceModel::RecurrenceIdRole).toDateTime());
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_selectedRow
            = m_selectedKey.first.isEmpty() ? -1 : m_model.rowOf(m_selectedKey.first, m_selectedKey.second);
        CalendarViewAccessible::contentChanged(this);
        update();
        if (!m_movingFocus)
            announceFocus();
    });
}

void CalendarView::setFocusDate(const QDate& date)
{
    if (!date.isValid() || date == m_focusDate)
        return;
    m_focusDate = date;
    m_selectedRow = -1;
    update();
    {
        const QScopedValueRollback moving(m_movingFocus, true);
        Q_EMIT focusDateChanged(date);
    }
    announceFocus();
}

void CalendarView::selectRow(int row)
{
    if (row == m_selectedRow)
        return;
    m_selectedRow = row;
    update();
    Q_EMIT selectionChanged(row);
    announceFocus();
}

void CalendarView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    // After Qt's own focus event for the view, which follows this: said before it, the day or the
    // appointment was followed by the view's name, and a screen reader stayed on the view.
    QMetaObject::invokeMethod(this, &CalendarView::announceFocus, Qt::QueuedConnection);
}

void CalendarView::announceFocus()
{
    if (hasFocus())
        CalendarViewAccessible::focusChanged(this);
}

QString CalendarView::cellName(int, int) const
{
    return QString();
}

QList<int> CalendarView::occurrencesInCell(int, int) const
{
    return {};
}

int CalendarView::cellAppointmentCount(int row, int column) const
{
    return int(occurrencesInCell(row, column).size());
}

QRect CalendarView::cellArea(int, int) const
{
    return {};
}

QString CalendarView::columnName(int) const
{
    return QString();
}

QString CalendarView::rowName(int) const
{
    return QString();
}

QList<int> CalendarView::rowsOn(const QDate& date) const
{
    return m_model.rowsOn(date);
}

bool CalendarView::selectedTimes(QDateTime* start, QDateTime* end) const
{
    if (m_selectedRow < 0)
        return false;
    const QModelIndex index = m_model.index(m_selectedRow);
    if (index.data(OccurrenceModel::AllDayRole).toBool())
        return false;
    *start = index.data(OccurrenceModel::StartRole).toDateTime().toLocalTime();
    *end = index.data(OccurrenceModel::EndRole).toDateTime().toLocalTime();
    return true;
}

bool CalendarView::resizedSelection(qint64 seconds, QDateTime* start, QDateTime* end) const
{
    constexpr qint64 quarter = 15 * 60;
    if (!selectedTimes(start, end))
        return false;
    *end = std::max(end->addSecs(seconds), start->addSecs(quarter));
    return true;
}

bool CalendarView::keyboardReschedule(const QKeyEvent* event, QDateTime* start, QDateTime* end) const
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    constexpr qint64 quarter = 15 * 60;
    const bool upOrDown = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
    const qint64 step = event->key() == Qt::Key_Up ? -quarter : quarter;
    if (modifiers == (Qt::AltModifier | Qt::ShiftModifier))
        return upOrDown && resizedSelection(step, start, end);
    if (modifiers != Qt::AltModifier || !selectedTimes(start, end))
        return false;
    if (upOrDown) {
        *start = start->addSecs(step);
        *end = end->addSecs(step);
        return true;
    }
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        const int days = event->key() == Qt::Key_Left ? -1 : 1;
        *start = start->addDays(days);
        *end = end->addDays(days);
        return true;
    }
    return false;
}

bool CalendarView::event(QEvent* event)
{
    // With an appointment selected, Alt+arrows move it before any shortcut sees them.
    QDateTime start;
    QDateTime end;
    if (event->type() == QEvent::ShortcutOverride
        && keyboardReschedule(static_cast<QKeyEvent*>(event), &start, &end)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    QDateTime start;
    QDateTime end;
    if (keyboardReschedule(event, &start, &end)) {
        Q_EMIT keyboardRescheduleRequested(m_selectedRow, start, end);
        return;
    }
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, rect().center(), mapToGlobal(rect().center()));
        contextMenuEvent(&menu);
        return;
    }
    const QList<int> today = rowsOn(m_focusDate);
    const qsizetype position = today.indexOf(m_selectedRow);
    switch (event->key()) {
    case Qt::Key_Left:
        setFocusDate(m_focusDate.addDays(-1));
        return;
    case Qt::Key_Right:
        setFocusDate(m_focusDate.addDays(1));
        return;
    case Qt::Key_Up:
        if (!today.isEmpty())
            selectRow(today.at(position <= 0 ? 0 : position - 1));
        return;
    case Qt::Key_Down:
        if (!today.isEmpty())
            selectRow(today.at(position < 0 ? 0 : qMin(position + 1, today.size() - 1)));
        return;
    case Qt::Key_PageUp:
        setFocusDate(m_focusDate.addDays(-pageDays()));
        return;
    case Qt::Key_PageDown:
        setFocusDate(m_focusDate.addDays(pageDays()));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedRow >= 0)
            Q_EMIT openRequested(m_selectedRow);
        else
            Q_EMIT dayRequested(m_focusDate);
        return;
    case Qt::Key_Delete:
        if (m_selectedRow >= 0)
            Q_EMIT deleteRequested(m_selectedRow);
        return;
    case Qt::Key_N:
        if (event->modifiers() == Qt::NoModifier) {
            Q_EMIT newRequested(QDate(), QTime()); // on the focused day, if the view shows it
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void CalendarView::contextMenuEvent(QContextMenuEvent* event)
{
    // A right click has selected what is under the mouse already (or nothing).
    if (m_selectedRow < 0) {
        event->ignore();
        return;
    }
    // From the keyboard, the menu opens at the appointment, not wherever the mouse is.
    const QRect area = occurrenceArea(m_selectedRow);
    Q_EMIT menuRequested(m_selectedRow,
                         event->reason() == QContextMenuEvent::Keyboard && !area.isEmpty()
                             ? mapToGlobal(area.center())
                             : event->globalPos());
}
