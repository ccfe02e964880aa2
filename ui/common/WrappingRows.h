#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QListView;
class QTreeView;

// Rows as high as their text wrapped at the view's width, wrapped anew when the width changes. A
// tree view asks for a row's height without giving the width, so that at 200 % long rows were cut
// („Adress“, „https:/“) or scrolled sideways.
class WrappingRows : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The view's rows wrap from now on (and it no longer scrolls sideways).
    static void applyTo(QTreeView* view);
    static void applyTo(QListView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WrappingRows(QAbstractItemView* view);
    // The width the row's text wraps at.
    int wrapWidth(const QModelIndex& index) const;

    QAbstractItemView* m_view;
};
