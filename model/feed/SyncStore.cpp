#include "model/feed/SyncStore.h"

#include "model/feed/MergeNeighbours.h"

#include "model/domain/Change.h"
#include "model/domain/StringPool.h"
#include "model/feed/FeedLines.h"
#include "model/storage/Database.h"
#include "model/storage/DeferredSearchIndex.h"
#include "model/storage/SqliteRows.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"

#include <QHash>

namespace {

// Whether any value differs (a newer stamp on the same value is not a change to report).
bool valuesDiffer(const FeedRecord &a, const FeedRecord &b)
{
    for (auto it = b.fields.cbegin(); it != b.fields.cend(); ++it) {
        if (a.fields.value(it.key()).value != it->value)
            return true;
    }
    return false;
}

} // namespace

namespace {

// The field stamp columns of a query, from column 0: entity, record id, field, wall,
// counter, device, author, value.
void addStampRow(const Statement &query, FeedState &state, StringPool &pool)
{
    FieldValue field;
    if (!query.value(7).isNull())
        field.value = query.text(7);
    field.stamp = {query.value(3).toLongLong(), query.value(4).toUInt(),
                   pool.shared(query.text(5))};
    field.author = pool.shared(query.text(6));
    state[{pool.shared(query.text(0)), query.text(1)}].fields.insert(pool.shared(query.text(2)),
                                                                     field);
}

} // namespace

FeedState SyncStore::localState() const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT entity, record_id, field, wall, counter, device, author, "
                       "value FROM field_stamps"));
    query.exec();
    FeedState state;
    StringPool pool;
    while (query.next())
        addStampRow(query, state, pool);
    return state;
}

int SyncStore::writeStateLines(const std::function<void(QByteArrayView)> &sink) const
{
    // In the table's key order (entity, record, field): a record's lines together.
    SqliteRows rows(m_database.connection(),
                    QStringLiteral("SELECT entity, record_id, field, wall, counter, device, "
                                   "author, value FROM field_stamps"));
    constexpr qsizetype piece = 1 << 20;
    QByteArray lines;
    lines.reserve(piece + 4096);
    int count = 0;
    while (rows.next()) {
        const QByteArrayView value = rows.cell(7);
        FeedLines::appendLine(lines, {rows.cell(0), rows.cell(1), rows.cell(2), rows.integer(3),
                                      quint32(rows.integer(4)), rows.cell(5), rows.cell(6),
                                      rows.isNull(7) ? nullptr : &value});
        ++count;
        if (lines.size() >= piece) {
            sink(lines);
            lines.resize(0); // keeps its capacity
        }
    }
    sink(lines);
    return count;
}

int SyncStore::stampCount() const
{
    return Statement(m_database.connection(), QStringLiteral("SELECT count(*) FROM field_stamps"))
        .scalar()
        .toInt();
}

void SyncStore::readRecord(const RecordKey &key, FeedState &into)
{
    if (into.contains(key))
        return;
    Statement &query = prepared(
        QStringLiteral("SELECT entity, record_id, field, wall, counter, device, author, value "
                       "FROM field_stamps WHERE entity = :entity AND record_id = :id"));
    query.bind(QStringLiteral(":entity"), key.first).bind(QStringLiteral(":id"), key.second).exec();
    StringPool pool;
    while (query.next())
        addStampRow(query, into, pool);
    query.query().finish();
}

FeedState SyncStore::localRecords(const FeedState &incoming)
{
    FeedState local;
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it)
        readRecord(it.key(), local);
    const QString partners = tableName(EntityKind::CampaignPartner);
    const QString campaign = QStringLiteral("campaign_id");
    const QString organization = QStringLiteral("organization_id");
    Statement &peers = prepared(QStringLiteral("SELECT id FROM campaign_partners WHERE "
                                               "campaign_id = :campaign AND organization_id = "
                                               ":organization"));
    QVector<QString> found;
    for (auto it = incoming.lowerBound({partners, QString()});
         it != incoming.cend() && it.key().first == partners; ++it) {
        const FeedRecord here = local.value(it.key());
        // The merged campaign and organization are the incoming or the local ones.
        for (const FeedRecord *campaignFrom : {&*it, &here}) {
            for (const FeedRecord *organizationFrom : {&*it, &here}) {
                const auto c = campaignFrom->fields.value(campaign).value;
                const auto o = organizationFrom->fields.value(organization).value;
                if (!c || !o)
                    continue;
                peers.bind(QStringLiteral(":campaign"), *c)
                    .bind(QStringLiteral(":organization"), *o)
                    .exec();
                while (peers.next())
                    found.append(peers.text(0));
                peers.query().finish();
            }
        }
    }
    for (const QString &id : qAsConst(found))
        readRecord({partners, id}, local);
    MergeNeighbours(m_statements, [this](const RecordKey &key, FeedState &into) {
        readRecord(key, into);
    }).add(incoming, local);
    return local;
}

