#include "ui/common/ElidedLabel.h"

#include <QPainter>
#include <QStyle>

ElidedLabel::ElidedLabel(int preferredLetters, QWidget* parent)
    : QLabel(parent)
    , m_preferredLetters(preferredLetters)
{
    setTextFormat(Qt::PlainText);
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return { std::min(metrics.horizontalAdvance(text()), m_preferredLetters * metrics.averageCharWidth())
                 + margins.left() + margins.right(),
             metrics.height() + margins.top() + margins.bottom() };
}

QSize ElidedLabel::minimumSizeHint() const
{
    // A letter or two and the ellipsis.
    const QMargins margins = contentsMargins();
    return { std::min(sizeHint().width(),
                      fontMetrics().horizontalAdvance(text().left(2) + QStringLiteral("…")) + margins.left()
                          + margins.right()),
             sizeHint().height() };
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(),
                          fontMetrics().elidedText(text(), Qt::ElideRight, area.width()), foregroundRole());
}
