#include "model/storage/schema/SchemaSql.h"

#include "model/storage/Statement.h"

namespace {

// Columns shared by every record. seq is a local rowid alias that keeps the FTS5
// index stable across VACUUM; it never leaves this file. id (a UUID) is the
// identity that survives sync between laptops.
const char *const recordColumnsSql = R"(
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
)";

const char *const dateCheckSql = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

} // namespace

QString SchemaSql::ftsTable(const QString &table, const QStringList &columns,
                            const QString &options)
{
    // External content: the index holds no second copy of the text.
    return QStringLiteral("CREATE VIRTUAL TABLE %1_fts USING fts5(%2, content='%1', "
                          "content_rowid='seq', tokenize='unicode61 remove_diacritics 2'%3)")
        .arg(table, columns.join(QStringLiteral(", ")), options);
}

QStringList SchemaSql::ftsStatements(const QString &table, const QStringList &columns)
{
    const QString fts = table + QStringLiteral("_fts");
    const QString cols = columns.join(QStringLiteral(", "));
    QStringList newValues, oldValues;
    for (const QString &column : columns) {
        newValues << QStringLiteral("new.") + column;
        oldValues << QStringLiteral("old.") + column;
    }
    const QString insertNew = QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (new.seq, %3);")
                                  .arg(fts, cols, newValues.join(QStringLiteral(", ")));
    const QString deleteOld =
        QStringLiteral("INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.seq, %3);")
            .arg(fts, cols, oldValues.join(QStringLiteral(", ")));
    return {
        ftsTable(table, columns),
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %1 BEGIN %2 END")
            .arg(table, insertNew),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %1 BEGIN %2 END")
            .arg(table, deleteOld),
        // Only when an indexed column changes: a status change leaves the index alone.
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %4 ON %1 BEGIN %2 %3 END")
            .arg(table, deleteOld, insertNew, cols),
    };
}

QString SchemaSql::recordColumns()
{
    return QString::fromLatin1(recordColumnsSql);
}

QString SchemaSql::dateCheck()
{
    return QString::fromLatin1(dateCheckSql);
}

void SchemaSql::runAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        Statement(db, sql).exec();
}