FeedState SyncStore::changesSince(qint64 afterSeq, qint64 appliedAfter, const QString &device) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT entity, record_id, field, wall, counter, device, "
                                   "author, value FROM field_stamps WHERE seq > :after AND (seq "
                                   "<= :applied OR device = :device)"));
    query.bind(QStringLiteral(":after"), afterSeq)
        .bind(QStringLiteral(":applied"), appliedAfter)
        .bind(QStringLiteral(":device"), device)
        .exec();
    FeedState state;
    StringPool pool;
    while (query.next())
        addStampRow(query, state, pool);
    return state;
}

QSet<RecordKey> SyncStore::recordsChangedSince(qint64 afterSeq) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT DISTINCT entity, record_id FROM field_stamps WHERE seq "
                                   "> :after"));
    query.bind(QStringLiteral(":after"), afterSeq).exec();
    QSet<RecordKey> records;
    while (query.next())
        records.insert({query.text(0), query.text(1)});
    return records;
}

qint64 SyncStore::lastSeq() const
{
    return Statement(m_database.connection(),
                     QStringLiteral("SELECT coalesce(max(seq), 0) FROM field_stamps"))
        .scalar()
        .toLongLong();
}

int SyncStore::deletedBy(const FeedState &local, const FeedMerge::Result &merged)
{
    int deleted = 0;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        if (!it->isDeleted(merged.heldAfter) &&
            merged.state.value(it.key()).isDeleted(merged.heldAfter))
            ++deleted;
    }
    return deleted;
}

int SyncStore::visibleRecords() const
{
    int visible = 0;
    for (const QString &table : m_tables) {
        if (entityKindOfTable(table))
            visible += rowCount(table);
    }
    return visible;
}

int SyncStore::recordsToWrite(FeedState::const_iterator begin, FeedState::const_iterator end,
                              const FeedState &local)
{
    int count = 0;
    for (auto it = begin; it != end; ++it) {
        const auto found = local.constFind(it.key());
        count += found == local.cend() || *found != *it;
    }
    return count;
}

