#include "model/records/RecordSnapshot.h"

#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Transaction.h"

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("RecordSnapshot", text, nullptr, n);
}

template<class Repo, class T> void putBack(Repo &&repository, const QVector<T> &records)
{
    for (const T &record : records) {
        if (repository.exists(record.id))
            repository.update(record); // it lost a reference (ON DELETE SET NULL)
        else
            repository.create(record);
    }
}

} // namespace

RecordSnapshot RecordSnapshot::capture(Database &database, EntityKind kind, const QString &id)
{
    RecordSnapshot snapshot;
    snapshot.m_kind = kind;
    switch (kind) {
    case EntityKind::Organization:
        if (auto organization = OrganizationRepository(database).get(id)) {
            snapshot.m_name = organization->name;
            snapshot.m_organizations << *organization;
            snapshot.m_contacts = ContactRepository(database).list({}, id);
            snapshot.m_partners = CampaignPartnerRepository(database).forOrganization(id);
            ActionItemFilter filter;
            filter.organizationId = id;
            snapshot.m_actionItems = ActionItemRepository(database).list(filter);
        }
        break;
    case EntityKind::Campaign:
        if (auto campaign = CampaignRepository(database).get(id)) {
            snapshot.m_name = campaign->name;
            snapshot.m_campaigns << *campaign;
            snapshot.m_partners = CampaignPartnerRepository(database).forCampaign(id);
            ActionItemFilter filter;
            filter.campaignId = id;
            snapshot.m_actionItems = ActionItemRepository(database).list(filter);
        }
        break;
    case EntityKind::Contact:
        if (auto contact = ContactRepository(database).get(id)) {
            snapshot.m_name = contact->name;
            snapshot.m_contacts << *contact;
        }
        break;
    case EntityKind::CampaignPartner:
        if (auto partner = CampaignPartnerRepository(database).get(id)) {
            snapshot.m_name = partner->role;
            snapshot.m_partners << *partner;
        }
        break;
    case EntityKind::ActionItem:
        if (auto item = ActionItemRepository(database).get(id)) {
            snapshot.m_name = item->title;
            snapshot.m_actionItems << *item;
        }
        break;
    }
    if (!snapshot.m_name.isNull())
        snapshot.m_rootId = id;
    return snapshot;
}

QString RecordSnapshot::consequences() const
{
    switch (m_kind) {
    case EntityKind::Campaign:
        if (m_actionItems.isEmpty())
            return tr("Its %1 are deleted with it.")
                .arg(QCoreApplication::translate("RecordSnapshot", "%n partner link(s)", nullptr,
                                                 int(m_partners.size())));
        return tr("Its %1 are deleted with it. Its %2 can stay, without a campaign, or be "
                  "deleted too.")
            .arg(QCoreApplication::translate("RecordSnapshot", "%n partner link(s)", nullptr,
                                             int(m_partners.size())),
                 QCoreApplication::translate("RecordSnapshot", "%n action item(s)", nullptr,
                                             int(m_actionItems.size())));
    case EntityKind::Organization:
        return tr("It leaves %1; its %2 and %3 stay, without an organization.")
            .arg(QCoreApplication::translate("RecordSnapshot", "%n campaign(s)", nullptr,
                                             int(m_partners.size())),
                 QCoreApplication::translate("RecordSnapshot", "%n contact(s)", nullptr,
                                             int(m_contacts.size())),
                 QCoreApplication::translate("RecordSnapshot", "%n action item(s)", nullptr,
                                             int(m_actionItems.size())));
    default:
        return {};
    }
}

void RecordSnapshot::removeRoot(Database &database) const
{
    switch (m_kind) {
    case EntityKind::Organization:
        OrganizationRepository(database).remove(m_rootId);
        break;
    case EntityKind::Campaign:
        if (m_keepsActionItems)
            CampaignRepository(database).removeKeepingActionItems(m_rootId);
        else
            CampaignRepository(database).remove(m_rootId);
        break;
    case EntityKind::Contact:
        ContactRepository(database).remove(m_rootId);
        break;
    case EntityKind::CampaignPartner:
        CampaignPartnerRepository(database).remove(m_rootId);
        break;
    case EntityKind::ActionItem:
        ActionItemRepository(database).remove(m_rootId);
        break;
    }
}

void RecordSnapshot::restore(Database &database) const
{
    Transaction transaction(database);
    // Parents before children, so every reference finds its record.
    putBack(OrganizationRepository(database), m_organizations);
    putBack(CampaignRepository(database), m_campaigns);
    putBack(ContactRepository(database), m_contacts);
    putBack(CampaignPartnerRepository(database), m_partners);
    putBack(ActionItemRepository(database), m_actionItems);
    transaction.commit();
}
