#include "model/reports/CampaignReportQuery.h"

#include "model/domain/ActionRules.h"
#include "model/domain/CoalitionError.h"
#include "model/domain/Vocabulary.h"
#include "model/records/CampaignRepository.h"
#include "model/reports/RecentChanges.h"
#include "model/storage/Database.h"
#include "model/storage/Statement.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// The open statuses, written out so SQLite plans with the constants (ActionRules').
QString openCondition(const QString &alias)
{
    QStringList quoted;
    for (const QString &status : ActionRules::openStatuses())
        quoted << QLatin1Char('\'') + status + QLatin1Char('\'');
    return QStringLiteral("%1status IN (%2)").arg(alias, quoted.join(QStringLiteral(", ")));
}

QDate localDay(const QString &instant)
{
    if (instant.isEmpty())
        return {};
    return QDateTime::fromString(instant, Qt::ISODateWithMs).toLocalTime().date();
}

void readCounts(Database &database, CampaignReport &report)
{
    Statement query(database.connection(),
                    QStringLiteral("SELECT status, count(*), sum(due_date <= :lastOverdue) FROM "
                                   "action_items WHERE campaign_id = :id GROUP BY status"));
    query.bind(QStringLiteral(":id"), report.campaign.id)
        .bind(QStringLiteral(":lastOverdue"),
              ActionRules::lastOverdueDay(report.today).toString(Qt::ISODate))
        .exec();
    while (query.next()) {
        const QString status = query.text(0);
        const int count = query.value(1).toInt();
        if (ActionRules::isOpen(status)) {
            report.openCount += count;
            report.overdueCount += query.value(2).toInt();
        } else if (ActionRules::isDone(status)) {
            report.doneCount += count;
        } else {
            report.cancelledCount += count;
        }
    }
}

void readBurnUp(Database &database, CampaignReport &report, const QDate &since)
{
    // An item done before it was entered (history typed in later) counts from the day
    // it was done; a done item without its completion time from its last change.
    Statement query(database.connection(),
                    QStringLiteral("SELECT created_at, status, coalesce(completed_at, "
                                   "updated_at) FROM action_items WHERE campaign_id = :id AND "
                                   "status <> 'cancelled'"));
    query.bind(QStringLiteral(":id"), report.campaign.id).exec();
    QVector<BurnUp::Item> items;
    while (query.next()) {
        BurnUp::Item item;
        item.added = localDay(query.text(0));
        if (ActionRules::isDone(query.text(1)))
            item.done = localDay(query.text(2));
        if (item.done.isValid() && (!item.added.isValid() || item.done < item.added))
            item.added = item.done;
        if (!item.added.isValid())
            item.added = report.today;
        items << item;
    }
    const QDate from = since.isValid() ? since : report.campaign.startDate;
    report.burnUp = BurnUp::weeks(items, from, report.today);
}

QVector<CampaignReport::Count> openCounts(Database &database, const CampaignReport &report,
                                          const QString &column)
{
    Statement query(database.connection(),
                    QStringLiteral("SELECT %1, count(*), sum(due_date <= :lastOverdue) FROM "
                                   "action_items WHERE campaign_id = :id AND %2 GROUP BY %1 "
                                   "ORDER BY count(*) DESC, %1 COLLATE NOCASE")
                        .arg(column, openCondition(QString())));
    query.bind(QStringLiteral(":id"), report.campaign.id)
        .bind(QStringLiteral(":lastOverdue"),
              ActionRules::lastOverdueDay(report.today).toString(Qt::ISODate))
        .exec();
    QVector<CampaignReport::Count> counts;
    while (query.next())
        counts.append({query.text(0), query.value(1).toInt(), query.value(2).toInt()});
    return counts;
}

