#include "ui/common/WrappingBar.h"

#include <QResizeEvent>
#include <QStyle>

#include <algorithm>

WrappingBar::WrappingBar(QWidget* first, QWidget* second, QWidget* parent)
    : QWidget(parent)
    , m_first(first)
    , m_second(second)
{
    first->setParent(this);
    second->setParent(this);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

int WrappingBar::spacing() const
{
    const int fromStyle = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    return fromStyle >= 0 ? fromStyle : 6;
}

int WrappingBar::oneRowWidth() const
{
    return m_first->minimumSizeHint().width() + spacing() + m_second->minimumSizeHint().width();
}

int WrappingBar::oneRowHeight() const
{
    return std::max(m_first->sizeHint().height(), m_second->sizeHint().height());
}

QSize WrappingBar::sizeHint() const
{
    return { m_first->sizeHint().width() + spacing() + m_second->sizeHint().width(), oneRowHeight() };
}

QSize WrappingBar::minimumSizeHint() const
{
    return { std::max(m_first->minimumSizeHint().width(), m_second->minimumSizeHint().width()),
             heightForWidth(0) };
}

int WrappingBar::heightForWidth(int width) const
{
    if (width >= oneRowWidth())
        return oneRowHeight();
    return m_first->sizeHint().height() + spacing() + m_second->sizeHint().height();
}

bool WrappingBar::event(QEvent* event)
{
    // A group's text changed (the period shown, the language): place both again.
    if (event->type() == QEvent::LayoutRequest) {
        updateGeometry();
        arrange();
    }
    return QWidget::event(event);
}

void WrappingBar::resizeEvent(QResizeEvent* event)
{
    arrange();
    QWidget::resizeEvent(event);
}

void WrappingBar::arrange()
{
    const bool wrap = width() < oneRowWidth();
    if (wrap) {
        const int firstHeight = m_first->sizeHint().height();
        m_first->setGeometry(0, 0, width(), firstHeight);
        m_second->setGeometry(0, firstHeight + spacing(), width(), m_second->sizeHint().height());
    } else {
        // The second group as wide as it likes, the first takes the rest (its own minimum at least).
        const int secondWidth = std::clamp(m_second->sizeHint().width(), m_second->minimumSizeHint().width(),
                                           width() - spacing() - m_first->minimumSizeHint().width());
        m_first->setGeometry(0, 0, width() - spacing() - secondWidth, height());
        m_second->setGeometry(width() - secondWidth, 0, secondWidth, height());
    }
    if (wrap != m_wrapped) {
        m_wrapped = wrap;
        updateGeometry(); // the height changes with the rows
    }
}
