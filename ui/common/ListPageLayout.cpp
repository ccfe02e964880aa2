#include "ui/common/ListPageLayout.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

void layOutListPage(QWidget* page, QWidget* above, QWidget* list, const QList<QPushButton*>& buttons,
                    QWidget* below)
{
    auto* buttonColumn = new QVBoxLayout;
    for (QPushButton* button : buttons)
        buttonColumn->addWidget(button);
    buttonColumn->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(list, 1);
    row->addLayout(buttonColumn);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(above);
    layout->addLayout(row, 1);
    layout->addWidget(below);
}