// Every priority, urgent first, so the chart's bars stand in the same places for
// every campaign.
QVector<CampaignReport::Count> byPriority(const QVector<CampaignReport::Count> &found)
{
    QVector<CampaignReport::Count> ordered;
    const QStringList words = Vocabulary::priority().words();
    for (auto word = words.crbegin(); word != words.crend(); ++word) {
        CampaignReport::Count count{*word, 0, 0};
        for (const CampaignReport::Count &one : found) {
            if (one.name == *word)
                count = one;
        }
        ordered << count;
    }
    return ordered;
}

void readOpenItems(Database &database, CampaignReport &report)
{
    Statement query(database.connection(),
                    QStringLiteral("SELECT a.id, a.title, a.owner, a.status, a.priority, "
                                   "coalesce(o.name, ''), a.due_date, a.event_start, a.all_day "
                                   "FROM action_items a LEFT JOIN organizations o ON o.id = "
                                   "a.organization_id WHERE a.campaign_id = :id AND %1 ORDER BY "
                                   "a.due_date IS NULL, a.due_date, a.title COLLATE NOCASE, a.seq "
                                   "LIMIT %2")
                        .arg(openCondition(QStringLiteral("a.")))
                        .arg(CampaignReport::listLimit));
    query.bind(QStringLiteral(":id"), report.campaign.id).exec();
    while (query.next()) {
        CampaignReport::OpenItem item;
        item.id = query.text(0);
        item.title = query.text(1);
        item.owner = query.text(2);
        item.status = query.text(3);
        item.priority = query.text(4);
        item.organization = query.text(5);
        item.due = QDate::fromString(query.text(6), Qt::ISODate);
        if (!query.text(7).isEmpty())
            item.eventStart = QDateTime::fromString(query.text(7), Qt::ISODateWithMs);
        item.allDay = query.value(8).toInt() != 0;
        report.openItems << item;
    }
}

void readPartners(Database &database, CampaignReport &report)
{
    QStringList roleOrder;
    const QStringList roles = Vocabulary::partnerRole().words();
    for (int i = 0; i < roles.size(); ++i)
        roleOrder << QStringLiteral("WHEN '%1' THEN %2").arg(roles.at(i)).arg(i);
    Statement query(
        database.connection(),
        QStringLiteral("SELECT o.id, o.name, p.role, p.commitment, (SELECT count(*) FROM "
                       "action_items a WHERE a.organization_id = p.organization_id AND "
                       "a.campaign_id = p.campaign_id AND %1) FROM campaign_partners p JOIN "
                       "organizations o ON o.id = p.organization_id WHERE p.campaign_id = :id "
                       "ORDER BY CASE p.role %2 ELSE 99 END, o.name COLLATE NOCASE")
            .arg(openCondition(QStringLiteral("a.")), roleOrder.join(QLatin1Char(' '))));
    query.bind(QStringLiteral(":id"), report.campaign.id).exec();
    while (query.next())
        report.partners.append(
            {query.text(0), query.text(1), query.text(2), query.text(3), query.value(4).toInt()});
}

} // namespace

namespace CampaignReportQuery {

CampaignReport build(Database &database, const QString &campaignId, const QDate &today,
                     const QDate &since, int changesDays)
{
    const auto campaign = CampaignRepository(database).get(campaignId);
    if (!campaign)
        throw CoalitionError(
            QCoreApplication::translate("CampaignReport", "There is no campaign with id %1.")
                .arg(campaignId));
    CampaignReport report;
    report.campaign = *campaign;
    report.today = today;
    report.changesSince = since.isValid() ? since : today.addDays(1 - changesDays);
    readCounts(database, report);
    readBurnUp(database, report, since);
    report.openByOwner = openCounts(database, report, QStringLiteral("owner"));
    report.openByPriority = byPriority(openCounts(database, report, QStringLiteral("priority")));
    readOpenItems(database, report);
    readPartners(database, report);
    report.changes = RecentChanges::forCampaign(database, campaignId, report.changesSince,
                                                CampaignReport::listLimit);
    return report;
}

} // namespace CampaignReportQuery
