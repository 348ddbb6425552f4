#pragma once

#include "model/domain/ActionItem.h"
#include "model/domain/Campaign.h"
#include "model/domain/CampaignPartner.h"
#include "model/domain/Contact.h"
#include "model/domain/EntityKind.h"
#include "model/domain/Organization.h"

#include <QVector>

class Database;

// A record together with everything its deletion touches, taken before it is deleted
// so the deletion can be undone exactly: a campaign with its partners and action
// items; an organization with its partnerships and the people and items that point at
// it. restore() puts every one of them back as it was, in one transaction.
class RecordSnapshot
{
public:
    static RecordSnapshot capture(Database &database, EntityKind kind, const QString &id);

    bool isEmpty() const { return m_rootId.isEmpty(); }
    EntityKind kind() const { return m_kind; }
    // One line for a confirmation question: what else the deletion touches.
    QString consequences() const;
    // The record's own name or title.
    QString name() const { return m_name; }

    // A campaign's action items: how many its deletion touches, and whether they stay
    // (without a campaign) rather than go with it, as the person chose.
    int actionItemCount() const { return int(m_actionItems.size()); }
    void setKeepsActionItems(bool keeps) { m_keepsActionItems = keeps; }

    void removeRoot(Database &database) const;
    void restore(Database &database) const;

private:
    EntityKind m_kind = EntityKind::ActionItem;
    QString m_rootId;
    QString m_name;
    QVector<Organization> m_organizations;
    QVector<Campaign> m_campaigns;
    QVector<Contact> m_contacts;
    QVector<CampaignPartner> m_partners;
    QVector<ActionItem> m_actionItems;
    bool m_keepsActionItems = false;
};
