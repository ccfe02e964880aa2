#include "ui/common/PlaceholderRoom.h"

#include <QEvent>
#include <QLineEdit>

PlaceholderRoom::PlaceholderRoom(QLineEdit* field)
    : QObject(field)
    , m_field(field)
{
    field->installEventFilter(this);
    fit();
}

void PlaceholderRoom::keep(QLineEdit* field)
{
    new PlaceholderRoom(field);
}

bool PlaceholderRoom::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        fit();
    return QObject::eventFilter(watched, event);
}

void PlaceholderRoom::fit()
{
    // The field's own size hint is room for 17 "x" with its frame, margins and buttons (clear):
    // the same around the placeholder.
    const QFontMetrics metrics = m_field->fontMetrics();
    const int around = m_field->sizeHint().width() - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
    const int width = around + metrics.horizontalAdvance(m_field->placeholderText());
    m_field->setMinimumWidth(width);
    m_field->setMaximumWidth(std::max(m_field->maximumWidth(), width));
}
