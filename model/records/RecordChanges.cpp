#include "model/records/RecordChanges.h"

#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Transaction.h"

#include <algorithm>

namespace {

// Takes the created records away, keeping them, and puts the changed ones back.
template<class Repo, class Slot> void takeBack(Repo &&repository, Slot &slot)
{
    slot.after.clear();
    for (const auto &before : qAsConst(slot.before)) {
        if (const auto now = repository.get(before.id)) {
            slot.after.append(*now);
            repository.update(before);
        }
    }
    slot.createdState.clear();
    for (auto id = slot.created.crbegin(); id != slot.created.crend(); ++id) {
        if (const auto now = repository.get(*id)) {
            slot.createdState.append(*now);
            repository.remove(*id);
        }
    }
    std::reverse(slot.createdState.begin(), slot.createdState.end()); // made in this order
}

// Makes the kept records again and the changes again.
template<class Repo, class Slot> void putAgain(Repo &&repository, Slot &slot)
{
    for (const auto &record : qAsConst(slot.createdState))
        repository.createIfMissing(record);
    for (const auto &after : qAsConst(slot.after)) {
        if (repository.exists(after.id))
            repository.update(after);
    }
}

} // namespace

void RecordChanges::created(EntityKind kind, const QString &id)
{
    switch (kind) {
    case EntityKind::Organization:
        slotOf<Organization>().created << id;
        break;
    case EntityKind::Campaign:
        slotOf<Campaign>().created << id;
        break;
    case EntityKind::Contact:
        slotOf<Contact>().created << id;
        break;
    case EntityKind::CampaignPartner:
        slotOf<CampaignPartner>().created << id;
        break;
    case EntityKind::ActionItem:
        slotOf<ActionItem>().created << id;
        break;
    }
}

int RecordChanges::createdCount() const
{
    int count = 0;
    std::apply([&count](const auto &...slot) { ((count += int(slot.created.size())), ...); },
               m_slots);
    return count;
}

int RecordChanges::changedCount() const
{
    int count = 0;
    std::apply([&count](const auto &...slot) { ((count += int(slot.before.size())), ...); },
               m_slots);
    return count;
}

void RecordChanges::undo(Database &database)
{
    Transaction transaction(database);
    // Children first: an action item goes before the organization it was made for.
    takeBack(ActionItemRepository(database), slotOf<ActionItem>());
    takeBack(CampaignPartnerRepository(database), slotOf<CampaignPartner>());
    takeBack(ContactRepository(database), slotOf<Contact>());
    takeBack(CampaignRepository(database), slotOf<Campaign>());
    takeBack(OrganizationRepository(database), slotOf<Organization>());
    transaction.commit();
}

void RecordChanges::redo(Database &database)
{
    Transaction transaction(database);
    putAgain(OrganizationRepository(database), slotOf<Organization>());
    putAgain(CampaignRepository(database), slotOf<Campaign>());
    putAgain(ContactRepository(database), slotOf<Contact>());
    putAgain(CampaignPartnerRepository(database), slotOf<CampaignPartner>());
    putAgain(ActionItemRepository(database), slotOf<ActionItem>());
    transaction.commit();
}
