#include "ui/calendar/CalendarStyle.h"

QColor CalendarStyle::colorFor(SessionKind kind, AppointmentStatus status)
{
    if (status == AppointmentStatus::Cancelled || status == AppointmentStatus::NoShow)
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
