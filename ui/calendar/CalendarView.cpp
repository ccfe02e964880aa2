#include "ui/calendar/CalendarView.h"

#include "ui/calendar/OccurrenceModel.h"

#include <QContextMenuEvent>
#include <QKeyEvent>

CalendarView::CalendarView(OccurrenceModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_focusDate(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_rowsByDayValid = false;
        if (m_selectedRow >= m_model.rowCount())
            m_selectedRow = -1;
        update();
    });
}

void CalendarView::setFocusDate(const QDate& date)
{
    if (!date.isValid() || date == m_focusDate)
        return;
    m_focusDate = date;
    m_selectedRow = -1;
    update();
    Q_EMIT focusDateChanged(date);
}

void CalendarView::selectRow(int row)
{
    if (row == m_selectedRow)
        return;
    m_selectedRow = row;
    update();
    Q_EMIT selectionChanged(row);
}

QList<int> CalendarView::rowsOn(const QDate& date) const
{
    if (!m_rowsByDayValid) {
        m_rowsByDay.clear();
        const QDate windowFirst = m_model.firstDay();
        const QDate windowLast = windowFirst.addDays(m_model.dayCount() - 1);
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const QModelIndex index = m_model.index(row);
            const QDate first = index.data(OccurrenceModel::FirstDayRole).toDate();
            const QDate last = index.data(OccurrenceModel::LastDayRole).toDate();
            for (QDate day = qMax(first, windowFirst); day <= qMin(last, windowLast); day = day.addDays(1))
                m_rowsByDay[day].append(row);
        }
        m_rowsByDayValid = true;
    }
    return m_rowsByDay.value(date);
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
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
            Q_EMIT newRequested(m_focusDate, QTime());
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
    Q_EMIT menuRequested(m_selectedRow, event->globalPos());
}
