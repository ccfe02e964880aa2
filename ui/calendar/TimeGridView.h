#pragma once

#include "ui/calendar/CalendarView.h"

#include <QRect>

class QPainter;
class QScrollArea;

// Day, work week and week: days as columns over a 24-hour grid, all-day items above it.
class TimeGridView : public CalendarView
{
    Q_OBJECT

public:
    TimeGridView(OccurrenceModel& model, int days, QWidget* parent = nullptr);

    QDate windowStart(const QDate& date) const override;
    int windowDays() const override { return m_days; }
    int pageDays() const override { return m_days == 1 ? 1 : 7; }

    static constexpr int hourHeight = 48;
    static constexpr int timeColumnWidth = 56;

    // Where an occurrence is drawn in the grid's coordinates (empty if not on a shown day).
    QList<QRect> itemRects(int row) const;
    // The local time under a point of the grid, rounded down to a quarter hour.
    QDateTime timeAt(const QPoint& gridPosition) const;
    QWidget* grid() const { return m_grid; }

    void scrollToHour(int hour);

private:
    friend class TimeGridCanvas;
    friend class TimeGridHeader;
    void paintGrid(QPainter& painter, const QRect& exposed);
    void paintHeader(QPainter& painter);
    void pressedAt(const QPoint& gridPosition, bool doubleClick);
    void pressedInHeader(const QPoint& position, bool doubleClick);
    void paintItem(QPainter& painter, int row, const QRect& rect, bool timed);

    struct Placement
    {
        int row;
        QRect rect;
    };
    void layoutItems();
    int dayWidth() const;
    int dayX(int dayIndex) const;

    int m_days;
    QWidget* m_header;
    QScrollArea* m_scroll;
    QWidget* m_grid;
    QList<Placement> m_timed;
    QList<Placement> m_allDay;
    int m_allDayLanes = 0;
};
