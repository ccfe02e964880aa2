#include "ui/common/ScrollingContent.h"

#include <QScrollArea>
#include <QVBoxLayout>

QScrollArea* ScrollingContent::around(QLayout* content, QWidget* parent)
{
    auto* inner = new QWidget(parent);
    inner->setLayout(content);
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from field to field; the area scrolls to the one with the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

void ScrollingContent::fill(QWidget* page, QLayout* content)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(around(content, page));
}
