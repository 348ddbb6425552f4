#include "model/records/ActionItemRepository.h"

#include "model/domain/ActionRules.h"
#include "model/domain/Change.h"
#include "model/domain/Clock.h"
#include "model/domain/EventTimes.h"
#include "model/domain/RecurrenceRule.h"
#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemQuery.h"
#include "model/storage/Transaction.h"
#include "model/storage/schema/Schema.h"
#include <QCoreApplication>

ActionItemRepository::ActionItemRepository(Database &database)
    : Repository(database, EntityKind::ActionItem)
{}

void ActionItemRepository::validate(ActionItem &item) const
{
    item.title = requiredText(
        item.title, QStringLiteral("title"),
        QCoreApplication::translate("ActionItemRepository",
                                    "The action item has no title. Say what needs doing."));
    item.kind =
        Vocabulary::actionKind().canonical(item.kind).value_or(item.kind.trimmed().toLower());
    item.owner = item.owner.trimmed();
    item.location = item.location.trimmed();

    item.status =
        canonicalWord(Vocabulary::actionStatus(), item.status, QStringLiteral("status"), item.id);
    item.priority =
        canonicalWord(Vocabulary::priority(), item.priority, QStringLiteral("priority"), item.id);

    checkEvent(item);
    checkRecurrence(item);
    if (item.eventStart.isValid() && item.eventEnd.isValid() && item.eventEnd < item.eventStart)
        throw ValidationError(QStringLiteral("event_end"),
                              QCoreApplication::translate(
                                  "ActionItemRepository",
                                  "The event ends before it starts. Check its start and end."));
    item.link = optionalWebAddress(item.link, QStringLiteral("link"));
    if (!item.campaignId.isEmpty())
        requireReference(EntityKind::Campaign, item.campaignId, QStringLiteral("campaign_id"),
                         QCoreApplication::translate(
                             "ActionItemRepository",
                             "The campaign chosen for \"%1\" does not exist (it may have been "
                             "deleted). Choose another campaign or none.")
                             .arg(item.title));
    if (!item.organizationId.isEmpty())
        requireReference(EntityKind::Organization, item.organizationId,
                         QStringLiteral("organization_id"),
                         QCoreApplication::translate(
                             "ActionItemRepository",
                             "The organization chosen for \"%1\" does not exist. Choose another "
                             "organization or none.")
                             .arg(item.title));

    // completed_at follows the status: stamped when an item is done, cleared if reopened.
    if (ActionRules::isDone(item.status)) {
        if (item.completedAt.isEmpty())
            item.completedAt = m_database.clock().nowIsoUtc();
    } else {
        item.completedAt.clear();
    }
}

void ActionItemRepository::checkEvent(ActionItem &item)
{
    if (!item.eventStart.isValid()) {
        if (item.eventEnd.isValid())
            throw ValidationError(QStringLiteral("event_start"),
                                  QCoreApplication::translate(
                                      "ActionItemRepository",
                                      "The event has an end but no start. Give its start too."));
        if (item.allDay)
            throw ValidationError(QStringLiteral("event_start"),
                                  QCoreApplication::translate(
                                      "ActionItemRepository",
                                      "An all-day event needs its first day. Give its start."));
        return;
    }
    // A day, not a moment: the same date on every laptop, whatever its time zone.
    const auto day = [](const QDateTime &at) {
        return at.isValid() ? QDateTime(at.toUTC().date(), QTime(0, 0), Qt::UTC) : at;
    };
    if (item.allDay) {
        item.eventStart = day(item.eventStart);
        item.eventEnd = day(item.eventEnd);
    }
    // An event is on the agenda on its day: with no deadline of its own, its due date is
    // the day it starts, here.
    if (!item.dueDate.isValid())
        item.dueDate =
            item.allDay ? item.eventStart.toUTC().date() : item.eventStart.toLocalTime().date();
}

void ActionItemRepository::checkRecurrence(ActionItem &item)
{
    if (item.recurrence.trimmed().isEmpty()) {
        item.recurrence.clear();
        item.seriesStart = QDate();
        return;
    }
    item.recurrence = RecurrenceRule::fromText(item.recurrence).text();
    if (!item.seriesStart.isValid())
        item.seriesStart = item.dueDate;
    if (!item.seriesStart.isValid())
        throw ValidationError(QStringLiteral("due_date"),
                              QCoreApplication::translate(
                                  "ActionItemRepository",
                                  "A repeating action item needs the day it first falls due."));
}

QVector<ActionItem> ActionItemRepository::list(const ActionItemFilter &filter,
                                               const ListOptions &options) const
{
    const ActionItemQuery query(filter, QString());
    return listWhere(query.conditions(), query.values(), options);
}

