#pragma once

#include <QPalette>

// The colour schemes a desktop may set, for tests that check what is painted stays readable in each.
namespace ColorSchemes {

QPalette scheme(const char* window, const char* text, const char* base, const char* alternateBase,
                const char* highlight, const char* highlightedText);
// One data row (a QPalette in the column "palette") per scheme: Fusion light, Breeze Dark (KDE),
// Adwaita dark (GNOME) as their themes set them, and the high-contrast schemes of Windows and GNOME.
void addRows();

} // namespace ColorSchemes
