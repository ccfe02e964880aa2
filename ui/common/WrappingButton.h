#pragma once

#include <QPushButton>

// A push button whose label goes on over further lines where the button is narrower than the label
// in one line, at a word's end: a long German label in a narrow column is read whole, not cut off
// at the column's edge, and the column keeps its width.
class WrappingButton : public QPushButton
{
    Q_OBJECT

public:
    explicit WrappingButton(QWidget* parent = nullptr);

    // As wide as its longest word.
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // The room the style gives the frame around the label.
    QSize frame() const;
    int textFlags() const;
    // The text as it wraps.
    QString label() const;
};