int ActionItemRepository::count(const ActionItemFilter &filter) const
{
    const ActionItemQuery query(filter, QString());
    Statement count(m_database.connection(),
                    QStringLiteral("SELECT count(*) FROM action_items ") + query.whereClause());
    for (const auto &value : query.values())
        count.bind(value.first, value.second);
    return count.scalar().toInt();
}

namespace {

// "status IN ('todo', 'doing')", from ActionRules. Written out rather than bound so that
// SQLite's planner can match it to the index on (status, due_date).
QString openStatusCondition(EndedCampaigns::Shown ended = EndedCampaigns::Shown::Shown)
{
    QStringList quoted;
    for (const QString &status : ActionRules::openStatuses())
        quoted << QLatin1Char('\'') + status + QLatin1Char('\'');
    QString condition = QStringLiteral("status IN (%1)").arg(quoted.join(QStringLiteral(", ")));
    if (ended == EndedCampaigns::Shown::Hidden)
        condition += QStringLiteral(" AND ") + EndedCampaigns::itemInCurrentCampaign();
    return condition;
}

// The due-date condition of openItemsDue() and countOpenItemsDue().
QString dueRange(const QDate &first, const QDate &last, QVector<QPair<QString, QVariant>> &values)
{
    if (!first.isValid() && !last.isValid())
        return QStringLiteral("due_date IS NULL");
    QStringList range;
    if (first.isValid()) {
        range << QStringLiteral("due_date >= :first");
        values << qMakePair(QStringLiteral(":first"), QVariant(first.toString(Qt::ISODate)));
    }
    if (last.isValid()) {
        range << QStringLiteral("due_date <= :last");
        values << qMakePair(QStringLiteral(":last"), QVariant(last.toString(Qt::ISODate)));
    }
    return range.join(QStringLiteral(" AND "));
}

} // namespace

QVector<ActionItem> ActionItemRepository::openItemsDue(const QDate &first, const QDate &last,
                                                       int limit, EndedCampaigns::Shown ended) const
{
    Bindings values{{QStringLiteral(":limit"), limit}};
    const QString range = dueRange(first, last, values);
    return select(QStringLiteral("WHERE %1 AND %2 ORDER BY due_date, %3, "
                                 "title COLLATE NOCASE, seq LIMIT :limit")
                      .arg(openStatusCondition(ended), range, Schema::priorityRank(QString())),
                  values);
}

int ActionItemRepository::countOpenItemsDue(const QDate &first, const QDate &last, int limit,
                                            EndedCampaigns::Shown ended) const
{
    Bindings values;
    const QString range = dueRange(first, last, values);
    Statement count(m_database.connection(),
                    QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM action_items WHERE %1 "
                                   "AND %2 LIMIT :limit)")
                        .arg(openStatusCondition(ended), range));
    for (const auto &value : values)
        count.bind(value.first, value.second);
    return count.bind(QStringLiteral(":limit"), limit).scalar().toInt();
}

QMap<QDate, int> ActionItemRepository::openItemsPerDay(const QDate &first, const QDate &last,
                                                       EndedCampaigns::Shown ended) const
{
    // Left to itself the planner walks the agenda index (due date first, so no sort for
    // the GROUP BY) and reads every row in the range for its status: 106 ms for the
    // calendar's seven weeks at a million items, most of the window's start. The
    // status index holds both columns: 6 ms, the small sort included.
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT due_date, count(*) FROM action_items INDEXED BY "
                                   "actions_by_status_due WHERE %1 AND due_date BETWEEN :first "
                                   "AND :last GROUP BY due_date")
                        .arg(openStatusCondition(ended)));
    query.bind(QStringLiteral(":first"), first.toString(Qt::ISODate))
        .bind(QStringLiteral(":last"), last.toString(Qt::ISODate))
        .exec();
    QMap<QDate, int> counts;
    while (query.next())
        counts.insert(QDate::fromString(query.text(0), Qt::ISODate), query.value(1).toInt());
    // Repeating items' coming occurrences are marked too.
    for (const ActionItem &item : openRepeatingItems(ended)) {
        if (!RecurrenceRule::isValid(item.recurrence) || !item.dueDate.isValid())
            continue;
        for (const QDate &day :
             RecurrenceRule::fromText(item.recurrence)
                 .occurrences(item.seriesStart, qMax(first, item.dueDate.addDays(1)), 100)) {
            if (day > last)
                break;
            ++counts[day];
        }
    }
    return counts;
}

