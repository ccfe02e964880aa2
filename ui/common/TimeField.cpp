#include "ui/common/TimeField.h"

#include "core/base/DateTimeInput.h"

#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>

TimeField::TimeField(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(QStringLiteral("09:30"));
    // Also what screen readers give as its description, instead of the example alone, which was
    // heard as a second time ("Start, 14:00, 09:30").
    setToolTip(tr("Type hours and minutes, e.g. 930 or 9:30."));
    setMaxLength(8);
    // Wide enough for "00:00" and a little room, not the width of a whole line.
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 2);
    connect(this, &QLineEdit::textEdited, this, &TimeField::readText);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_time.isValid())
            setText(m_time.toString(DateTimeInput::timeFormat()));
    });
}

void TimeField::setTime(const QTime& time)
{
    setText(time.toString(DateTimeInput::timeFormat()));
    readText();
}

QSize TimeField::minimumSizeHint() const
{
    // As QLineEdit measures its size hint, for "00:00" and the cursor instead of 17 "x".
    constexpr int lineEditMargin = 2; // QLineEditPrivate::horizontalMargin, on both sides
    const QMargins margins = textMargins();
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 2 * lineEditMargin
        + margins.left() + margins.right() + cursorRect().width();
    QStyleOptionFrame option;
    initStyleOption(&option);
    const int framed = style()->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(width, 0), this).width();
    return QSize(std::max(framed, width), QLineEdit::minimumSizeHint().height());
}

void TimeField::readText()
{
    const QTime time = DateTimeInput::parseTime(text()).value_or(QTime());
    if (time == m_time)
        return;
    m_time = time;
    Q_EMIT timeChanged(m_time);
}
