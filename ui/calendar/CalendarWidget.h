#pragma once

#include "core/calendar/IcsCodec.h"
#include "core/calendar/IcsImportReport.h"
#include "core/calendar/Occurrence.h"
#include "core/sync/TeamCalendar.h"
#include "ui/common/CalendarChanges.h"

#include <QDate>
#include <QWidget>

class AccessibleCalendarWidget;
class AgendaView;
class AppointmentStore;
class CalendarView;
class Clock;
class MonthView;
class NextAppointmentPanel;
class OccurrenceModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QVBoxLayout;
class QTabBar;
class QUndoStack;
class Settings;
class TimeGridView;
struct Appointment;

// The home screen: the calendar views, a month navigator, the next appointment and search.
// Every change goes through the undo stack.
class CalendarWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Day,
        WorkWeek,
        Week,
        Month,
        Agenda
    };
    Q_ENUM(Mode)

    CalendarWidget(AppointmentStore& store, const Settings& settings, const Clock& clock,
                   QUndoStack& undoStack, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QDate focusDate() const;
    void setFocusDate(const QDate& date);
    CalendarView* currentView() const;
    OccurrenceModel& model() const { return *m_model; }

    // Without the month overview and the next appointment, which give way on a small screen.
    QSize minimumSizeHint() const override;
    // The month overview and the next appointment (the sidebar) chosen shown or hidden; none lets
    // the room decide. At 200 % on a small screen they gave way, and nothing brought them back.
    void setSidebarChoice(std::optional<bool> shown);
    bool isSidebarShown() const;

    void goToday();
    void goPrevious();
    void goNext();
    void focusSearch();

    void newAppointment(const QDate& date = {}, const QTime& time = {});
    void openAppointment(const QString& uid, const QDateTime& recurrenceId);
    void openSelected();
    void deleteSelected();
    // The selected appointment's end by minutes later (earlier when negative), as Alt+Shift+arrows
    // do in the views; for the Edit menu and its keys, since some window managers take Alt+Shift+arrows.
    void resizeSelected(int minutes);
    // Held, no-show, cancelled…: for one date of a series only; one undoable step.
    void setStatus(int row, AppointmentStatus status);
    bool hasSelection() const;
    std::optional<Occurrence> selectedOccurrence() const;
    // The next appointment that is not over yet, as the "Next appointment" panel shows it.
    std::optional<Occurrence> nextAppointment() const;
    // The next session to start (by video, phone or link), for Ctrl+Enter; see NextAppointmentPanel.
    std::optional<Occurrence> nextSession() const;
    // The dates whose session window is open (Occurrence::key()), for the "Next appointment" panel.
    void setOpenSessions(const QStringList& occurrenceKeys);

    // The calendars appointments are in: the views leave out those not shown, paint each one's
    // colour, and offer no change to those that may only be read.
    void setCalendars(const QList<TeamCalendar>& calendars);

    // .ics files: every event the file brings in one undo step, or nothing; false when nothing
    // was imported. What was imported, left out or refused is in report.
    bool importFile(const QString& path, IcsImportReport* report);
    // Writes every appointment with what detail allows (IcsCodec::Detail::Busy: no client's data).
    bool exportFile(const QString& path, IcsCodec::Detail detail, QString* report);

Q_SIGNALS:
    void startRequested(const Occurrence& occurrence);
    void inviteRequested(const Occurrence& occurrence);
    void startingSoon(const Occurrence& occurrence);
    void checkRequested(const Occurrence& occurrence);
    void selectionChanged(bool hasSelection);
    void sidebarShownChanged(bool shown);
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // The view shown, the focus left where it is (on the tabs, while the arrow keys choose).
    void showMode(Mode mode);
    void windowChanged();
    // The month overview's days say how many appointments they have (for screen readers).
    void countNavigatorAppointments();
    // F6: the focus to the next main region (navigator, views, calendar, next appointment, search).
    void moveToRegion(int step);
    // The month overview and the next appointment beside the views. Unchosen, while the views keep
    // room enough (large fonts, a scaled desktop on a small screen); else the views take the whole
    // width. Chosen shown, while the views keep their least width (too short, the column scrolls);
    // narrower, the next appointment goes above the views, with its Start.
    void fitSideColumn();
    void placeNextAppointment(bool aboveViews);
    // Tab goes through the regions in reading order (m_tabOrder): navigator, period and views,
    // calendar, next appointment, search; also after the next appointment moved.
    void orderTabs();
    void search(const QString& text);
    // The appointment chosen in the search results; for a series, its date under way or next.
    std::optional<Occurrence> chosenResult() const;
    void clearSearch();
    void editOccurrence(int row);
    // For a date of a series: 0 only this date, 1 the whole series, -1 neither (the user
    // cancelled). 0 for a single appointment, without asking.
    int askWhatToChange(const Occurrence& occurrence);
    static bool isPartOfSeries(const Occurrence& occurrence);
    // Which dates a change touched: the status bar says so, as a counselor cannot see the others.
    enum class Scope
    {
        Single,
        ThisDate,
        WholeSeries
    };
    // After a move or resize: which dates changed, where to, and how to undo it.
    static QString rescheduledMessage(const Occurrence& occurrence, const QDateTime& start,
                                      const QDateTime& end, Scope scope);
    // Moved or resized with the mouse: only this date of a series changes. False when nothing did.
    bool reschedule(int row, const QDateTime& start, const QDateTime& end);
    // Moved or resized with the keyboard: asks as editing does for a date of a series, and says in
    // the status bar where the appointment went (a key press shows nothing under the mouse).
    void rescheduleFromKeyboard(int row, const QDateTime& start, const QDateTime& end);
    // Every date of the series by the same step in wall-clock time as the occurrence in row to start
    // and end.
    bool rescheduleSeries(int row, const QDateTime& start, const QDateTime& end);
    void deleteOccurrence(int row);
    // Just created: selected in the calendar, which gets the focus, so that the next key acts on it
    // (after Enter in the new-appointment dialog the focus went to the search field).
    void selectInCalendar(const Appointment& appointment);
    // The calendars new and edited appointments can be put in, this computer's first.
    QList<TeamCalendar> writableCalendars() const;
    // At a new day, a calendar that showed today shows the new today.
    void followToday();
    // Whether the view shows the day.
    bool shows(const QDate& day) const;
    // Selects a moved date, and shows the day it now starts on if the view no longer showed it.
    void selectMoved(const QString& uid, const QDateTime& recurrenceId, const QDateTime& start);
    // The day a new appointment goes to without one chosen: the focused day if the view shows it,
    // else the first it shows.
    QDate plannedDay() const;
    // Where Ctrl+N puts a new appointment on day: 09:00, or today's next full hour once it is later.
    QTime suggestedStart(const QDate& day) const;
    // Says why the occurrence cannot be changed and returns true, if its calendar is read-only.
    bool refusedAsReadOnly(int row);
    void showReadOnly(const Appointment& appointment, const QString& reason);
    void showMenu(int row, const QPoint& globalPosition);
    // A time moved by whole days and seconds in wall-clock time: a day later stays at the same hour
    // across a change of summer time.
    static QDateTime movedBy(const QDateTime& time, qint64 days, qint64 seconds);
    // The dates of a series are known by their original starts (an exception's RECURRENCE-ID, EXDATE,
    // RDATE): when the series moves, they move with it. Left behind, a date held at 10:00 showed a
    // second time at 11:00, and a cancelled date came back.
    static void moveDatesOfSeries(QList<Appointment>& series, qint64 days, qint64 seconds);
    // One undoable step; false (after telling the user) when the store refused it.
    bool change(const QString& text, const QList<Appointment>& before, const QList<Appointment>& after);
    // A change made in the appointment dialog, said in the status bar: after OK without a word, the
    // counselor could not tell whether it was kept. An OK that changed nothing makes no undo step.
    void changeFromDialog(const QString& title, const QString& text, QList<Appointment> before,
                          QList<Appointment> after);
    // A sync may have brought a colleague's change while the dialog was open: what was changed in
    // the dialog (after, from before) goes onto what is stored now, instead of the dialog's copy of
    // everything undoing it. Where both changed the same detail, the user chooses; false when she
    // cancelled that (nothing is saved).
    bool ontoStoredNow(const QString& title, QList<Appointment>& before, QList<Appointment>& after);

    AppointmentStore& m_store;
    const Settings& m_settings;
    const Clock& m_clock;
    CalendarChanges m_changes;
    OccurrenceModel* m_model;
    // Every calendar, shown or not (setCalendars); empty until team calendars are known.
    QList<TeamCalendar> m_calendars;
    Mode m_mode = Mode::WorkWeek;
    QList<CalendarView*> m_views;
    QStackedWidget* m_stack;
    // The views as page tabs: a screen reader says "Week, page tab, 3 of 5, selected"; one stop in
    // the Tab chain, the arrow keys choose the view there.
    QTabBar* m_modeTabs;
    QWidget* m_topBar;
    QLabel* m_period;
    QLineEdit* m_search;
    QListWidget* m_results;
    QTimer* m_searchTimer;
    // Wakes at midnight, and every minute in case the computer slept through it (its clock does
    // not count the sleep), to turn the calendar on to the new day.
    QTimer* m_dayTimer;
    QDate m_today;
    AccessibleCalendarWidget* m_navigator;
    // The six weeks the month overview shows, to count their appointments.
    OccurrenceModel* m_navigatorDays;
    NextAppointmentPanel* m_next;
    QScrollArea* m_side;
    QVBoxLayout* m_sideLayout;
    std::optional<bool> m_sidebarChoice;
    QList<QWidget*> m_tabOrder;
};
