#pragma once

#include <QList>

class QPushButton;
class QWidget;

// The layout of a settings page around a list: a line above it, the list with its buttons in a
// column on the right (top-aligned, in the order given, which is also the Tab order after the
// list), and a result line below it.
void layOutListPage(QWidget* page, QWidget* above, QWidget* list, const QList<QPushButton*>& buttons,
                    QWidget* below);
