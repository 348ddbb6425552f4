#include "tests/support/DatabaseContent.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <functional>
#include <stdexcept>

namespace {

const QStringList &dataTables()
{
    static const QStringList tables = {
        QStringLiteral("organizations"),  QStringLiteral("contacts"),
        QStringLiteral("campaigns"),      QStringLiteral("campaign_partners"),
        QStringLiteral("action_items"),   QStringLiteral("field_stamps"),
        QStringLiteral("sync_conflicts"), QStringLiteral("sync_device"),
        QStringLiteral("sync_state"),     QStringLiteral("sync_log")};
    return tables;
}

// Columns whose values come from the clock or the row counter of the run that wrote them.
const QSet<QString> &runDependentColumns()
{
    static const QSet<QString> columns = {
        QStringLiteral("seq"),          QStringLiteral("created_at"),
        QStringLiteral("updated_at"),   QStringLiteral("wall"),
        QStringLiteral("counter"),      QStringLiteral("hlc_wall"),
        QStringLiteral("hlc_counter"),  QStringLiteral("last_wall"),
        QStringLiteral("last_counter"), QStringLiteral("checksum"),
        QStringLiteral("synced_at"),    QStringLiteral("at"),
        QStringLiteral("detected_at"),  QStringLiteral("kept_stamp"),
        QStringLiteral("lost_stamp"),   QStringLiteral("completed_at"),
        QStringLiteral("snapshot_id"),  QStringLiteral("last_seq")};
    return columns;
}

QStringList uuidsIn(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QStringList found;
    if (text.size() < 36 || !text.contains(QLatin1Char('-')))
        return found; // most cells: no need for the expression
    auto match = pattern.globalMatch(text);
    while (match.hasNext())
        found << match.next().captured();
    return found;
}

// Runs body on a connection of its own to path, closed and removed afterwards.
template<typename Result>
Result withConnection(const QString &path, const std::function<Result(QSqlDatabase &)> &body)
{
    const QString name = QStringLiteral("content-") + QUuid::createUuid().toString(QUuid::Id128);
    Result result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            throw std::runtime_error("cannot open " + path.toStdString());
        result = body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QSqlQuery run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw std::runtime_error(
            (sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
    return query;
}

bool hasTable(QSqlDatabase &db, const QString &table)
{
    return db.tables().contains(table);
}

} // namespace

QStringList DatabaseContent::problems(const QString &path)
{
    return withConnection<QStringList>(path, [](QSqlDatabase &db) {
        QStringList found;
        QSqlQuery integrity = run(db, QStringLiteral("PRAGMA integrity_check"));
        while (integrity.next()) {
            if (integrity.value(0).toString() != QLatin1String("ok"))
                found << QStringLiteral("integrity_check: ") + integrity.value(0).toString();
        }
        QSqlQuery keys = run(db, QStringLiteral("PRAGMA foreign_key_check"));
        while (keys.next())
            found << QStringLiteral("foreign_key_check: %1 row %2 → %3")
                         .arg(keys.value(0).toString(), keys.value(1).toString(),
                              keys.value(2).toString());
        QSqlQuery indexes =
            run(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql "
                                   "LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"));
        while (indexes.next()) {
            const QString index = indexes.value(0).toString();
            QSqlQuery check(db);
            // The table name comes from the file's own schema, not from user input.
            if (!check.exec(
                    QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(index)))
                found << index + QStringLiteral(": ") + check.lastError().text();
        }
        return found;
    });
}

QStringList DatabaseContent::rows(const QString &path, const QSet<QString> &knownIds,
                                  const QStringList &addedColumns)
{
    return withConnection<QStringList>(path, [&](QSqlDatabase &db) {
        QStringList lines;
        for (const QString &table : dataTables()) {
            if (!hasTable(db, table))
                continue;
            QSqlQuery query = run(db, QStringLiteral("SELECT * FROM ") + table);
            // The columns once per table, not per row: a QSqlRecord per row made a dump
            // of 300,000 field stamps take seconds.
            const QSqlRecord columns = query.record();
            QVector<int> kept;
            QStringList prefixes;
            for (int i = 0; i < columns.count(); ++i) {
                if (!runDependentColumns().contains(columns.fieldName(i)) &&
                    !addedColumns.contains(columns.fieldName(i))) {
                    kept << i;
                    prefixes << columns.fieldName(i) + QLatin1Char('=');
                }
            }
            while (query.next()) {
                QStringList cells{table};
                for (int k = 0; k < kept.size(); ++k) {
                    const QVariant cell = query.value(kept[k]);
                    QString value = cell.isNull() ? QStringLiteral("\\N") : cell.toString();
                    for (const QString &id : uuidsIn(value)) {
                        if (!knownIds.contains(id))
                            value.replace(id, QStringLiteral("<new id>"));
                    }
                    cells << prefixes[k] + value;
                }
                lines << cells.join(QLatin1Char('\t'));
            }
        }
        lines.sort();
        return lines;
    });
}

QSet<QString> DatabaseContent::ids(const QString &path)
{
    return withConnection<QSet<QString>>(path, [](QSqlDatabase &db) {
        QSet<QString> found;
        for (const QString &table : dataTables()) {
            if (!hasTable(db, table))
                continue;
            QSqlQuery query = run(db, QStringLiteral("SELECT * FROM ") + table);
            const int width = query.record().count();
            while (query.next()) {
                for (int i = 0; i < width; ++i) {
                    for (const QString &id : uuidsIn(query.value(i).toString()))
                        found.insert(id);
                }
            }
        }
        return found;
    });
}

int DatabaseContent::schemaVersion(const QString &path)
{
    return withConnection<int>(path, [](QSqlDatabase &db) {
        QSqlQuery query = run(db, QStringLiteral("PRAGMA user_version"));
        return query.next() ? query.value(0).toInt() : -1;
    });
}
