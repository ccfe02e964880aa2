#include "ui/common/ScrollingContent.h"

#include <QApplication>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

QScrollArea* ScrollingContent::around(QLayout* content, QWidget* parent)
{
    auto* inner = new QWidget(parent);
    inner->setLayout(content);
    return around(inner, parent);
}

QScrollArea* ScrollingContent::around(QWidget* content, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from field to field, not to the area.
    scroll->setFocusPolicy(Qt::NoFocus);
    // Qt scrolls to a field only when Tab reaches it; Alt and a label's letter left it out of sight.
    // Once laid out: in a page that just opened, the fields have their places only then.
    QObject::connect(qApp, &QApplication::focusChanged, scroll, [scroll](QWidget*, QWidget* now) {
        if (!now || !scroll->widget()->isAncestorOf(now))
            return;
        QTimer::singleShot(0, scroll, [scroll, focused = QPointer<QWidget>(now)] {
            if (focused && focused->hasFocus())
                scroll->ensureWidgetVisible(focused);
        });
    });
    return scroll;
}

void ScrollingContent::fill(QWidget* page, QLayout* content)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(around(content, page));
}
