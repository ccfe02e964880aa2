#pragma once

#include "core/calendar/Occurrence.h"

#include <QFrame>

class AppointmentStore;
class Clock;
class QBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

// "What's next": who, when, how long until it starts, and the one action it needs.
class NextAppointmentPanel : public QFrame
{
    Q_OBJECT

public:
    NextAppointmentPanel(const AppointmentStore& store, const Clock& clock, QWidget* parent = nullptr);

    std::optional<Occurrence> next() const { return m_next; }
    // The next video, phone or link session, for "Start Next Session": an office hour in person
    // shown here before it (and all-day dates) are no session to start.
    std::optional<Occurrence> nextSession() const;
    void refresh();
    // The dates whose session window is open (Occurrence::key()): for one of them the panel says
    // the session is running and offers to go back to it, not to start it.
    void setOpenSessions(const QStringList& occurrenceKeys);
    // The buttons beside the text (above the views) instead of below it (in the side column).
    void setWide(bool wide);

    // Ahead of a video session the engine warms up, so that Start is quick.
    static constexpr int warmUpMinutes = 10;
    // An appointment starting this soon takes the panel from one that is already running.
    static constexpr int dueAheadMinutes = 5;

Q_SIGNALS:
    void openRequested(const QString& uid, const QDateTime& recurrenceId);
    void startRequested(const Occurrence& occurrence);
    void startingSoon(const Occurrence& occurrence);
    void checkRequested(const Occurrence& occurrence);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What comes next, or is due or running now; of the sessions only, or of all but all-day dates.
    std::optional<Occurrence> upcoming(bool sessionsOnly) const;
    void act();

    const AppointmentStore& m_store;
    const Clock& m_clock;
    std::optional<Occurrence> m_next;
    QStringList m_openSessions;
    QBoxLayout* m_layout;
    QLabel* m_heading;
    QLabel* m_details;
    QPushButton* m_action;
    QPushButton* m_check;
    QTimer* m_timer;
};
