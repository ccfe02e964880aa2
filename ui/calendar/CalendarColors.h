#pragma once

#include "core/calendar/Appointment.h"

#include <QColor>
#include <QList>
#include <QPalette>

// The colours the calendar views paint with. They come from the palette, so the views follow the
// system's light, dark and high-contrast schemes, and each is made readable where it is painted:
// text at least 4.5:1 against every background it can stand on, lines and frames that carry
// meaning at least 3:1 (see ReadableColors). tst_CalendarColors checks every pair.
class CalendarColors
{
public:
    explicit CalendarColors(const QPalette& palette);

    // Days: the grid and the month, weekends and days of other months, the chosen day (a tint of
    // the highlight, stronger while the view has the focus), the day names above the grid.
    QColor dayBackground() const { return m_palette.color(QPalette::Base); }
    QColor weekendBackground() const { return m_palette.color(QPalette::AlternateBase); }
    QColor chosenDayBackground(bool focused) const;
    QColor headerBackground() const { return m_palette.color(QPalette::Window); }
    // Every background a day's date or name stands on.
    QList<QColor> dayBackgrounds() const;

    // A day's date or name; today's in the highlight colour, darkened or lightened until it reads.
    QColor dayText(bool today) const;
    // The hours beside the grid: quieter than the dates, still readable.
    QColor hourText() const;
    // Dates in the month navigator: weekends in red, the days of other months in grey.
    QColor weekendText() const;
    QColor otherMonthText() const;
    // The lines between hours and days: only structure, the hour labels carry the meaning.
    QColor gridLine() const { return m_palette.color(QPalette::Mid); }
    // The frame around the focused day or the selected appointment, and the line at the present time.
    QColor focusFrame() const;
    QColor nowLine() const;

    // An appointment's block (or its stripe in the agenda) in the colour of its kind, grey when
    // cancelled or missed, and the text on it: the day's background colour, so that the block
    // stands out from the day as much as its text from the block.
    QColor appointmentFill(SessionKind kind, AppointmentStatus status, bool selected) const;
    QColor appointmentText() const { return dayBackground(); }

    // The selected line of a list (the agenda): the highlight, made readable under its text.
    QColor selectedBackground() const;
    QColor selectedText() const { return m_palette.color(QPalette::HighlightedText); }

private:
    static QColor kindColor(SessionKind kind, AppointmentStatus status);

    QPalette m_palette;
};
