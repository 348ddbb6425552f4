#include "model/storage/Transaction.h"

#include "model/storage/Database.h"
#include "model/storage/Statement.h"
#include "model/storage/StatementCache.h"

Transaction::Transaction(Database &database) : m_database(database)
{
    if (m_database.m_transactionDepth == 0) {
        // IMMEDIATE takes the write lock now, so two processes never deadlock upgrading
        // a read lock; busy_timeout makes the second one wait its turn.
        run(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("coalition_sp_%1").arg(m_database.m_transactionDepth);
        run(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    ++m_database.m_transactionDepth;
    m_open = true;
    m_database.notifier().beginBatch();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_database.m_transactionDepth;
    try {
        // A real ROLLBACK for the outermost scope: ROLLBACK TO followed by RELEASE would
        // commit an empty write transaction and still append pages to the WAL.
        if (isOutermost()) {
            run(QStringLiteral("ROLLBACK"));
        } else {
            run(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            run(QStringLiteral("RELEASE ") + m_savepoint);
        }
    } catch (...) {
        // A destructor must not throw; the connection reports the failure on next use.
    }
    m_database.notifier().rollbackBatch();
}

void Transaction::commit()
{
    run(isOutermost() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    m_open = false;
    --m_database.m_transactionDepth;
    m_database.notifier().commitBatch();
}

void Transaction::run(const QString &sql)
{
    // Prepared once per connection: an import opens a savepoint for each of its rows.
    m_database.statements().prepared(sql).exec();
}
