#include "model/feed/MergeInvariants.h"

#include "model/domain/EntityKind.h"

#include <QMap>

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
    retireDuplicatePartnerships(merged, stamp, author);
    flagEndBeforeStart(merged, local, tableName(EntityKind::Campaign), QStringLiteral("start_date"),
                       QStringLiteral("end_date"));
    flagEndBeforeStart(merged, local, tableName(EntityKind::ActionItem),
                       QStringLiteral("event_start"), QStringLiteral("event_end"));
}

} // namespace MergeInvariants
