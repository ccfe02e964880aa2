#pragma once

#include "ui/calendar/CalendarView.h"

// Six weeks of days, each with the first appointments of that day.
class MonthView : public CalendarView
{
    Q_OBJECT

public:
    explicit MonthView(OccurrenceModel& model, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

    QDate windowStart(const QDate& date) const override;
    int windowDays() const override { return 42; }
    int pageDays() const override { return 28; }

    int cellRowCount() const override { return 6; }
    int cellColumnCount() const override { return 7; }
    QString cellName(int row, int column) const override;
    QList<int> occurrencesInCell(int row, int column) const override;
    QRect cellArea(int row, int column) const override;
    QPoint focusCell() const override;
    QRect occurrenceArea(int row) const override;
    QString columnName(int column) const override;

    QRect cellRect(const QDate& date) const;
    QDate dateAt(const QPoint& position) const;
    // The texts a day shows for its appointments, as painted.
    QStringList dayText(const QDate& date) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The day names' row and an appointment's line, from the font, so a larger one is not clipped.
    int headerHeight() const;
    int lineHeight() const;

    // A line of a day: an appointment (row), or how many more there are (row -1).
    struct DayLine
    {
        int row;
        QRect rect;
        QString text;
    };
    QList<DayLine> dayLines(const QDate& date) const;
    // An appointment's line: its marks, its time where there is room, its title, elided to width.
    QString lineText(int row, int width) const;
};
