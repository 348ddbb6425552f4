#pragma once

#include <QString>

#include <optional>

// The kinds of record Coalition stores. The names are the SQL table names and the
// words the feed, the change notifier and search results use.
enum class EntityKind
{
    Organization,
    Contact,
    Campaign,
    CampaignPartner,
    ActionItem,
};

inline QString tableName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organization:
        return QStringLiteral("organizations");
    case EntityKind::Contact:
        return QStringLiteral("contacts");
    case EntityKind::Campaign:
        return QStringLiteral("campaigns");
    case EntityKind::CampaignPartner:
        return QStringLiteral("campaign_partners");
    case EntityKind::ActionItem:
        return QStringLiteral("action_items");
    }
    return {};
}

// The kind whose table is named table, or none (the conflicts list, an entity of a newer
// Coalition).
inline std::optional<EntityKind> entityKindOfTable(const QString &table)
{
    for (EntityKind kind : {EntityKind::Organization, EntityKind::Contact, EntityKind::Campaign,
                            EntityKind::CampaignPartner, EntityKind::ActionItem}) {
        if (tableName(kind) == table)
            return kind;
    }
    return std::nullopt;
}
