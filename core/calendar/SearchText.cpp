#include "core/calendar/SearchText.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
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

namespace {
// The digits of a phone number as it is dialled anywhere: without the separators, and without the
// trunk or international prefix (0, 00, +) that differs between how it is written and stored.
QString significantDigits(const QString& number)
{
    QString digits;
    for (const QChar character : number) {
        if (character.isDigit())
            digits += character;
    }
    static const QRegularExpression prefix(QStringLiteral("^0{1,2}"));
    return digits.remove(prefix);
}
} // namespace

QString SearchText::matchExpression(const QString& typed)
{
    const auto prefixOf = [](QString word) {
        word.remove(QLatin1Char('"'));
        return word.trimmed().isEmpty() ? QString() : QLatin1Char('"') + word + QStringLiteral("\"*");
    };
    QStringList terms;
    const auto addWords = [&terms, &prefixOf](const QString& text) {
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (const QString term = prefixOf(word); !term.isEmpty())
                terms.append(term);
        }
    };
    // Groups of digits with spaces, dashes, slashes, dots or brackets between them: a phone number
    // (its digits), or a date or house number as written.
    static const QRegularExpression number(QStringLiteral("\\+?\\(?\\d[\\d\\s/().-]*\\d"));
    const QString text = fold(typed);
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator numbers = number.globalMatch(text); numbers.hasNext();) {
        const QRegularExpressionMatch match = numbers.next();
        addWords(text.mid(at, match.capturedStart() - at));
        at = match.capturedEnd();
        const QString written = prefixOf(match.captured());
        // Fewer than three digits (a room, an hour) would match nearly every phone number.
        const QString digits = significantDigits(match.captured());
        terms.append(digits.size() < 3 ? written
                                       : QStringLiteral("(%1 OR %2)").arg(written, prefixOf(digits)));
    }
    addWords(text.mid(at));
    return terms.join(QStringLiteral(" AND "));
}

QString SearchText::participantText(const QString& name, const QString& email, const QString& phone)
{
    QStringList words { name, email };
    // Down to three digits, the fewest a typed number needs.
    const QString digits = significantDigits(phone);
    for (qsizetype from = 0; from + 3 <= digits.size(); ++from)
        words.append(digits.mid(from));
    words.removeAll(QString());
    return words.join(QLatin1Char(' '));
}

QString SearchText::insertStatement()
{
    return QStringLiteral(
        "INSERT INTO appointment_search (rowid, title, participants, notes) VALUES (?, ?, ?, ?)");
}

bool SearchText::insert(QSqlQuery& query, qint64 appointmentId, const QString& title,
                        const QStringList& participants, const QString& notes)
{
    query.addBindValue(appointmentId);
    query.addBindValue(fold(title));
    query.addBindValue(fold(participants.join(QLatin1Char(' '))));
    query.addBindValue(fold(notes));
    return query.exec();
}

bool SearchText::rebuild(QSqlQuery& query)
{
    QHash<qint64, QStringList> participants;
    if (!query.exec(QStringLiteral("SELECT appointment_id, display_name, email, phone FROM participants "
                                   "ORDER BY appointment_id, position")))
        return false;
    while (query.next())
        participants[query.value(0).toLongLong()].append(
            participantText(query.value(1).toString(), query.value(2).toString(), query.value(3).toString()));

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
        if (!insert(query, entry.id, entry.title, participants.value(entry.id), entry.notes))
            return false;
    }
    return true;
}
