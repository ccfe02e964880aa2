#pragma once

#include "core/help/HelpPages.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

// The built-in help: topics on the left, searchable, the page on the right.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    explicit HelpWindow(const QString& language, QWidget* parent = nullptr);

    void showTopic(const QString& id);
    QString currentTopic() const;

private:
    void filter(const QString& text);
    void show(int row);

    QList<HelpPages::Topic> m_topics;
    QList<HelpPages::Topic> m_shown;
    QLineEdit* m_search;
    QListWidget* m_list;
    QTextBrowser* m_page;
};
