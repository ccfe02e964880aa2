#include "ui/common/ReadablePlaceholders.h"

#include "ui/common/ReadableColors.h"

#include <QApplication>

ReadablePlaceholders::ReadablePlaceholders(QObject* parent)
    : QObject(parent)
{
    apply();
    qApp->installEventFilter(this);
}

QPalette ReadablePlaceholders::applied(const QPalette& palette)
{
    QPalette readable = palette;
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        const QColor base = palette.color(group, QPalette::Base);
        const QColor halfway = ReadableColors::mixed(palette.color(group, QPalette::Text), base, 0.5);
        readable.setColor(group, QPalette::PlaceholderText,
                          ReadableColors::readable(halfway, { base }, ReadableColors::textContrast));
    }
    return readable;
}

bool ReadablePlaceholders::eventFilter(QObject* watched, QEvent* event)
{
    // Setting the palette sends this event once more; the palette is then unchanged and Qt stops.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        apply();
    return QObject::eventFilter(watched, event);
}

void ReadablePlaceholders::apply()
{
    const QPalette palette = QApplication::palette();
    const QPalette readable = applied(palette);
    if (readable != palette)
        QApplication::setPalette(readable);
}
