#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QWidget>

class OccurrenceModel;
class QAbstractButton;

// What every calendar view (day, week, month, agenda) offers the calendar around it: a focused
// date, a selected occurrence, and the user's intents as signals. Keyboard: arrows move, Enter
// opens, Delete deletes, N creates, Shift+F10 opens the menu; Alt+arrows move the selected
// appointment (by a quarter hour or a day), Alt+Shift+Up/Down move its end.
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

    OccurrenceModel& model() const { return m_model; }
    int selectedRow() const { return m_selectedRow; }
    void selectRow(int row);
    // The selected timed occurrence's local times with its end moved by seconds, keeping it at
    // least a quarter of an hour long; false without one.
    bool resizedSelection(qint64 seconds, QDateTime* start, QDateTime* end) const;

    // The view as assistive technology reads it (CalendarViewAccessible): a table of cells (a day,
    // or an hour of a day) holding the occurrences that begin there; without cells (the agenda), a
    // list of the occurrences. Areas are in the view's coordinates.
    virtual int cellRowCount() const { return 0; }
    virtual int cellColumnCount() const { return 0; }
    virtual QString cellName(int row, int column) const;
    virtual QList<int> occurrencesInCell(int row, int column) const;
    // How many appointments the cell's description counts: those in it.
    virtual int cellAppointmentCount(int row, int column) const;
    virtual QRect cellArea(int row, int column) const;
    // The cell of the focus date (for a grid of hours, its day row).
    virtual QPoint focusCell() const { return {}; }
    virtual QRect occurrenceArea(int row) const = 0;
    // The row and column headers: a day, an hour.
    virtual QString columnName(int column) const;
    virtual QString rowName(int row) const;
    // Buttons over the view that say what it does not show (the grids' appointments above or
    // below the hours in view), read after the cells.
    virtual QList<QAbstractButton*> hints() const { return {}; }
    // What screen readers say for one of hints(); its text when empty.
    virtual QString hintName(const QAbstractButton*) const { return QString(); }

Q_SIGNALS:
    void focusDateChanged(const QDate& date);
    void selectionChanged(int row);
    void openRequested(int row);
    void deleteRequested(int row);
    // A new appointment, starting at this local time (invalid date and time: the calendar chooses).
    void newRequested(const QDate& date, const QTime& time);
    // The user dragged an occurrence to new local times (moved, or its end resized).
    void rescheduleRequested(int row, const QDateTime& start, const QDateTime& end);
    // Alt+arrows on the selected occurrence: moved by a step, or its end by a quarter hour.
    void keyboardRescheduleRequested(int row, const QDateTime& start, const QDateTime& end);
    // The user wants to see this day on its own (double click in the month view).
    void dayRequested(const QDate& date);
    // Right click or the menu key on the selected occurrence.
    void menuRequested(int row, const QPoint& globalPosition);
    // Assistive technology asked to start or invite to this occurrence.
    void startRequested(int row);
    void inviteRequested(int row);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    // Rows of the occurrences on a day, in order of start.
    QList<int> rowsOn(const QDate& date) const;

private:
    // Tells assistive technology what has the focus inside the view now.
    void announceFocus();
    // Alt(+Shift)+arrows on a selected timed occurrence: the new times it gets; false for other keys.
    bool keyboardReschedule(const QKeyEvent* event, QDateTime* start, QDateTime* end) const;
    // The selected occurrence's local times; false without one or for an all-day one.
    bool selectedTimes(QDateTime* start, QDateTime* end) const;

    OccurrenceModel& m_model;
    QDate m_focusDate;
    int m_selectedRow = -1;
    // The selected occurrence across reloads (uid, recurrence id): moved, it gets another row.
    std::pair<QString, QDateTime> m_selectedKey;
    // While the view follows a new focus date, which it says once when there: the day view loads
    // that day as it goes, and said it after the load and again after the move.
    bool m_movingFocus = false;
};
