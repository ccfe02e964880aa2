#include "tests/support/ColorSchemes.h"

#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

namespace ColorSchemes {

QPalette scheme(const char* window, const char* text, const char* base, const char* alternateBase,
                const char* highlight, const char* highlightedText)
{
    QPalette palette;
    const auto color = [](const char* name) { return QColor(QLatin1String(name)); };
    palette.setColor(QPalette::Window, color(window));
    palette.setColor(QPalette::WindowText, color(text));
    palette.setColor(QPalette::Text, color(text));
    palette.setColor(QPalette::Base, color(base));
    palette.setColor(QPalette::AlternateBase, color(alternateBase));
    palette.setColor(QPalette::Highlight, color(highlight));
    palette.setColor(QPalette::HighlightedText, color(highlightedText));
    palette.setColor(QPalette::Mid, color(alternateBase));
    return palette;
}

void addRows()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QTest::newRow("Fusion light") << fusion->standardPalette();
    QTest::newRow("Breeze Dark") << scheme("#2a2e32", "#fcfcfc", "#1b1e20", "#232629", "#3daee9", "#fcfcfc");
    QTest::newRow("Adwaita dark") << scheme("#353535", "#eeeeec", "#2d2d2d", "#303030", "#15539e", "#ffffff");
    QTest::newRow("high contrast black")
        << scheme("#000000", "#ffffff", "#000000", "#000000", "#1aebff", "#000000");
    QTest::newRow("high contrast white")
        << scheme("#ffffff", "#000000", "#ffffff", "#ffffff", "#37006e", "#ffffff");
}

} // namespace ColorSchemes
