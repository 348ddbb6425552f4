#pragma once

#include "model/domain/ActionItem.h"
#include "model/domain/ActionItemFilter.h"
#include "model/records/EndedCampaigns.h"
#include "model/records/Repository.h"

#include <QMap>

class ActionItemRepository : public Repository<ActionItem>
{
public:
    explicit ActionItemRepository(Database &database);

    void validate(ActionItem &item) const override;

    QVector<ActionItem> list(const ActionItemFilter &filter, const ListOptions &options = {}) const;
    using RepositoryBase::count; // all items
    int count(const ActionItemFilter &filter) const;

    // Open items due between first and last (inclusive; an invalid first means no lower
    // bound, both invalid means undated items), in agenda order, at most limit of them.
    // ended: whether items of ended campaigns count; the agenda, the calendar and the
    // reminder leave them out unless the person shows ended campaigns.
    QVector<ActionItem>
    openItemsDue(const QDate &first, const QDate &last, int limit,
                 EndedCampaigns::Shown ended = EndedCampaigns::Shown::Hidden) const;
    // Counting stops at limit when it is not negative: "at least limit".
    int countOpenItemsDue(const QDate &first, const QDate &last, int limit = -1,
                          EndedCampaigns::Shown ended = EndedCampaigns::Shown::Hidden) const;
    // How many open items fall due on each day from first to last: the calendar's marks.
    QMap<QDate, int>
    openItemsPerDay(const QDate &first, const QDate &last,
                    EndedCampaigns::Shown ended = EndedCampaigns::Shown::Hidden) const;

    // Every owner named on an item, for the owner filter.
    QStringList owners() const;

    // The one-key "mark done" (and its undo): changes only the status.
    ActionItem setStatus(const QString &id, const QString &status);

protected:
    const QVector<RecordMember<ActionItem>> &members() const override;
    // An event's rules: an end or all-day flag needs a start; an all-day event's times
    // are midnight UTC of its days; an event with no deadline is due the day it starts.
    static void checkEvent(ActionItem &item);
    QString defaultSortColumn() const override { return QStringLiteral("due_date"); }
};
