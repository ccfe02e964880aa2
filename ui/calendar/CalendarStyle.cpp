#include "ui/calendar/CalendarStyle.h"

#include "ui/calendar/OccurrenceModel.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

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

namespace {
constexpr int stripe = 4;
} // namespace

int CalendarStyle::stripeWidth(const QModelIndex& occurrence)
{
    return occurrence.data(OccurrenceModel::CalendarColorRole).value<QColor>().isValid() ? stripe + 1 : 0;
}

int CalendarStyle::paintCalendarStripe(QPainter& painter, const QRect& area, const QModelIndex& occurrence)
{
    const QColor color = occurrence.data(OccurrenceModel::CalendarColorRole).value<QColor>();
    if (!color.isValid())
        return 0;
    painter.fillRect(QRect(area.left(), area.top(), stripe, area.height()), color);
    painter.fillRect(QRect(area.left() + stripe, area.top(), 1, area.height()), Qt::white);
    return stripeWidth(occurrence);
}

QString CalendarStyle::lead(const QString& marks, const QString& time, const QString& title,
                            const QFontMetrics& metrics, int width)
{
    const auto titleRoom = [&](int letters) {
        return std::min(metrics.horizontalAdvance(title.left(letters)), letters * metrics.averageCharWidth())
            + metrics.horizontalAdvance(QStringLiteral("…"));
    };
    if (width - metrics.horizontalAdvance(marks + time) >= titleRoom(8))
        return marks + time;
    if (width - metrics.horizontalAdvance(marks) >= titleRoom(3))
        return marks;
    return QString();
}

QStringList CalendarStyle::wrapped(const QString& text, const QFont& font, int width, int maxLines)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    if (maxLines < 1 || width < 1)
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        // A word longer than the line runs over its end: elided there, with the rest.
        const QString words = text.mid(line.textStart(), line.textLength()).trimmed();
        if (lines.size() == maxLines - 1 || metrics.horizontalAdvance(words) > width) {
            lines.append(metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(words);
    }
    layout.endLayout();
    return lines;
}
