#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlQuery;

// One numbered schema step. Its statements run in one transaction together with the bump of
// PRAGMA user_version, so a step either happens completely or not at all.
struct Migration
{
    Migration() = default;
    Migration(int number, QString what, QStringList sql, std::function<bool(QSqlQuery& query)> code = {})
        : version(number)
        , description(std::move(what))
        , statements(std::move(sql))
        , convert(std::move(code))
    { }

    int version = 0;
    // English, marked with QT_TRANSLATE_NOOP("Migration", …): errors show it in the UI's language.
    QString description;
    QStringList statements;
    // Work SQL alone cannot do (text prepared in C++), after the statements in the same
    // transaction, through the given query; on failure the query holds the error.
    std::function<bool(QSqlQuery& query)> convert;
};

using MigrationList = QList<Migration>;
