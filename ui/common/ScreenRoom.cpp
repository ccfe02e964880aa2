#include "ui/common/ScreenRoom.h"

#include <QScreen>
#include <QStyle>
#include <QWidget>
#include <QtMath>

#include <algorithm>

namespace {
// What the window manager adds around a window, at least: a border and its title bar, which is
// 30 of the screen's pixels on common desktops.
QMargins frameOf(const QWidget* window)
{
    const int border = window->style()->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth);
    const int titleBar = std::max(window->style()->pixelMetric(QStyle::PM_TitleBarHeight),
                                  qCeil(30 / window->devicePixelRatioF()));
    return { border, titleBar, border, border };
}
} // namespace

QSize ScreenRoom::of(const QWidget* window)
{
    const QMargins frame = frameOf(window);
    return window->screen()->availableSize()
        - QSize(frame.left() + frame.right(), frame.top() + frame.bottom());
}

void ScreenRoom::resize(QWidget* window, const QSize& size)
{
    window->resize(size.boundedTo(of(window)));
}

void ScreenRoom::fit(QWidget* window)
{
    resize(window, window->size());
    // Where the window manager places it is left to it; a remembered place is kept on the screen.
    if (window->testAttribute(Qt::WA_Moved))
        keepOnScreen(window);
}

void ScreenRoom::keepOnScreen(QWidget* window)
{
    const QRect available = window->screen()->availableGeometry();
    const QMargins frame = frameOf(window);
    const int right = available.right() + 1 - (frame.left() + window->width() + frame.right());
    const int bottom = available.bottom() + 1 - (frame.top() + window->height() + frame.bottom());
    window->move(std::max(available.left(), std::min(window->x(), right)),
                 std::max(available.top(), std::min(window->y(), bottom)));
}
