#pragma once

#include "core/calendar/Appointment.h"
#include "core/sync/TeamCalendar.h"
#include "ui/common/FormDialog.h"

#include <QHash>

class AppointmentStore;
class Clock;
class DateField;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class RecurrenceEditor;
class QPlainTextEdit;
class QSpinBox;
class Settings;
class TimeField;

// Creates or edits one appointment (or one occurrence). Problems show next to the form as they
// arise; OK is only possible when the appointment can be saved.
class AppointmentDialog : public FormDialog
{
    Q_OBJECT

public:
    AppointmentDialog(const Appointment& appointment, const Settings& settings, const AppointmentStore& store,
                      const Clock& clock, bool isOccurrence, QWidget* parent = nullptr);

    // The appointment as edited; room and identity stay those of the original.
    Appointment appointment() const;
    // The calendars the appointment can be put in (team calendars the user may write to, and this
    // computer's); a choice is shown when there are two or more, on the appointment's own.
    void offerCalendars(const QList<TeamCalendar>& writable);

    // "Weekly", "every 2 weeks", "monthly": the rules behind the presets.
    static QString presetRule(int preset, int count);

    // Saves, after asking when a date still to come is marked held or no-show.
    void accept() override;

private:
    // An all-day course or day off is no session, and a reminder minutes before midnight helps
    // nobody: ticking All day sets the session and reminder the counselor has not chosen herself
    // to "in person" and "no reminder"; unticking brings back what they were.
    void applyAllDayDefaults(bool allDay);
    void updateState();
    // What keeps the form from being saved, one line for each wrong part; empty when it can be.
    QString problem(Appointment* result) const;
    // Whether the end as typed is taken into the next day: a late session, or one that already ran
    // past midnight; false when it is on the start's day or refused as a typo.
    bool endsNextDay() const;
    // What is wrong with the date, times or series, which it sets on the candidate.
    QString scheduleProblem(Appointment* candidate) const;
    // What is wrong with the client's e-mail address and mobile number, each; sets the client.
    QStringList clientProblems(Appointment* candidate) const;
    QString overlapWarning(const Appointment& candidate) const;
    QString pastWarning(const Appointment& candidate) const;
    QString phoneWarning(const Appointment& candidate) const;

    Appointment m_original;
    const AppointmentStore& m_store;
    const Clock& m_clock;
    QLineEdit* m_title;
    QComboBox* m_calendar;
    QLineEdit* m_counselor;
    QHash<QString, QString> m_calendarUsers; // this computer's user on each calendar's server
    QFormLayout* m_form;
    QComboBox* m_kind;
    QComboBox* m_status;
    QComboBox* m_server;
    QLineEdit* m_link;
    DateField* m_date;
    TimeField* m_start;
    TimeField* m_end;
    QLabel* m_nextDay; // beside an end after midnight, which the form has no end date for
    DateField* m_lastDay; // of an all-day appointment, which may last several days
    QCheckBox* m_allDay;
    QComboBox* m_repeat;
    RecurrenceEditor* m_customRule;
    QSpinBox* m_count;
    QLineEdit* m_clientName;
    QLineEdit* m_clientEmail;
    QLineEdit* m_clientPhone;
    // "Mobile" where the room password may go by text message, "Phone" for a call.
    QLabel* m_clientPhoneLabel = nullptr;
    QComboBox* m_language;
    QComboBox* m_reminder;
    QPlainTextEdit* m_notes;
    struct AllDayDefault
    {
        QComboBox* box;
        QVariant allDayValue;
        int timedIndex = -1;
        bool chosen = false; // by the counselor, since the dialog opened
    };
    QList<AllDayDefault> m_allDayDefaults;
};
