#include "core/help/HelpPages.h"

#include <QFile>
#include <QRegularExpression>

QList<HelpPages::Topic> HelpPages::load(const QString& language)
{
    QFile file(language == QLatin1String("de") ? QStringLiteral(":/help/help.de.md")
                                               : QStringLiteral(":/help/help.en.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Topic> topics;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## "))) {
            topics.append({ line.mid(3).section(QLatin1Char(' '), 0, 0), {}, {} });
            continue;
        }
        if (topics.isEmpty())
            continue;
        Topic& topic = topics.last();
        if (topic.title.isEmpty() && line.startsWith(QLatin1String("# ")))
            topic.title = line.mid(2).trimmed();
        topic.markdown += line + QLatin1Char('\n');
    }
    return topics;
}

QList<HelpPages::Topic> HelpPages::search(const QList<Topic>& topics, const QString& text)
{
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QList<Topic> found;
    for (const Topic& topic : topics) {
        if (std::all_of(words.cbegin(), words.cend(), [&topic](const QString& word) {
                return topic.markdown.contains(word, Qt::CaseInsensitive);
            }))
            found.append(topic);
    }
    return found;
}
