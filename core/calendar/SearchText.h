#pragma once

#include <QString>
#include <QStringList>

class QSqlQuery;

// What the full-text index holds and how typed text is matched against it. SQLite's unicode61
// tokenizer folds case and accents (ü, ş, ğ), but not letters without a decomposition (ı, ł, ø)
// nor ß. Both the indexed text and the typed text are folded here the same way, so "yilmaz"
// finds "Yılmaz" and "Straße" finds "Strasse".
class SearchText
{
public:
    // Lower case, without accents; letters a German keyboard lacks as it would spell them.
    static QString fold(const QString& text);

    // An FTS5 MATCH expression: every typed word must begin a word of the entry. Quoting keeps
    // FTS syntax out. Empty when nothing was typed. A typed phone number ("0151 2345-678",
    // "+49 151…", "2345678") counts as one word of its digits, without the 0, 00 or + in front.
    static QString matchExpression(const QString& typed);

    // What the index holds for a participant: the name, the e-mail address, and of the phone
    // number its digits from every position on, so that any end of it, typed, begins a word.
    static QString participantText(const QString& name, const QString& email, const QString& phone);

    // Adds the entry of one appointment (rowid = appointments.id), inside the caller's
    // transaction, with query prepared from insertStatement(); participants as participantText().
    static QString insertStatement();
    static bool insert(QSqlQuery& query, qint64 appointmentId, const QString& title,
                       const QStringList& participants, const QString& notes);

    // Rebuilds the whole index from the appointments, e.g. after the folding changed. A schema
    // migration step: on failure the query holds the error.
    static bool rebuild(QSqlQuery& query);
};
