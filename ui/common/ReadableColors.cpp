#include "ui/common/ReadableColors.h"

#include <QWidget>

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

QColor ReadableColors::noticeText(Notice notice, const QPalette& palette)
{
    QColor hue;
    switch (notice) {
    case Notice::Problem:
        hue = QColor(0xb0, 0x00, 0x20);
        break;
    case Notice::Warning:
        hue = QColor(0x9a, 0x5b, 0x00);
        break;
    case Notice::Success:
        hue = QColor(0x1b, 0x5e, 0x20);
        break;
    }
    return readable(hue, { palette.color(QPalette::Window), palette.color(QPalette::Base) }, textContrast);
}

void ReadableColors::showAs(QWidget* widget, Notice notice)
{
    QPalette palette = widget->palette();
    palette.setColor(widget->foregroundRole(), noticeText(notice, palette));
    widget->setPalette(palette);
}

QColor ReadableColors::mixed(const QColor& first, const QColor& second, qreal amount)
{
    // In whole 8-bit steps, as the colour is painted and measured.
    const auto channel = [&](int a, int b) { return qRound(a + (b - a) * amount); };
    return QColor(channel(first.red(), second.red()), channel(first.green(), second.green()),
                  channel(first.blue(), second.blue()));
}

qreal ReadableColors::contrast(const QColor& first, const QColor& second)
{
    const qreal a = relativeLuminance(first);
    const qreal b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ReadableColors::readable(const QColor& color, const QList<QColor>& backgrounds, qreal ratio)
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
