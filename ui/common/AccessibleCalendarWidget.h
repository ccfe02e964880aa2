#pragma once

#include <QCalendarWidget>
#include <QHash>

class Clock;
class QKeyEvent;

// A QCalendarWidget that screen readers can name and everyone can read: Qt leaves the arrow
// buttons, the table of days and the year field without a name (Orca says only "button" and
// "table"), paints weekends in pure red (4:1 on white), the days of other months in the disabled
// grey (about 1.8:1) and the chosen day in the highlight colour (Fusion's is 3.7:1 under white).
// Here they take readable colours derived from the palette, also after the system's scheme changes.
// The table of days shows a frame while it has the focus, and typing digits does nothing (Qt's own
// date editor misread them). Its cells say their day in full (CalendarDaysAccessible), where Qt's
// table said the bare number.
class AccessibleCalendarWidget : public QCalendarWidget
{
    Q_OBJECT

public:
    // Six weeks, whichever month is shown.
    static constexpr int daysShown = 42;

    explicit AccessibleCalendarWidget(QWidget* parent = nullptr);

    // Selects a day as setSelectedDate() does, and tells screen readers only while the table of
    // days has the keyboard, and once: Qt's table said a day chosen in the views as if the
    // keyboard were on it, and a day in another month twice (it selects it as it turns the page).
    void selectDay(const QDate& date);
    // The day "today" names; without a clock, this computer's.
    void setClock(const Clock& clock);
    // What is said after a day's date, e.g. "2 appointments"; replaces what was said before.
    void setDayNotes(const QHash<QDate, QString>& notes);

    // The table of days by the rows and columns of its model: the weekdays' names and the week
    // numbers come first (as many rows and columns as shown), then the six weeks of days.
    int headerRows() const;
    int headerColumns() const;
    // The date in a cell; invalid for the weekdays' names and the week numbers.
    QDate dateAt(int row, int column) const;
    // The first of the 42 days the table shows.
    QDate firstDayShown() const;
    // What a screen reader says for a cell: "Tuesday, 1 December 2026, today, 2 appointments"
    // (the days of the months around with "previous month" or "next month"), "Tuesday" above a
    // column of days, "Week 49" before a row.
    QString spokenCell(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The day a key moves to from the current cell, as QCalendarWidget moves; invalid for other keys.
    QDate dateAfterKey(const QKeyEvent& key) const;
    void useReadableColours();
    QDate today() const;

    const Clock* m_clock = nullptr;
    QHash<QDate, QString> m_dayNotes;
};
