#pragma once

#include "ui/calendar/CalendarView.h"
#include "ui/calendar/OccurrenceModel.h"

class QAbstractListModel;
class QListView;

// The coming weeks as a list: one line per appointment and day, grouped by day.
class AgendaView : public CalendarView
{
    Q_OBJECT

public:
    // The list's lines carry the occurrence's roles and these.
    enum LineRoles
    {
        DayRole = OccurrenceModel::ReadOnlyRole + 1, // QDate: the day a line is listed under
        OccurrenceRowRole, // int: the occurrence's row in the OccurrenceModel
    };

    explicit AgendaView(OccurrenceModel& model, QWidget* parent = nullptr);

    QDate windowStart(const QDate& date) const override { return date; }
    int windowDays() const override { return 28; }
    int pageDays() const override { return 28; }

    QListView* list() const { return m_list; }
    QRect occurrenceArea(int row) const override;
    // "10:00–10:50", "all day (day 2 of 3)", "from 22:00 (day 1 of 2)": an occurrence as listed
    // under one of its days.
    static QString timeOnDay(const QModelIndex& index, const QDate& day);

protected:
    // In a list, up and down walk through all appointments, not just one day's.
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The line of an occurrence row: the current one, else the one under the focus date, else its
    // first; invalid for no row.
    QModelIndex lineOf(int row) const;

    QListView* m_list;
    QAbstractListModel* m_lines;
};
