#include "core/storage/StatementCache.h"

StatementCache::StatementCache(const QSqlDatabase& database)
    : m_database(database)
{ }

QSqlQuery& StatementCache::prepared(const QString& statement)
{
    auto found = m_statements.find(statement);
    if (found == m_statements.end()) {
        found = m_statements.insert(statement, QSqlQuery(m_database));
        found->prepare(statement);
    }
    // A SELECT read before holds its rows until finished.
    found->finish();
    return *found;
}
