#include "ui/calendar/CalendarColors.h"

#include "ui/calendar/CalendarStyle.h"
#include "ui/common/ReadableColors.h"

CalendarColors::CalendarColors(const QPalette& palette)
    : m_palette(palette)
{ }

QColor CalendarColors::chosenDayBackground(bool focused) const
{
    // A light tint: appointments on the chosen day must still stand out from it (3:1).
    return ReadableColors::mixed(dayBackground(), m_palette.color(QPalette::Highlight),
                                 focused ? 0.12 : 0.08);
}

QList<QColor> CalendarColors::dayBackgrounds() const
{
    return { dayBackground(), weekendBackground(), chosenDayBackground(true), chosenDayBackground(false),
             headerBackground() };
}

QColor CalendarColors::dayText(bool today) const
{
    return ReadableColors::readable(m_palette.color(today ? QPalette::Highlight : QPalette::WindowText),
                                    dayBackgrounds(), ReadableColors::textContrast);
}

QColor CalendarColors::hourText() const
{
    const QColor text = m_palette.color(QPalette::Text);
    return ReadableColors::readable(ReadableColors::mixed(text, dayBackground(), 0.4), { dayBackground() },
                                    ReadableColors::textContrast);
}

QColor CalendarColors::weekendText() const
{
    return ReadableColors::readable(QColor(0xc6, 0x28, 0x28), dayBackgrounds(), ReadableColors::textContrast);
}

QColor CalendarColors::otherMonthText() const
{
    return ReadableColors::readable(
        ReadableColors::mixed(m_palette.color(QPalette::Text), dayBackground(), 0.5), dayBackgrounds(),
        ReadableColors::textContrast);
}

QColor CalendarColors::focusFrame() const
{
    return ReadableColors::readable(m_palette.color(QPalette::Highlight), dayBackgrounds(),
                                    ReadableColors::graphicsContrast);
}

QColor CalendarColors::nowLine() const
{
    return ReadableColors::readable(QColor(0xc6, 0x28, 0x28), dayBackgrounds(),
                                    ReadableColors::graphicsContrast);
}

QColor CalendarColors::appointmentFill(SessionKind kind, AppointmentStatus status, bool selected) const
{
    // The selected one a step further from its text, so it stands out from the others too.
    return ReadableColors::readable(kindColor(kind, status), { appointmentText() },
                                    selected ? 7.0 : ReadableColors::textContrast);
}

QColor CalendarColors::selectedBackground() const
{
    return ReadableColors::readable(m_palette.color(QPalette::Highlight), { selectedText() },
                                    ReadableColors::textContrast);
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
