#include "ui/common/WrappingButton.h"

#include <QRegularExpression>
#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>

WrappingButton::WrappingButton(QWidget* parent)
    : QPushButton(parent)
{
    // Narrower than its label in one line, taller instead (a push button is neither by default).
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize WrappingButton::frame() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    return style()->sizeFromContents(QStyle::CT_PushButton, &option, QSize(0, 0), this);
}

int WrappingButton::textFlags() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    return Qt::AlignCenter | Qt::TextWordWrap | Qt::TextShowMnemonic
        | (style()->styleHint(QStyle::SH_UnderlineShortcut, &option, this) ? 0 : Qt::TextHideMnemonic);
}

QString WrappingButton::label() const
{
    // „prüfen …“: the ellipsis stays with its word, not alone on a line of its own.
    QString label = text();
    return label.replace(QStringLiteral(" …"), QStringLiteral("\u00a0…"));
}

QSize WrappingButton::minimumSizeHint() const
{
    int longestWord = 0;
    for (const QString& word : label().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        longestWord = std::max(longestWord, fontMetrics().horizontalAdvance(word));
    // One line high, as a label that wraps: the layout asks for the height at the width it gives.
    return { std::min(frame().width() + longestWord, sizeHint().width()), sizeHint().height() };
}

int WrappingButton::heightForWidth(int width) const
{
    const QSize around = frame();
    const QRect lines = fontMetrics().boundingRect(
        QRect(0, 0, std::max(1, width - around.width()), QWIDGETSIZE_MAX), textFlags(), label());
    return std::max(sizeHint().height(), around.height() + lines.height());
}

void WrappingButton::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    painter.drawControl(QStyle::CE_PushButton, option);
    // Where heightForWidth() wrapped it.
    const int around = frame().width();
    QRect textRect = rect().adjusted(around / 2, 0, around / 2 - around, 0);
    if (option.state & (QStyle::State_Sunken | QStyle::State_On))
        textRect.translate(style()->pixelMetric(QStyle::PM_ButtonShiftHorizontal, &option, this),
                           style()->pixelMetric(QStyle::PM_ButtonShiftVertical, &option, this));
    painter.drawItemText(textRect, textFlags(), option.palette, isEnabled(), label(), QPalette::ButtonText);
}
