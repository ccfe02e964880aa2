#include "ui/common/WrappingRows.h"

#include <QHeaderView>
#include <QTreeView>

WrappingRows::WrappingRows(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setItemDelegate(this);
}

void WrappingRows::applyTo(QTreeView* view)
{
    new WrappingRows(view);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setUniformRowHeights(false);
    // Narrower or wider, the rows wrap anew.
    connect(view->header(), &QHeaderView::sectionResized, view, &QTreeView::doItemsLayout,
            Qt::QueuedConnection);
}

QSize WrappingRows::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    int depth = m_view->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    // The style wraps the text at the width it is given; the view gives none.
    QStyleOptionViewItem wrapped = option;
    wrapped.rect
        = QRect(0, 0, m_view->columnWidth(0) - depth * m_view->indentation(), option.fontMetrics.height());
    return QStyledItemDelegate::sizeHint(wrapped, index);
}
