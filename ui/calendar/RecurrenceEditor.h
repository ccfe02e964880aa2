#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>
#include <QWidget>

class DateField;
class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

// Custom repeat in the appointment dialog, instead of a raw RRULE: every how many days, weeks,
// months or years, on which weekdays, and whether the series ends never, on a date or after a
// number of times. A rule from another calendar with more than that is named and kept as it is.
class RecurrenceEditor : public QWidget
{
    Q_OBJECT

public:
    // today settles dates typed without a year.
    explicit RecurrenceEditor(const QDate& today, QWidget* parent = nullptr);

    // zone reads an UNTIL in UTC as the local day.
    void setRule(const QString& rule, const QTimeZone& zone);
    // The RRULE value; empty while the end date is not a date.
    QString rule(const QTimeZone& zone, bool allDay) const;
    // The series' first day. Until the user chooses them, the end date follows it (three months on:
    // it showed today, before the series began) and so does the weekday ticked for weekly series.
    void setFirstDate(const QDate& first);

Q_SIGNALS:
    void changed();

private:
    void updateState();

    QSpinBox* m_interval;
    QComboBox* m_frequency;
    QList<QCheckBox*> m_weekdays; // Monday first
    QRadioButton* m_never;
    QRadioButton* m_onDate;
    QRadioButton* m_afterCount;
    DateField* m_until;
    QSpinBox* m_count;
    QWidget* m_editor;
    QLabel* m_kept;
    QString m_keptRule; // a rule this editor cannot show, kept as it came
    bool m_untilChosen = false;
    bool m_weekdaysChosen = false;
};
