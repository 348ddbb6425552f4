#pragma once

#include "model/domain/Campaign.h"
#include "model/records/EndedCampaigns.h"
#include "model/records/Repository.h"

#include <QHash>

class CampaignRepository : public Repository<Campaign>
{
public:
    explicit CampaignRepository(Database &database);

    void validate(Campaign &campaign) const override;

    // Deletes the campaign with its partners and action items (ON DELETE CASCADE) and
    // reports each of them to the change notifier.
    bool remove(const QString &id) override;
    // Deletes the campaign and its partners; its action items stay, without a campaign
    // (each such change stamped, so a sync carries it).
    bool removeKeepingActionItems(const QString &id);

    // Ended campaigns (won, lost, closed) are left out when ended is Hidden.
    QVector<Campaign> list(const ListOptions &options = {}, const QStringList &statuses = {},
                           EndedCampaigns::Shown ended = EndedCampaigns::Shown::Shown) const;
    // By id, or else by exact case-insensitive name (the command line's --campaign).
    std::optional<Campaign> findByIdOrName(const QString &idOrName) const;

    // What deleting a campaign would also delete, for the confirmation question.
    struct Dependents
    {
        int partners = 0;
        int actionItems = 0;
    };
    Dependents dependents(const QString &id) const;

    // Per campaign id: partner count and action items done out of all (cancelled ones
    // are left out of both, so they do not hold progress back).
    struct Progress
    {
        int partners = 0;
        int done = 0;
        int total = 0;
    };
    QHash<QString, Progress> progress() const;

protected:
    const QVector<RecordMember<Campaign>> &members() const override;
    QString defaultSortColumn() const override { return QStringLiteral("name"); }
};
