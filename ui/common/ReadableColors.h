#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

class QWidget;

// Colours made readable where they are painted, from the palette, so that the light, dark and
// high-contrast schemes of the system all read: text at least 4.5:1 against its background, lines
// and frames that carry meaning at least 3:1 (WCAG 2.1, 1.4.3 and 1.4.11).
class ReadableColors
{
public:
    static constexpr qreal textContrast = 4.5;
    static constexpr qreal graphicsContrast = 3.0;

    // What a line of text under a form or on a page tells: something is wrong (red), needs a look
    // (amber), or worked (green).
    enum class Notice
    {
        Problem,
        Warning,
        Success
    };

    // The notice's colour for text on the palette's window and base: its usual hue, darkened on a
    // light scheme and lightened on a dark one until it reads on both.
    static QColor noticeText(Notice notice, const QPalette& palette);
    // Paints widget's text in the notice's colour for the palette it has now.
    static void showAs(QWidget* widget, Notice notice);

    // The contrast ratio of two colours, 1 to 21 (WCAG 2.1).
    static qreal contrast(const QColor& first, const QColor& second);
    // color, darkened or lightened (keeping its hue) until it reaches ratio against every one of
    // backgrounds; black or white when nothing in between does.
    static QColor readable(const QColor& color, const QList<QColor>& backgrounds, qreal ratio);
    // first, moved by amount (0 to 1) towards second.
    static QColor mixed(const QColor& first, const QColor& second, qreal amount);
};
