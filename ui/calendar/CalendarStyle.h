#pragma once

#include "core/calendar/Appointment.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

class QFont;
class QFontMetrics;
class QPainter;
class QRect;

// How appointments read in every view: besides the colour of their kind (CalendarColors), a
// symbol (from fonts every system has) for the kind and the status, for those who cannot tell the
// colours apart.
class CalendarStyle
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStyle)

public:
    static QString symbolFor(SessionKind kind);
    // Everything that marks an appointment before its title: the kind, the status, the series ("▶✓↻").
    static QString marks(SessionKind kind, AppointmentStatus status, const QModelIndex& occurrence);
    // The kind in words, as a screen reader says it ("video", "phone").
    static QString kindText(SessionKind kind);
    // A mark before the title when the appointment is no longer just planned (held ✓, no-show ✗,
    // cancelled ⊘, started ◐); empty for a planned one.
    static QString statusMark(AppointmentStatus status);
    // The status as a choice in a menu or list ("Held", "Cancelled by the client").
    static QString statusChoice(AppointmentStatus status);
    // Cancelled appointments are struck out.
    static bool isStruckOut(AppointmentStatus status);
    // ↻ for an occurrence of a series, in every view; empty otherwise.
    static QString seriesMark(const QModelIndex& occurrence);
    // The occurrence's calendar colour as a stripe along the left edge of area, set off by a white
    // line, so that the kind's colour and the white text on it stay as readable as without.
    // Returns the stripe's width with its line (0 when the calendar has no colour of its own).
    static int paintCalendarStripe(QPainter& painter, const QRect& area, const QModelIndex& occurrence);
    // The width paintCalendarStripe() takes.
    static int stripeWidth(const QModelIndex& occurrence);
    // What goes before the title in width: the marks, and the start time too where that leaves the
    // title room for a readable piece of it. In a narrow block (200 %, a week on a small screen)
    // the title matters more: where it is, the grid and the tooltip tell the time. Where not even
    // three letters of it fit beside the marks, the title goes alone (the block's colour and its
    // tooltip still tell the kind).
    static QString lead(const QString& marks, const QString& time, const QString& title,
                        const QFontMetrics& metrics, int width);
    // text on at most maxLines lines of width, broken between words; what does not fit is elided
    // on the last line, or on the line of a word longer than a line („Fallbespr…“, not „Fallbesprechu“
    // with „ng“ below it).
    static QStringList wrapped(const QString& text, const QFont& font, int width, int maxLines);
};
