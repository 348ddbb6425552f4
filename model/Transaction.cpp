#include "Transaction.h"

#include "Database.h"
#include "Statement.h"

#include <atomic>

Transaction::Transaction(Database &database) : m_database(database)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("coalition_sp_%1").arg(++counter);
    run(QStringLiteral("SAVEPOINT ") + m_name);
    m_open = true;
    m_database.notifier().beginBatch();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        run(QStringLiteral("ROLLBACK TO ") + m_name);
        run(QStringLiteral("RELEASE ") + m_name);
    } catch (...) {
        // A destructor must not throw; the connection reports the failure on next use.
    }
    m_database.notifier().rollbackBatch();
}

void Transaction::commit()
{
    run(QStringLiteral("RELEASE ") + m_name);
    m_open = false;
    m_database.notifier().commitBatch();
}

void Transaction::run(const QString &sql)
{
    Statement(m_database.connection(), sql).exec();
}
