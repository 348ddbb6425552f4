#include "model/feed/MergeInvariants.h"

#include "model/feed/RecurrenceSettle.h"

#include "model/domain/EntityKind.h"
#include "model/storage/StampStore.h"

#include <QMap>
#include <algorithm>

namespace MergeInvariants {

namespace {

const QString &partnersTable()
{
    static const QString name = tableName(EntityKind::CampaignPartner);
    return name;
}

bool hasConflict(const FeedMerge::Result &merged, const RecordKey &record, const QString &field)
{
    for (const FeedMerge::Conflict &conflict : merged.conflicts) {
        if (conflict.record == record && conflict.field == field)
            return true;
    }
    return false;
}

// Records merged into another (RecordMerge) whose tombstone names the one they went into:
// record id -> that id, for organizations and contacts alike (ids never repeat across
// tables).
QMap<QString, QString> mergedRecords(const FeedMerge::Result &merged)
{
    const QString field = QString::fromLatin1(StampStore::mergedIntoField);
    QMap<QString, QString> into;
    for (const EntityKind kind : {EntityKind::Organization, EntityKind::Contact}) {
        const QString table = tableName(kind);
        for (auto it = merged.state.lowerBound({table, QString()});
             it != merged.state.cend() && it.key().first == table; ++it) {
            const std::optional<QString> target = it->fields.value(field).value;
            if (target && !target->isEmpty())
                into.insert(it.key().second, *target);
        }
    }
    return into;
}

// Where a merged record's references go: the end of its chain of merges (B into C, C
// into D), if that record is there and not deleted; empty otherwise.
QString survivorOf(const FeedMerge::Result &merged, const QString &table,
                   const QMap<QString, QString> &into, QString id)
{
    for (int step = 0; step <= into.size() && into.contains(id); ++step)
        id = into.value(id);
    const auto found = merged.state.constFind({table, id});
    if (into.contains(id) || found == merged.state.cend() || found->isDeleted(merged.heldAfter))
        return {}; // a cycle (two laptops merged each into the other), or nothing to go to
    return id;
}

// Two laptops that merged the same two records each into the other (or three in a
// ring) would delete them all: of each ring the record with the smallest id comes back,
// its fields stamped anew with the values it had, merged into nothing.
void reviveMergeCycles(FeedMerge::Result &merged, QMap<QString, QString> &into,
                       const std::function<Stamp()> &stamp, const QString &author)
{
    const QString mergedField = QString::fromLatin1(StampStore::mergedIntoField);
    const QStringList starts = into.keys();
    for (const QString &start : starts) {
        QStringList chain;
        QString id = start;
        while (into.contains(id) && !chain.contains(id)) {
            chain << id;
            id = into.value(id);
        }
        if (!chain.contains(id))
            continue; // ends somewhere: no ring
        const QStringList ring = chain.mid(chain.indexOf(id));
        const QString revived = *std::min_element(ring.cbegin(), ring.cend());
        into.remove(revived);
        for (const EntityKind kind : {EntityKind::Organization, EntityKind::Contact}) {
            const auto record = merged.state.find({tableName(kind), revived});
            if (record == merged.state.end())
                continue;
            for (auto field = record->fields.begin(); field != record->fields.end(); ++field) {
                if (field.key() != deletedFieldName() && field.key() != mergedField)
                    *field = FieldValue{field->value, stamp(), author};
            }
            record->fields.insert(mergedField, FieldValue{std::nullopt, stamp(), author});
        }
    }
}

// A merge made on one laptop, settled on every other alike: references made meanwhile to
// the merged-away organization follow it to the one it went into, and a merged-away
// record that an edit brought back is retired again, each edit made after the merge
// becoming a conflict of the record kept, for a person to take.
void followMerges(FeedMerge::Result &merged, const std::function<Stamp()> &stamp,
                  const QString &author)
{
    QMap<QString, QString> into = mergedRecords(merged);
    if (into.isEmpty())
        return;
    reviveMergeCycles(merged, into, stamp, author);
    const QString mergedField = QString::fromLatin1(StampStore::mergedIntoField);
    for (auto target = into.cbegin(); target != into.cend(); ++target) {
        for (const EntityKind kind : {EntityKind::Organization, EntityKind::Contact}) {
            const RecordKey key(tableName(kind), target.key());
            const auto record = merged.state.find(key);
            if (record == merged.state.end() || record->isDeleted(merged.heldAfter))
                continue;
            const QString survivor = survivorOf(merged, key.first, into, key.second);
            if (survivor.isEmpty())
                continue; // nothing to go to: the record stays
            const RecordKey kept(key.first, survivor);
            const FeedRecord keptRecord = merged.state.value(kept);
            const Stamp mergedAt = record->fields.value(mergedField).stamp;
            for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
                const FieldValue keptValue = keptRecord.fields.value(field.key());
                if (field.key().startsWith(QLatin1Char('_')) || !(mergedAt < field->stamp) ||
                    keptValue.value == field->value || hasConflict(merged, kept, field.key()))
                    continue;
                merged.conflicts.append({kept, field.key(), keptValue, *field});
            }
            record->fields.insert(deletedFieldName(),
                                  FieldValue{QStringLiteral("1"), stamp(), author});
        }
    }
    const QString organizations = tableName(EntityKind::Organization);
    const QString reference = QStringLiteral("organization_id");
    for (const EntityKind kind :
         {EntityKind::Contact, EntityKind::ActionItem, EntityKind::CampaignPartner}) {
        const QString table = tableName(kind);
        for (auto it = merged.state.lowerBound({table, QString()});
             it != merged.state.end() && it.key().first == table; ++it) {
            const std::optional<QString> organization = it->fields.value(reference).value;
            if (!organization || !into.contains(*organization) || it->isDeleted(merged.heldAfter))
                continue;
            const QString survivor = survivorOf(merged, organizations, into, *organization);
            if (!survivor.isEmpty())
                it->fields.insert(reference, FieldValue{survivor, stamp(), author});
        }
    }
}

// The natural key campaign × organization may hold one partnership. The smallest id
// stays: every laptop holding the same partnerships picks the same one.
void retireDuplicatePartnerships(FeedMerge::Result &merged, const std::function<Stamp()> &stamp,
                                 const QString &author)
{
    const QString campaignField = QStringLiteral("campaign_id");
    const QString organizationField = QStringLiteral("organization_id");
    QMap<QPair<QString, QString>, QString> survivors; // natural key -> record id
    for (auto it = merged.state.lowerBound({partnersTable(), QString()});
         it != merged.state.end() && it.key().first == partnersTable(); ++it) {
        const std::optional<QString> campaign = it->fields.value(campaignField).value;
        const std::optional<QString> organization = it->fields.value(organizationField).value;
        if (it->isDeleted(merged.heldAfter) || !campaign || !organization)
            continue;
        const QPair<QString, QString> naturalKey(*campaign, *organization);
        const auto survivor = survivors.constFind(naturalKey);
        if (survivor == survivors.cend()) {
            survivors.insert(naturalKey, it.key().second); // ids ascend: the first stays
            continue;
        }
        const RecordKey kept(partnersTable(), *survivor);
        const FeedRecord &keptRecord = merged.state.value(kept);
        for (auto field = it->fields.cbegin(); field != it->fields.cend(); ++field) {
            if (field.key() == campaignField || field.key() == organizationField ||
                field.key() == deletedFieldName())
                continue;
            const FieldValue keptValue = keptRecord.fields.value(field.key());
            if (keptValue.value != field->value && !hasConflict(merged, kept, field.key()))
                merged.conflicts.append({kept, field.key(), keptValue, *field});
        }
        it->fields.insert(deletedFieldName(), FieldValue{QStringLiteral("1"), stamp(), author});
    }
}

// Lists the two fields of a record whose end came before its start in the merge.
void flagEndBeforeStart(FeedMerge::Result &merged, const FeedState &local, const QString &table,
                        const QString &startField, const QString &endField)
{
    for (auto it = merged.state.lowerBound({table, QString()});
         it != merged.state.cend() && it.key().first == table; ++it) {
        const std::optional<QString> start = it->fields.value(startField).value;
        const std::optional<QString> end = it->fields.value(endField).value;
        if (it->isDeleted(merged.heldAfter) || !start || !end || start->isEmpty() ||
            end->isEmpty() || !(*end < *start))
            continue;
        const FeedRecord mine = local.value(it.key());
        for (const QString &field : {startField, endField}) {
            const auto before = mine.fields.constFind(field);
            if (before == mine.fields.cend() || before->value == it->fields.value(field).value ||
                hasConflict(merged, it.key(), field))
                continue; // this laptop had it so too: the other side lists it
            merged.conflicts.append({it.key(), field, it->fields.value(field), *before});
        }
    }
}

} // namespace

void settle(FeedMerge::Result &merged, const FeedState &local, const std::function<Stamp()> &stamp,
            const QString &author)
{
    followMerges(merged, stamp, author); // first: a followed reference can make a duplicate
    retireDuplicatePartnerships(merged, stamp, author);
    RecurrenceSettle::settle(merged, stamp, author);
    flagEndBeforeStart(merged, local, tableName(EntityKind::Campaign), QStringLiteral("start_date"),
                       QStringLiteral("end_date"));
    flagEndBeforeStart(merged, local, tableName(EntityKind::ActionItem),
                       QStringLiteral("event_start"), QStringLiteral("event_end"));
}

} // namespace MergeInvariants
