#pragma once

#include "model/domain/ActionItem.h"
#include "model/domain/ActionItemFilter.h"
#include "model/records/EndedCampaigns.h"
#include "model/records/Repository.h"
#include "model/storage/StampStore.h"

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

    // The open items that repeat (few: an agenda expands their coming occurrences).
    QVector<ActionItem>
    openRepeatingItems(EndedCampaigns::Shown ended = EndedCampaigns::Shown::Hidden) const;

    // Every owner named on an item, for the owner filter.
    QStringList owners() const;

    // The one-key "mark done" (and its undo): changes only the status.
    ActionItem setStatus(const QString &id, const QString &status);

    // A repeating item's current occurrence (its due date) done or skipped: recorded as
    // that occurrence's own field (who and when are its stamp's), and the item moved to
    // its next open occurrence (its event too), or done once the series has ended. One
    // transaction. outcome "" takes an occurrence's outcome back (undo).
    ActionItem settleOccurrence(const QString &id, const QString &outcome);
    void setOccurrenceOutcome(const QString &id, const QDate &day, const QString &outcome);
    // The occurrences with an outcome, by day: "done" or "skipped", who, when.
    QVector<StampStore::FieldEntry> occurrenceOutcomes(const QString &id) const;

protected:
    const QVector<RecordMember<ActionItem>> &members() const override;
    // An event's rules: an end or all-day flag needs a start; an all-day event's times
    // are midnight UTC of its days; an event with no deadline is due the day it starts.
    static void checkEvent(ActionItem &item);
    // A rule libical reads (stored in its spelling); the series starts on the due date.
    static void checkRecurrence(ActionItem &item);
    QString defaultSortColumn() const override { return QStringLiteral("due_date"); }
};
