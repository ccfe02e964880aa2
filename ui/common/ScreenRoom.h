#pragma once

#include <QSize>

class QWidget;

// The room a window has on its screen: the screen less the desktop's panels and the window
// manager's title bar. A window opened larger than that is cut off at the bottom, where its OK
// and Send buttons are.
class ScreenRoom
{
public:
    static QSize of(const QWidget* window);
    // Resizes window to size, or smaller to the room it has (a small screen, large fonts, a scaled
    // desktop).
    static void resize(QWidget* window, const QSize& size);
    // A window larger than its room, or placed partly off its screen (a geometry remembered from a
    // larger screen, or from before the desktop was scaled to 150 %): made to fit, moved onto it.
    static void fit(QWidget* window);
    // Moves window up or left as far as it takes to show it whole on its screen.
    static void keepOnScreen(QWidget* window);
};
