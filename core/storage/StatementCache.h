#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Statements prepared once for the length of one transaction. Writing an import of 10,000
// appointments runs the same handful of statements for every row; preparing them anew each time
// (SQLite compiles the SQL) cost more than running them.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase& database);

    // The statement, prepared on first use; bind its values and exec() it as usual. A prepared
    // statement that cannot be compiled comes back unprepared, and its exec() fails with the error.
    QSqlQuery& prepared(const QString& statement);
    const QSqlDatabase& database() const { return m_database; }

private:
    QSqlDatabase m_database;
    QHash<QString, QSqlQuery> m_statements;
};