int SyncStore::rowCount(const QString &table) const
{
    return Statement(m_database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
        .scalar()
        .toInt();
}

SyncStore::Summary SyncStore::apply(const FeedState &local, const FeedMerge::Result &merged,
                                    SearchUpkeep search)
{
    Summary summary;
    // References are checked when the transaction commits, so the order records arrive
    // in does not matter; references to records that are gone are shown as none.
    Statement(m_database.connection(), QStringLiteral("PRAGMA defer_foreign_keys = ON")).exec();
    QStringList authors;
    static const FeedRecord none;
    // The state is ordered by entity: a table's records are one run of it. Each table's
    // deletes go first, so a partnership retired for a duplicate (MergeInvariants) has
    // left its row before the one that stays takes the same campaign and organization.
    for (const QString &table : m_tables) {
        const auto begin = merged.state.lowerBound({table, QString()});
        const auto end = merged.state.lowerBound({table + QChar(0), QString()});
        std::optional<DeferredSearchIndex> deferred;
        if (search == SearchUpkeep::AsWorthIt &&
            DeferredSearchIndex::worthIt(recordsToWrite(begin, end, local), rowCount(table)))
            deferred.emplace(m_database, table);
        for (const bool deletes : {true, false}) {
            for (auto it = begin; it != end; ++it) {
                const auto found = local.constFind(it.key());
                const FeedRecord &before = found == local.cend() ? none : *found;
                if (before == *it || it->isDeleted(merged.heldAfter) != deletes)
                    continue;
                applyRecord(it.key(), *it, before, merged.heldAfter, summary, authors);
            }
        }
        if (deferred)
            deferred->rebuild();
    }
    // Entities this version does not know keep their stamps for the next feed.
    const QStringList &known = m_tables;
    for (auto it = merged.state.cbegin(); it != merged.state.cend(); ++it) {
        if (known.contains(it.key().first))
            continue;
        const auto found = local.constFind(it.key());
        const FeedRecord &before = found == local.cend() ? none : *found;
        if (before != *it)
            writeStamps(it.key(), *it, before);
    }
    for (const FeedMerge::Conflict &conflict : merged.conflicts)
        ++summary.byEntity[conflict.record.first][conflict.lost.author].conflicts;
    summary.authors = authors;
    return summary;
}

void SyncStore::applyRecord(const RecordKey &key, const FeedRecord &record,
                            const FeedRecord &before, qint64 heldAfter, Summary &summary,
                            QStringList &authors)
{
    writeStamps(key, record, before);
    const bool wasVisible = !before.fields.isEmpty() && !before.isDeleted(heldAfter);
    const bool visible = !record.isDeleted(heldAfter);
    m_rows.write(key, record, before, heldAfter);
    const std::optional<EntityKind> kind = entityKindOfTable(key.first);
    if (!kind)
        return; // the conflicts list, not a record
    // The author of the record's latest change, the delete's for a delete.
    const FieldValue *latest = nullptr;
    for (auto field = record.fields.cbegin(); field != record.fields.cend(); ++field) {
        if (before.fields.value(field.key()) != *field && (!latest || latest->stamp < field->stamp))
            latest = &*field;
    }
    SyncSummary::Counts &counts = summary.byEntity[key.first][latest ? latest->author : QString()];
    if (wasVisible && !visible) {
        ++counts.deleted;
        m_database.notifier().record({*kind, Change::Type::Deleted, key.second, {}});
    } else if (!wasVisible && visible) {
        ++counts.added;
        m_database.notifier().record({*kind, Change::Type::Created, key.second, {}});
    } else if (visible && valuesDiffer(before, record)) {
        ++counts.changed;
        m_database.notifier().record({*kind, Change::Type::Updated, key.second, {}});
    }
    for (auto field = record.fields.cbegin(); field != record.fields.cend(); ++field) {
        if (before.fields.value(field.key()).value != field->value && !field->author.isEmpty() &&
            !authors.contains(field->author))
            authors << field->author;
    }
}

SyncStore::SyncStore(Database &database)
    : m_database(database), m_statements(database), m_rows(database)
{
    m_tables = Schema::syncedTablesIn(m_database.connection());
}

SyncStore::~SyncStore() = default;

void SyncStore::writeStamps(const RecordKey &key, const FeedRecord &record,
                            const FeedRecord &before)
{
    Statement &upsert =
        prepared(QStringLiteral("INSERT INTO field_stamps (entity, record_id, field, wall, "
                                "counter, device, author, value, seq) VALUES (:entity, :id, "
                                ":field, :wall, :counter, :device, :author, :value, %1) ON "
                                "CONFLICT (entity, record_id, field) DO UPDATE SET wall = "
                                "excluded.wall, counter = excluded.counter, device = "
                                "excluded.device, author = excluded.author, value = "
                                "excluded.value, seq = excluded.seq")
                     .arg(QLatin1String(StampStore::nextSeqSql)));
    for (auto field = record.fields.cbegin(); field != record.fields.cend(); ++field) {
        if (before.fields.value(field.key()) == *field)
            continue;
        upsert.bind(QStringLiteral(":entity"), key.first)
            .bind(QStringLiteral(":id"), key.second)
            .bind(QStringLiteral(":field"), field.key())
            .bind(QStringLiteral(":wall"), field->stamp.wall)
            .bind(QStringLiteral(":counter"), field->stamp.counter)
            .bind(QStringLiteral(":device"), field->stamp.device)
            .bind(QStringLiteral(":author"), field->author)
            .bind(QStringLiteral(":value"), field->value ? QVariant(*field->value) : QVariant())
            .exec();
    }
}
