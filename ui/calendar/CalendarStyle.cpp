#include "ui/calendar/CalendarStyle.h"

#include "ui/calendar/OccurrenceModel.h"

QColor CalendarStyle::colorFor(SessionKind kind, AppointmentStatus status)
{
    if (isStruckOut(status) || status == AppointmentStatus::NoShow)
        return QColor(0x9a, 0x9a, 0x9a);
    switch (kind) {
    case SessionKind::Jitsi:
        return QColor(0x2a, 0x7f, 0x87);
    case SessionKind::ExternalLink:
        return QColor(0x3b, 0x6f, 0xb6);
    case SessionKind::Phone:
        return QColor(0x7a, 0x5b, 0xa8);
    case SessionKind::InPerson:
        return QColor(0x4f, 0x8a, 0x3c);
    }
    return QColor(Qt::darkGray);
}

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
