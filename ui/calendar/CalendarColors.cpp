#include "ui/calendar/CalendarColors.h"

#include "ui/calendar/CalendarStyle.h"

#include <algorithm>
#include <cmath>

namespace {

qreal relativeLuminance(const QColor& color)
{
    const auto linear = [](qreal channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

} // namespace

QColor CalendarColors::mixed(const QColor& first, const QColor& second, qreal amount)
{
    // In whole 8-bit steps, as the colour is painted and measured.
    const auto channel = [&](int a, int b) { return qRound(a + (b - a) * amount); };
    return QColor(channel(first.red(), second.red()), channel(first.green(), second.green()),
                  channel(first.blue(), second.blue()));
}

CalendarColors::CalendarColors(const QPalette& palette)
    : m_palette(palette)
{ }

qreal CalendarColors::contrast(const QColor& first, const QColor& second)
{
    const qreal a = relativeLuminance(first);
    const qreal b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor CalendarColors::readable(const QColor& color, const QList<QColor>& backgrounds, qreal ratio)
{
    const auto reaches = [&](const QColor& candidate) {
        return std::all_of(backgrounds.cbegin(), backgrounds.cend(), [&](const QColor& background) {
            return contrast(candidate, background) >= ratio;
        });
    };
    if (reaches(color))
        return color;
    // Towards black on light backgrounds, towards white on dark ones, in small steps of lightness.
    qreal luminance = 0;
    for (const QColor& background : backgrounds)
        luminance += relativeLuminance(background);
    const bool darken = luminance / qreal(std::max<qsizetype>(1, backgrounds.size())) > 0.18;
    const QColor end = darken ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 50; ++step) {
        const QColor candidate = mixed(color, end, step / 50.0);
        if (reaches(candidate))
            return candidate;
    }
    return end;
}

QColor CalendarColors::chosenDayBackground(bool focused) const
{
    // A light tint: appointments on the chosen day must still stand out from it (3:1).
    return mixed(dayBackground(), m_palette.color(QPalette::Highlight), focused ? 0.12 : 0.08);
}

QList<QColor> CalendarColors::dayBackgrounds() const
{
    return { dayBackground(), weekendBackground(), chosenDayBackground(true), chosenDayBackground(false),
             headerBackground() };
}

QColor CalendarColors::dayText(bool today) const
{
    return readable(m_palette.color(today ? QPalette::Highlight : QPalette::WindowText), dayBackgrounds(),
                    textContrast);
}

QColor CalendarColors::hourText() const
{
    const QColor text = m_palette.color(QPalette::Text);
    return readable(mixed(text, dayBackground(), 0.4), { dayBackground() }, textContrast);
}

QColor CalendarColors::weekendText() const
{
    return readable(QColor(0xc6, 0x28, 0x28), dayBackgrounds(), textContrast);
}

QColor CalendarColors::otherMonthText() const
{
    return readable(mixed(m_palette.color(QPalette::Text), dayBackground(), 0.5), dayBackgrounds(),
                    textContrast);
}

QColor CalendarColors::focusFrame() const
{
    return readable(m_palette.color(QPalette::Highlight), dayBackgrounds(), graphicsContrast);
}

QColor CalendarColors::nowLine() const
{
    return readable(QColor(0xc6, 0x28, 0x28), dayBackgrounds(), graphicsContrast);
}

QColor CalendarColors::appointmentFill(SessionKind kind, AppointmentStatus status, bool selected) const
{
    // The selected one a step further from its text, so it stands out from the others too.
    return readable(kindColor(kind, status), { appointmentText() }, selected ? 7.0 : textContrast);
}

QColor CalendarColors::selectedBackground() const
{
    return readable(m_palette.color(QPalette::Highlight), { selectedText() }, textContrast);
}

QColor CalendarColors::kindColor(SessionKind kind, AppointmentStatus status)
{
    if (CalendarStyle::isStruckOut(status) || status == AppointmentStatus::NoShow)
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
