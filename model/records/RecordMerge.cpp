#include "model/records/RecordMerge.h"

#include "model/domain/FieldCatalogue.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Database.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>

namespace {

const QString &tagsColumn()
{
    static const QString name = QStringLiteral("tags");
    return name;
}

std::optional<QString> valueOf(const QVector<QPair<QString, std::optional<QString>>> &values,
                               const QString &column)
{
    for (const auto &value : values) {
        if (value.first == column)
            return value.second;
    }
    return std::nullopt;
}

bool sameValue(const std::optional<QString> &a, const std::optional<QString> &b)
{
    return a.value_or(QString()) == b.value_or(QString()); // NULL and '' are both "none"
}

// The kept record with the other's values of the chosen columns and both records' tags.
template<class Repo>
void takeValues(Repo &&repository, const QString &keptId, const QString &otherId,
                const QStringList &columns,
                const QVector<QPair<QString, std::optional<QString>>> &otherValues)
{
    auto kept = *repository.get(keptId);
    const auto other = *repository.get(otherId);
    for (const QString &column : columns) {
        const std::optional<QString> value = valueOf(otherValues, column);
        repository.setField(kept, column, value ? QVariant(*value) : QVariant());
    }
    for (const QString &tag : other.tags) {
        if (!kept.tags.contains(tag))
            kept.tags << tag;
    }
    repository.update(kept);
}

} // namespace

RecordMerge::RecordMerge(Database &database, EntityKind kind, const QString &keptId,
                         const QString &otherId)
    : m_database(database), m_kind(kind), m_keptId(keptId), m_otherId(otherId)
{
    if (kind != EntityKind::Organization && kind != EntityKind::Contact)
        throw CoalitionError(QCoreApplication::translate(
            "RecordMerge", "Only two organizations or two contacts can be merged."));
    if (keptId == otherId)
        throw CoalitionError(
            QCoreApplication::translate("RecordMerge", "A record cannot be merged with itself."));
    captureBoth();
}

void RecordMerge::captureBoth()
{
    m_keptBefore = RecordSnapshot::capture(m_database, m_kind, m_keptId);
    m_otherBefore = RecordSnapshot::capture(m_database, m_kind, m_otherId);
    if (m_keptBefore.isEmpty() || m_otherBefore.isEmpty())
        throw CoalitionError(QCoreApplication::translate(
            "RecordMerge", "One of the two records no longer exists; it may have "
                           "been deleted on another laptop."));
}

QVector<QPair<QString, std::optional<QString>>> RecordMerge::storedValues(const QString &id) const
{
    QStringList columns;
    for (const FieldSpec &field : m_database.catalogue().entity(m_kind).fields) {
        if (field.synced && field.column != tagsColumn())
            columns << field.column;
    }
    Statement select(m_database.connection(),
                     QStringLiteral("SELECT %1 FROM %2 WHERE id = :id")
                         .arg(columns.join(QStringLiteral(", ")), tableName(m_kind)));
    select.bind(QStringLiteral(":id"), id).exec();
    QVector<QPair<QString, std::optional<QString>>> values;
    if (!select.next())
        return values;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant cell = select.value(i);
        values.append(
            {columns[i], cell.isNull() ? std::nullopt : std::optional<QString>(cell.toString())});
    }
    return values;
}

QVector<RecordMerge::Difference> RecordMerge::differences() const
{
    const auto kept = storedValues(m_keptId);
    const auto other = storedValues(m_otherId);
    QVector<Difference> result;
    for (const auto &value : kept) {
        const std::optional<QString> theirs = valueOf(other, value.first);
        if (!sameValue(value.second, theirs))
            result.append({value.first, value.second, theirs});
    }
    return result;
}

int RecordMerge::movedReferences() const
{
    if (m_kind != EntityKind::Organization)
        return 0;
    int count = 0;
    for (const EntityKind dependent :
         {EntityKind::Contact, EntityKind::ActionItem, EntityKind::CampaignPartner}) {
        count += Statement(m_database.connection(),
                           QStringLiteral("SELECT count(*) FROM %1 WHERE organization_id = :id")
                               .arg(tableName(dependent)))
                     .bind(QStringLiteral(":id"), m_otherId)
                     .scalar()
                     .toInt();
    }
    return count;
}

void RecordMerge::apply(const QStringList &takeFromOther)
{
    Transaction transaction(m_database);
    captureBoth(); // again: a redo after an undo starts from the records as they are now
    const auto otherValues = storedValues(m_otherId);
    if (m_kind == EntityKind::Organization) {
        takeValues(OrganizationRepository(m_database), m_keptId, m_otherId, takeFromOther,
                   otherValues);
        moveOrganizationReferences();
        markMerged(m_keptId); // stamped before the tombstone, so it does not outlive it
        OrganizationRepository(m_database).remove(m_otherId);
    } else {
        takeValues(ContactRepository(m_database), m_keptId, m_otherId, takeFromOther, otherValues);
        markMerged(m_keptId);
        ContactRepository(m_database).remove(m_otherId);
    }
    transaction.commit();
}

void RecordMerge::moveOrganizationReferences()
{
    ContactRepository contacts(m_database);
    for (Contact contact : contacts.list({}, m_otherId)) {
        contact.organizationId = m_keptId;
        contacts.update(contact);
    }
    ActionItemRepository items(m_database);
    ActionItemFilter filter;
    filter.organizationId = m_otherId;
    for (ActionItem item : items.list(filter)) {
        item.organizationId = m_keptId;
        items.update(item);
    }
    // One partnership per campaign and organization: where both were partners the kept
    // one's stays, completed by the other's, and the other's goes with its organization.
    CampaignPartnerRepository partners(m_database);
    const QVector<CampaignPartner> kept = partners.forOrganization(m_keptId);
    for (CampaignPartner partner : partners.forOrganization(m_otherId)) {
        const auto same = std::find_if(kept.cbegin(), kept.cend(), [&](const CampaignPartner &k) {
            return k.campaignId == partner.campaignId;
        });
        if (same == kept.cend()) {
            partner.organizationId = m_keptId;
            partners.update(partner);
        } else if (same->commitment.isEmpty() && !partner.commitment.isEmpty()) {
            CampaignPartner completed = *same;
            completed.commitment = partner.commitment;
            partners.update(completed);
        }
    }
}

void RecordMerge::markMerged(const std::optional<QString> &into)
{
    if (StampStore *stamps = m_database.stamps())
        stamps->record(m_kind, m_otherId,
                       {{QString::fromLatin1(StampStore::mergedIntoField),
                         into ? QVariant(*into) : QVariant()}},
                       stamps->next(), m_database.author());
}

void RecordMerge::revert()
{
    Transaction transaction(m_database);
    // The other first, so what referred to it can refer to it again.
    m_otherBefore.restore(m_database);
    m_keptBefore.restore(m_database);
    markMerged(std::nullopt); // a record brought back is merged into nothing
    transaction.commit();
}
