#pragma once

#include "ui/calendar/CalendarView.h"

#include <QDateTime>
#include <QRect>

#include <optional>

class QHelpEvent;
class QPainter;
class QPushButton;
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

    // Sizes that follow the font, so that a larger font (200 %) is not clipped.
    int hourHeight() const;
    int timeColumnWidth() const;

    // Where an occurrence is drawn in the grid's coordinates (empty if not on a shown day).
    QList<QRect> itemRects(int row) const;
    // The lines of text a timed occurrence shows in its (first) block, as painted.
    QStringList itemText(int row) const;
    // The local time under a point of the grid, rounded down to a quarter hour.
    QDateTime timeAt(const QPoint& gridPosition) const;
    QWidget* grid() const { return m_grid; }

    void scrollToHour(int hour);

    // Row 0: the days with their all-day items; rows 1 to 24: the hours.
    int cellRowCount() const override { return 25; }
    int cellColumnCount() const override { return m_days; }
    QString cellName(int row, int column) const override;
    // The day's row (named by the day) counts all of the day's appointments, as the month overview
    // does; it holds only the all-day ones.
    int cellAppointmentCount(int row, int column) const override;
    QList<int> occurrencesInCell(int row, int column) const override;
    QRect cellArea(int row, int column) const override;
    QPoint focusCell() const override;
    QRect occurrenceArea(int row) const override;
    QString columnName(int column) const override;
    QString rowName(int row) const override;
    QList<QAbstractButton*> hints() const override;
    QString hintName(const QAbstractButton* hint) const override;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class TimeGridCanvas;
    friend class TimeGridHeader;
    void paintGrid(QPainter& painter, const QRect& exposed);
    void paintHeader(QPainter& painter);
    void paintFocusFrame(QPainter& painter, int height);
    void pressedAt(const QPoint& gridPosition, bool doubleClick);
    void pressedInHeader(const QPoint& position, bool doubleClick);
    void draggedTo(const QPoint& gridPosition);
    void releasedAt(const QPoint& gridPosition);
    // The times the dragged item would get at this point; false if it did not move.
    bool dragResult(const QPoint& gridPosition, QDateTime* start, QDateTime* end) const;
    bool isReadOnly(int row) const;
    class BlockColors;
    void paintItem(QPainter& painter, BlockColors& colors, int row, const QRect& rect, bool timed);
    // Where an item's text goes in its block, and the lines it shows there.
    QRect textArea(int row, const QRect& rect) const;
    QStringList itemLines(int row, const QRect& textArea, bool timed, const QFont& font) const;
    // The font an item's text is painted in: smaller in a block too low for a line, struck out when
    // cancelled.
    QFont itemFont(int row, const QRect& textArea) const;

    struct Placement
    {
        int row;
        QRect rect;
    };
    void paintSelectionFrame(QPainter& painter, const BlockColors& colors, const QList<Placement>& items);
    void layoutItems();
    // The full text of the item under the mouse: short blocks show only part of it.
    void showToolTip(QHelpEvent* event, const QList<Placement>& items, QWidget* on);
    int dayWidth() const;
    int dayX(int dayIndex) const;
    // "▲ 2 more earlier", "▼ 1 more later": appointments above or below the hours in view.
    void showHiddenItems();
    // Scrolls the nearest appointment above (or below) the hours in view into view.
    void revealHidden(bool earlier);
    // Scrolls the selected appointment into view: one just made, or chosen by keyboard, was selected
    // out of sight.
    void revealSelection();

    int m_days;
    QWidget* m_header;
    QScrollArea* m_scroll;
    QWidget* m_grid;
    QPushButton* m_earlier;
    QPushButton* m_later;
    // What the hints say, kept while they are hidden.
    int m_earlierShown = 0;
    int m_laterShown = 0;
    QList<Placement> m_timed;
    QList<Placement> m_allDay;
    int m_allDayLanes = 0;

    // A timed item being moved or resized with the mouse.
    struct Drag
    {
        int row = -1;
        bool resize = false; // the lower edge: changes the end only
        QPoint pressed;
        QRect rect;
        QPoint current;
    };
    std::optional<Drag> m_drag;
    // A press on an appointment is selecting it: revealSelection() leaves the view where it is.
    bool m_selectingByPointer = false;
    static constexpr int resizeHandle = 6;
    int dayLabelHeight() const;
    int allDayLaneHeight() const;
    // Measured once per font: every item placed and painted asks for it, and measuring is shaping text.
    int m_timeColumnWidth = 0;
    void measureTimeColumn();
};
