#include "ui/calendar/EarlyStatusQuestion.h"

#include "ui/common/MessageBox.h"

#include <QDateTime>
#include <QLocale>

bool EarlyStatusQuestion::allows(QWidget* parent, const Appointment& date, AppointmentStatus status,
                                 const QDateTime& nowUtc)
{
    if (status != AppointmentStatus::Done && status != AppointmentStatus::NoShow)
        return true;
    const bool stillToCome = date.allDay ? date.startDate > nowUtc.toLocalTime().date() : date.start > nowUtc;
    if (!stillToCome)
        return true;
    const QString day = QLocale().toString(date.allDay ? date.startDate : date.start.toLocalTime().date(),
                                           QLocale::ShortFormat);
    return MessageBox::choose(parent, tr("Mark Status"),
                              tr("\"%1\" on %2 is still to come. Mark it as \"%3\" anyway?")
                                  .arg(date.title, day, Appointment::statusText(status)),
                              { tr("&Mark") }, MessageBox::cancelIsDefault)
        == 0;
}
