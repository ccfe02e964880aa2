#include "core/calendar/SearchText.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QVariant>

QString SearchText::fold(const QString& text)
{
    // Compatibility decomposition splits accented letters (also İ) into letter and mark.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded = QStringLiteral("");
    folded.reserve(decomposed.size());
    for (const QChar character : decomposed) {
        if (character.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar lower = character.toCaseFolded();
        switch (lower.unicode()) {
        case 0x0131: // ı dotless i
            folded += QLatin1Char('i');
            break;
        case 0x00DF: // ß, also ẞ folded
            folded += QLatin1String("ss");
            break;
        case 0x0142: // ł
            folded += QLatin1Char('l');
            break;
        case 0x0111: // đ
            folded += QLatin1Char('d');
            break;
        case 0x00F8: // ø
            folded += QLatin1Char('o');
            break;
        case 0x00E6: // æ
            folded += QLatin1String("ae");
            break;
        case 0x0153: // œ
            folded += QLatin1String("oe");
            break;
        default:
            folded += lower;
        }
    }
    return folded;
}

QString SearchText::matchExpression(const QString& typed)
{
    QStringList terms;
    for (QString word : fold(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString SearchText::insertStatement()
{
    return QStringLiteral(
        "INSERT INTO appointment_search (rowid, title, participants, notes) VALUES (?, ?, ?, ?)");
}

bool SearchText::insert(QSqlQuery& query, qint64 appointmentId, const QString& title,
                        const QStringList& participantNames, const QString& notes)
{
    query.addBindValue(appointmentId);
    query.addBindValue(fold(title));
    query.addBindValue(fold(participantNames.join(QLatin1Char(' '))));
    query.addBindValue(fold(notes));
    return query.exec();
}

bool SearchText::rebuild(QSqlQuery& query)
{
    QHash<qint64, QStringList> names;
    if (!query.exec(QStringLiteral(
            "SELECT appointment_id, display_name FROM participants ORDER BY appointment_id, position")))
        return false;
    while (query.next())
        names[query.value(0).toLongLong()].append(query.value(1).toString());

    struct Entry
    {
        qint64 id;
        QString title;
        QString notes;
    };
    QList<Entry> entries;
    if (!query.exec(
            QStringLiteral("SELECT id, title, notes FROM appointments WHERE personal_data_purged = 0")))
        return false;
    while (query.next())
        entries.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString() });

    if (!query.exec(QStringLiteral("DELETE FROM appointment_search")) || !query.prepare(insertStatement()))
        return false;
    for (const Entry& entry : std::as_const(entries)) {
        if (!insert(query, entry.id, entry.title, names.value(entry.id), entry.notes))
            return false;
    }
    return true;
}
