#pragma once

#include <QLayout>
#include <QList>

// Items side by side while the width allows, the rest in further rows below: on a narrow window
// with large fonts every item keeps its whole text, where a row squeezed them all to stubs.
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // All items in one row.
    QSize sizeHint() const override;
    // The widest item in a row of its own.
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

private:
    int horizontalSpacing() const;
    int verticalSpacing() const;
    // Places the items in rows within rect (when place is set); returns the height they take.
    int arrange(const QRect& rect, bool place) const;

    QList<QLayoutItem*> m_items;
};
