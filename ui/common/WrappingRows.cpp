#include "ui/common/WrappingRows.h"

#include <QHeaderView>
#include <QListView>
#include <QResizeEvent>
#include <QTreeView>

WrappingRows::WrappingRows(QAbstractItemView* view)
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

void WrappingRows::applyTo(QListView* view)
{
    // The help's topics at 200 %: "Ihr Kalender: Termine, Serien, Erinnerunge" and a scroll bar.
    new WrappingRows(view);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setUniformItemSizes(false);
    // Narrower or wider, the rows wrap anew: also when a scroll bar comes and narrows the rows,
    // which a list view does not count as its resizing (a title stayed a line short).
    view->viewport()->installEventFilter(view->itemDelegate());
}

bool WrappingRows::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport()
        && static_cast<QResizeEvent*>(event)->size().width()
            != static_cast<QResizeEvent*>(event)->oldSize().width())
        QMetaObject::invokeMethod(m_view, &QAbstractItemView::doItemsLayout, Qt::QueuedConnection);
    return QStyledItemDelegate::eventFilter(watched, event);
}

int WrappingRows::wrapWidth(const QModelIndex& index) const
{
    if (const auto* list = qobject_cast<const QListView*>(m_view))
        return m_view->viewport()->width() - 2 * list->spacing();
    const auto* tree = static_cast<const QTreeView*>(m_view);
    int depth = tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    return tree->columnWidth(0) - depth * tree->indentation();
}

QSize WrappingRows::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The style wraps the text at the width it is given; the view gives none.
    QStyleOptionViewItem wrapped = option;
    wrapped.rect = QRect(0, 0, wrapWidth(index), option.fontMetrics.height());
    return QStyledItemDelegate::sizeHint(wrapped, index);
}
