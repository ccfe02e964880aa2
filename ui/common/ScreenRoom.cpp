#include "ui/common/ScreenRoom.h"

#include <QScreen>
#include <QStyle>
#include <QWidget>

QSize ScreenRoom::of(const QWidget* window)
{
    return window->screen()->availableSize()
        - QSize(0, window->style()->pixelMetric(QStyle::PM_TitleBarHeight));
}
