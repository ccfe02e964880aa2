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
};
