#pragma once

#include <QLineEdit>
#include <QTime>

// A time field that takes the time as typed, all at once: "930", "9:30" and "09:30" are 09:30
// (see DateTimeInput). No hour section to select first, no arrows needed.
class TimeField : public QLineEdit
{
    Q_OBJECT

public:
    explicit TimeField(QWidget* parent = nullptr);

    // Invalid while the text is not a time.
    QTime time() const { return m_time; }
    void setTime(const QTime& time);

    // Room for a whole time: beside a crowded row the field was squeezed to "3:30" for 23:30.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Emitted as the typed text becomes another time, or stops being one (then with an invalid time).
    void timeChanged(const QTime& time);

private:
    void readText();

    QTime m_time;
};