QVector<ActionItem> ActionItemRepository::openRepeatingItems(EndedCampaigns::Shown ended) const
{
    // A range of the index actions_by_recurrence (schema step 9): the rule is never NULL,
    // so > '' is <> ''. Named, as the planner's statistics cannot tell that almost every
    // rule is '' and would walk a million rows by due date instead.
    return select(QStringLiteral("INDEXED BY actions_by_recurrence WHERE recurrence > '' AND %1 "
                                 "ORDER BY due_date, seq")
                      .arg(openStatusCondition(ended)),
                  {});
}

QStringList ActionItemRepository::owners() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT DISTINCT owner COLLATE NOCASE FROM action_items WHERE "
                                   "owner <> '' ORDER BY owner COLLATE NOCASE"));
    query.exec();
    QStringList result;
    while (query.next())
        result << query.text(0);
    return result;
}

ActionItem ActionItemRepository::setStatus(const QString &id, const QString &status)
{
    std::optional<ActionItem> item = get(id);
    if (!item)
        throw CoalitionError(QCoreApplication::translate("ActionItemRepository",
                                                         "The action item %1 no longer exists.")
                                 .arg(id));
    item->status = status;
    return update(*item);
}

void ActionItemRepository::setOccurrenceOutcome(const QString &id, const QDate &day,
                                                const QString &outcome)
{
    stampFields(EntityKind::ActionItem, id,
                {qMakePair(RecurrenceRule::occurrenceField(day), QVariant(outcome))});
    m_database.notifier().record({EntityKind::ActionItem,
                                  Change::Type::Updated,
                                  id,
                                  {RecurrenceRule::occurrenceField(day)}});
}

QVector<StampStore::FieldEntry> ActionItemRepository::occurrenceOutcomes(const QString &id) const
{
    QVector<StampStore::FieldEntry> outcomes;
    if (const StampStore *stamps = m_database.stamps()) {
        for (const StampStore::FieldEntry &entry :
             stamps->fieldsStartingWith(EntityKind::ActionItem, id, RecurrenceRule::fieldPrefix()))
            if (!entry.value.isEmpty())
                outcomes << entry;
    }
    return outcomes;
}

ActionItem ActionItemRepository::settleOccurrence(const QString &id, const QString &outcome)
{
    Transaction transaction(m_database);
    std::optional<ActionItem> item = get(id);
    if (!item || item->recurrence.isEmpty() || !item->dueDate.isValid())
        throw CoalitionError(
            QCoreApplication::translate("ActionItemRepository",
                                        "The action item %1 does not repeat (or no longer exists).")
                .arg(id));
    setOccurrenceOutcome(id, item->dueDate, outcome);
    QSet<QDate> settled;
    for (const StampStore::FieldEntry &entry : occurrenceOutcomes(id))
        settled.insert(RecurrenceRule::occurrenceDay(entry.field));
    const QDate next = RecurrenceRule::fromText(item->recurrence)
                           .nextOpen(item->seriesStart, item->seriesStart, settled);
    if (next.isValid()) {
        EventTimes::moveToDay(item->eventStart, item->eventEnd, item->allDay, next);
        item->dueDate = next;
    } else {
        item->status = ActionRules::doneStatus(); // the series has ended
    }
    const ActionItem updated = update(*item);
    transaction.commit();
    return updated;
}

const QVector<RecordMember<ActionItem>> &ActionItemRepository::members() const
{
    static const QVector<RecordMember<ActionItem>> members = {
        {QStringLiteral("title"), &ActionItem::title},
        {QStringLiteral("kind"), &ActionItem::kind},
        {QStringLiteral("campaign_id"), &ActionItem::campaignId},
        {QStringLiteral("organization_id"), &ActionItem::organizationId},
        {QStringLiteral("owner"), &ActionItem::owner},
        {QStringLiteral("due_date"), &ActionItem::dueDate},
        {QStringLiteral("event_start"), &ActionItem::eventStart},
        {QStringLiteral("event_end"), &ActionItem::eventEnd},
        {QStringLiteral("all_day"), &ActionItem::allDay},
        {QStringLiteral("recurrence"), &ActionItem::recurrence},
        {QStringLiteral("series_start"), &ActionItem::seriesStart},
        {QStringLiteral("location"), &ActionItem::location},
        {QStringLiteral("status"), &ActionItem::status},
        {QStringLiteral("priority"), &ActionItem::priority},
        {QStringLiteral("link"), &ActionItem::link},
        {QStringLiteral("notes"), &ActionItem::notes},
        {QStringLiteral("completed_at"), &ActionItem::completedAt},
    };
    return members;
}
