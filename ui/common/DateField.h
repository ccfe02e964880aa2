#pragma once

#include <QDate>
#include <QLineEdit>

// A date field that reads what people type ("1.12.26", "01.12.2026", "1.12."; in the order of
// the locale, see DateTimeInput) instead of stepping through sections, or a date picked from a
// calendar (the button at its end, or Alt+Down). Once typing is done it shows the full date.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    // today settles two-digit and missing years.
    explicit DateField(const QDate& today, QWidget* parent = nullptr);

    // Invalid while the text is not a date.
    QDate date() const { return m_date; }
    void setDate(const QDate& date);
    // "31.02.2027": written as a date, but no such day exists.
    bool namesDayThatDoesNotExist() const;

Q_SIGNALS:
    // Emitted as the typed text becomes another date, or stops being one (then with an invalid date).
    void dateChanged(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void readText();
    void showCalendar();

    QDate m_today;
    QDate m_date;
};
