#pragma once

#include "ui/calendar/CalendarView.h"

class QListView;

// The coming weeks as a list: one line per appointment, grouped by day.
class AgendaView : public CalendarView
{
    Q_OBJECT

public:
    explicit AgendaView(OccurrenceModel& model, QWidget* parent = nullptr);

    QDate windowStart(const QDate& date) const override { return date; }
    int windowDays() const override { return 28; }
    int pageDays() const override { return 28; }

    QListView* list() const { return m_list; }
    QRect occurrenceArea(int row) const override;

protected:
    // In a list, up and down walk through all appointments, not just one day's.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QListView* m_list;
};
