#include "model/feed/MergeNeighbours.h"

#include "model/domain/EntityKind.h"
#include "model/storage/StampStore.h"
#include "model/storage/StatementCache.h"

namespace {

const QString &referenceField()
{
    static const QString name = QStringLiteral("organization_id");
    return name;
}

const QVector<EntityKind> &referringKinds()
{
    static const QVector<EntityKind> kinds = {EntityKind::Contact, EntityKind::ActionItem,
                                              EntityKind::CampaignPartner};
    return kinds;
}

} // namespace

QString MergeNeighbours::mergedInto(const RecordKey &key, const FeedState &incoming,
                                    const FeedState &local)
{
    const QString field = QString::fromLatin1(StampStore::mergedIntoField);
    const FieldValue theirs = incoming.value(key).fields.value(field);
    FieldValue mine = local.value(key).fields.value(field);
    if (!local.contains(key)) {
        Statement &query = m_statements.prepared(
            QStringLiteral("SELECT wall, counter, device, value FROM field_stamps WHERE entity = "
                           ":entity AND record_id = :id AND field = :field"));
        query.bind(QStringLiteral(":entity"), key.first)
            .bind(QStringLiteral(":id"), key.second)
            .bind(QStringLiteral(":field"), field)
            .exec();
        if (query.next())
            mine = FieldValue{
                query.value(3).isNull() ? std::nullopt : std::optional<QString>(query.text(3)),
                Stamp{query.value(0).toLongLong(), quint32(query.value(1).toUInt()), query.text(2)},
                QString()};
        query.query().finish();
    }
    const FieldValue &latest = mine.stamp < theirs.stamp ? theirs : mine;
    return latest.value.value_or(QString());
}

void MergeNeighbours::addReferrers(const QString &organization, FeedState &local)
{
    for (const EntityKind kind : referringKinds()) {
        Statement &query = m_statements.prepared(
            QStringLiteral("SELECT id FROM %1 WHERE organization_id = :id").arg(tableName(kind)));
        query.bind(QStringLiteral(":id"), organization).exec();
        QStringList ids;
        while (query.next())
            ids << query.text(0);
        query.query().finish();
        for (const QString &id : ids)
            m_read({tableName(kind), id}, local);
    }
}

void MergeNeighbours::add(const FeedState &incoming, FeedState &local)
{
    const QString organizations = tableName(EntityKind::Organization);
    // The records that may have been merged away: incoming organizations and contacts,
    // and every organization an incoming record refers to.
    QSet<RecordKey> candidates;
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        const std::optional<EntityKind> kind = entityKindOfTable(it.key().first);
        if (kind == EntityKind::Organization || kind == EntityKind::Contact)
            candidates.insert(it.key());
        if (const auto organization = it->fields.value(referenceField()).value;
            organization && !organization->isEmpty())
            candidates.insert({organizations, *organization});
    }
    QSet<RecordKey> seen;
    for (const RecordKey &candidate : qAsConst(candidates)) {
        RecordKey key = candidate;
        // Down the chain (B into C, C into D); a ring stops where it began.
        for (QString into = mergedInto(key, incoming, local);
             !into.isEmpty() && !seen.contains(key); into = mergedInto(key, incoming, local)) {
            seen.insert(key);
            m_read(key, local);
            if (key.first == organizations)
                addReferrers(key.second, local);
            key.second = into;
            m_read(key, local);
        }
    }
}
