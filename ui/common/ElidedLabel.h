#pragma once

#include <QLabel>

// A line of plain text that gives way when room is short: painted elided ("Maximiliane Sch…"),
// while its text (and so what screen readers say) stays whole. It asks for no more room than
// about preferredLetters letters, so that a long text does not push its neighbours aside.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(int preferredLetters, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_preferredLetters;
};
