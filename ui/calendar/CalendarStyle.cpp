#include "ui/calendar/CalendarStyle.h"

#include "ui/calendar/OccurrenceModel.h"

#include <QPainter>

QString CalendarStyle::symbolFor(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Jitsi:
        return QStringLiteral("▶");
    case SessionKind::ExternalLink:
        return QStringLiteral("↗");
    case SessionKind::Phone:
        return QStringLiteral("☎");
    case SessionKind::InPerson:
        return QStringLiteral("●");
    }
    return QString();
}

QString CalendarStyle::kindText(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Jitsi:
        return tr("video");
    case SessionKind::ExternalLink:
        return tr("link to another tool");
    case SessionKind::Phone:
        return tr("phone");
    case SessionKind::InPerson:
        return tr("in person");
    }
    return QString();
}

QString CalendarStyle::statusMark(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Planned:
        return QString();
    case AppointmentStatus::Started:
        return QStringLiteral("◐");
    case AppointmentStatus::Done:
        return QStringLiteral("✓");
    case AppointmentStatus::NoShow:
        return QStringLiteral("✗");
    case AppointmentStatus::CancelledByClient:
    case AppointmentStatus::CancelledByUs:
        return QStringLiteral("⊘");
    }
    return QString();
}

bool CalendarStyle::isStruckOut(AppointmentStatus status)
{
    return status == AppointmentStatus::CancelledByClient || status == AppointmentStatus::CancelledByUs;
}

QString CalendarStyle::statusChoice(AppointmentStatus status)
{
    QString text = Appointment::statusText(status);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString CalendarStyle::seriesMark(const QModelIndex& occurrence)
{
    return occurrence.data(OccurrenceModel::RecurringRole).toBool() ? QStringLiteral("↻") : QString();
}

QString CalendarStyle::marks(SessionKind kind, AppointmentStatus status, const QModelIndex& occurrence)
{
    return symbolFor(kind) + statusMark(status) + seriesMark(occurrence);
}

int CalendarStyle::paintCalendarStripe(QPainter& painter, const QRect& area, const QModelIndex& occurrence)
{
    const QColor color = occurrence.data(OccurrenceModel::CalendarColorRole).value<QColor>();
    if (!color.isValid())
        return 0;
    constexpr int stripe = 4;
    painter.fillRect(QRect(area.left(), area.top(), stripe, area.height()), color);
    painter.fillRect(QRect(area.left() + stripe, area.top(), 1, area.height()), Qt::white);
    return stripe + 1;
}
