#pragma once

class QLayout;
class QScrollArea;
class QWidget;

// Content that scrolls when the window is too small for it (large fonts on a small screen), so
// that the window fits the screen with its buttons in sight. Whatever gets the keyboard in it is
// scrolled into sight: by Tab, by Alt and a label's letter, by a click on a label.
class ScrollingContent
{
public:
    // A frameless scroll area, a child of parent, around content, as wide as it is.
    static QScrollArea* around(QLayout* content, QWidget* parent);
    static QScrollArea* around(QWidget* content, QWidget* parent);
    // The whole of page (a step of an assistant) scrolls.
    static void fill(QWidget* page, QLayout* content);
};
