#pragma once

#include <QList>
#include <QString>

// The built-in help, one Markdown file per language (resources/help), split into topics at lines
// "## <id>"; each topic starts with its "# Title".
class HelpPages
{
public:
    struct Topic
    {
        QString id;
        QString title;
        QString markdown;
    };

    // German for "de", English otherwise.
    static QList<Topic> load(const QString& language);
    // Topics containing every word of text, in their order.
    static QList<Topic> search(const QList<Topic>& topics, const QString& text);
};
