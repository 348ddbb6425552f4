#include "model/storage/SearchIndex.h"

#include "model/storage/Database.h"
#include "model/storage/FtsQuery.h"
#include "model/storage/Statement.h"

namespace {

struct Source
{
    EntityKind kind;
    const char *title;
    const char *detail;
};

const Source sources[] = {
    {EntityKind::Campaign, "name", "t.status"},
    {EntityKind::Organization, "name", "t.acronym"},
    {EntityKind::Contact, "name", "t.role"},
    {EntityKind::ActionItem, "title", "coalesce(t.due_date, '')"},
};

} // namespace

QVector<SearchHit> SearchIndex::search(const QString &text, int limitPerKind) const
{
    const QString match = FtsQuery::fromUserText(text);
    QVector<SearchHit> hits;
    if (match.isEmpty())
        return hits;
    for (const Source &source : sources) {
        const QString table = tableName(source.kind);
        Statement query(m_database.connection(),
                        QStringLiteral("SELECT t.id, t.%2, %3 FROM %1_fts JOIN %1 t ON t.seq = "
                                       "%1_fts.rowid WHERE %1_fts MATCH :match ORDER BY rank "
                                       "LIMIT :limit")
                            .arg(table, QLatin1String(source.title), QLatin1String(source.detail)));
        query.bind(QStringLiteral(":match"), match)
            .bind(QStringLiteral(":limit"), limitPerKind)
            .exec();
        while (query.next())
            hits.append({source.kind, query.text(0), query.text(1), query.text(2)});
    }
    return hits;
}

void SearchIndex::optimize()
{
    for (const Source &source : sources) {
        Statement(m_database.connection(),
                  QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES ('optimize')")
                      .arg(tableName(source.kind)))
            .exec();
    }
}
