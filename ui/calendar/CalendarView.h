#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

class OccurrenceModel;

// What every calendar view (day, week, month, agenda) offers the calendar around it: a focused
// date, a selected occurrence, and the user's intents as signals. Keyboard: arrows move, Enter
// opens, Delete deletes, N creates.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(OccurrenceModel& model, QWidget* parent = nullptr);

    QDate focusDate() const { return m_focusDate; }
    void setFocusDate(const QDate& date);
    // The first day and number of days this view shows around a date.
    virtual QDate windowStart(const QDate& date) const = 0;
    virtual int windowDays() const = 0;
    // How far PgUp/PgDn and the arrows next to "Today" move.
    virtual int pageDays() const = 0;

    int selectedRow() const { return m_selectedRow; }
    void selectRow(int row);

Q_SIGNALS:
    void focusDateChanged(const QDate& date);
    void selectionChanged(int row);
    void openRequested(int row);
    void deleteRequested(int row);
    // A new appointment, starting at this local time (invalid time: let the dialog choose).
    void newRequested(const QDate& date, const QTime& time);
    // The user dragged an occurrence to new local times (moved, or its end resized).
    void rescheduleRequested(int row, const QDateTime& start, const QDateTime& end);
    // The user wants to see this day on its own (double click in the month view).
    void dayRequested(const QDate& date);
    // Right click or the menu key on the selected occurrence.
    void menuRequested(int row, const QPoint& globalPosition);

protected:
    OccurrenceModel& model() const { return m_model; }
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    // Rows of the occurrences on a day, in order of start.
    QList<int> rowsOn(const QDate& date) const;

private:
    OccurrenceModel& m_model;
    // Built once per model reset: painting a month asks for each of 42 days.
    mutable QHash<QDate, QList<int>> m_rowsByDay;
    mutable bool m_rowsByDayValid = false;
    QDate m_focusDate;
    int m_selectedRow = -1;
};
