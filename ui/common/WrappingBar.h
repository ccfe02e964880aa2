#pragma once

#include <QWidget>

// Two groups of controls in one row when the width allows, the second under the first when it
// does not: with large fonts on a small screen nothing is cut off, and nothing moves out of reach
// of the keyboard into an overflow menu.
class WrappingBar : public QWidget
{
    Q_OBJECT

public:
    WrappingBar(QWidget* first, QWidget* second, QWidget* parent = nullptr);

    bool isWrapped() const { return m_wrapped; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange();
    int spacing() const;
    // The narrowest the bar can be with both groups side by side, and their height there.
    int oneRowWidth() const;
    int oneRowHeight() const;

    QWidget* m_first;
    QWidget* m_second;
    bool m_wrapped = false;
};
