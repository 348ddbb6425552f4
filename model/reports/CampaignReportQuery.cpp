#include "model/reports/CampaignReportQuery.h"

#include "model/domain/ActionRules.h"
#include "model/domain/CoalitionError.h"
#include "model/domain/LocalDays.h"
#include "model/domain/Vocabulary.h"
#include "model/records/CampaignRepository.h"
#include "model/reports/RecentChanges.h"
#include "model/storage/Database.h"
#include "model/storage/SqliteRows.h"
#include "model/storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace {

// The open statuses, written out so SQLite plans with the constants (ActionRules').
QString openCondition(const QString &alias)
{
    QStringList quoted;
    for (const QString &status : ActionRules::openStatuses())
        quoted << QLatin1Char('\'') + status + QLatin1Char('\'');
    return QStringLiteral("%1status IN (%2)").arg(alias, quoted.join(QStringLiteral(", ")));
}

// Every priority, urgent first, so the chart's bars stand in the same places for every
// campaign; owners with most open items first.
void order(CampaignReport &report)
{
    QVector<CampaignReport::Count> priorities;
    const QStringList words = Vocabulary::priority().words();
    for (auto word = words.crbegin(); word != words.crend(); ++word) {
        CampaignReport::Count count{*word, 0, 0};
        for (const CampaignReport::Count &one : std::as_const(report.openByPriority)) {
            if (one.name == *word)
                count = one;
        }
        priorities << count;
    }
    report.openByPriority = priorities;
    std::sort(report.openByOwner.begin(), report.openByOwner.end(),
              [](const CampaignReport::Count &a, const CampaignReport::Count &b) {
                  return a.open != b.open ? a.open > b.open
                                          : a.name.compare(b.name, Qt::CaseInsensitive) < 0;
              });
}

// One pass over the campaign's items, read from the index actions_by_campaign_report alone
// (schema step 9; seq is the rowid every index entry holds): the counts, the open work by
// owner and by priority, the burn-up, the open items to list and the items changed
// lately all come from it. Grouping in SQL was slower (a sort of every entry by six keys)
// than counting here.
// What the pass keeps of an open item to choose the first listLimit by due date: the
// rest is read only for the few that may be listed.
// A cell as a key to look up, without copying its bytes (valid until the next row; what
// a hash keeps is copied with toByteArray()).
QByteArray lookupKey(QByteArrayView cell)
{
    return QByteArray::fromRawData(cell.data(), cell.size());
}

struct OpenCandidate
{
    QDate due;
    qint64 seq = 0;
};

void readItems(Database &database, CampaignReport &report, const QDate &since,
               QVector<OpenCandidate> &open, QVector<qint64> &recentlyChanged)
{
    // An item done before it was entered (history typed in later) counts from the day it
    // was done; a done item without its completion time from its last change. The local
    // day of a time is LocalDays' (SQLite's date(…, 'localtime') took two thirds of the
    // pass). Cells are read as SQLite's bytes (SqliteRows): the few distinct words are
    // turned into strings once each, not once per item.
    SqliteRows rows(database.connection(),
                    QStringLiteral("SELECT status, owner, priority, coalesce(due_date <= "
                                   ":lastOverdue, 0), created_at, CASE WHEN status = 'done' "
                                   "THEN coalesce(completed_at, updated_at) END, seq, "
                                   "due_date, updated_at >= :recent FROM action_items INDEXED BY "
                                   "actions_by_campaign_report WHERE campaign_id = :id"));
    rows.bind(QStringLiteral(":id"), report.campaign.id);
    rows.bind(QStringLiteral(":recent"), RecentChanges::recentSince(report.changesSince));
    rows.bind(QStringLiteral(":lastOverdue"),
              ActionRules::lastOverdueDay(report.today).toString(Qt::ISODate));
    LocalDays localDays;
    enum class Kind
    {
        Open,
        Done,
        Cancelled
    };
    QHash<QByteArray, Kind> kinds;
    const auto kindOf = [&kinds](QByteArrayView status) {
        auto found = kinds.constFind(lookupKey(status));
        if (found == kinds.cend()) {
            const QString word = QString::fromUtf8(status);
            found =
                kinds.insert(status.toByteArray(), ActionRules::isOpen(word)   ? Kind::Open
                                                   : ActionRules::isDone(word) ? Kind::Done
                                                                               : Kind::Cancelled);
        }
        return *found;
    };
    QHash<QByteArray, CampaignReport::Count> owners, priorities;
    const auto countOpen = [](QHash<QByteArray, CampaignReport::Count> &counts, QByteArrayView name,
                              int late) {
        auto found = counts.find(lookupKey(name));
        if (found == counts.end())
            found = counts.insert(name.toByteArray(), {});
        CampaignReport::Count &count = *found;
        ++count.open;
        count.overdue += late;
    };
    QVector<BurnUp::Item> items;
    items.reserve(4096);
    while (rows.next()) {
        const Kind kind = kindOf(rows.cell(0));
        if (rows.integer(8) != 0)
            recentlyChanged << rows.integer(6);
        if (kind == Kind::Open) {
            open.append({LocalDays::calendarDay(rows.cell(7)), rows.integer(6)});
            const int late = rows.integer(3) != 0 ? 1 : 0;
            ++report.openCount;
            report.overdueCount += late;
            countOpen(owners, rows.cell(1), late);
            countOpen(priorities, rows.cell(2), late);
        } else if (kind == Kind::Done) {
            ++report.doneCount;
        } else {
            ++report.cancelledCount;
            continue; // out of the campaign's scope
        }
        BurnUp::Item item;
        item.added = localDays.dayOf(rows.cell(4));
        if (kind == Kind::Done)
            item.done = localDays.dayOf(rows.cell(5));
        if (!item.added.isValid() || (item.done.isValid() && item.done < item.added))
            item.added = item.done.isValid() ? item.done : report.today;
        items << item;
    }
    for (auto [counts, into] : {std::pair{&owners, &report.openByOwner},
                                std::pair{&priorities, &report.openByPriority}}) {
        for (auto count = counts->begin(); count != counts->end(); ++count) {
            count->name = QString::fromUtf8(count.key());
            into->append(*count);
        }
    }
    order(report);
    const QDate from = since.isValid() ? since : report.campaign.startDate;
    report.burnUp = BurnUp::weeks(items, from, report.today);
}

// The first listLimit open items by due date (undated last), then title. The cut is
// made on the dates the index gave; items are read (by rowid) only before it and on the
// day it falls on, whose order the title decides.
void readOpenItems(Database &database, CampaignReport &report, QVector<OpenCandidate> &open)
{
    const auto byDay = [](const OpenCandidate &a, const OpenCandidate &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    };
    std::sort(open.begin(), open.end(), byDay);
    const int limit = CampaignReport::listLimit;
    int end = int(qMin<qsizetype>(open.size(), limit));
    while (end > 0 && end < open.size() && !byDay(open.at(end - 1), open.at(end)))
        ++end; // the cut's day, whole
    SqliteRows query(database.connection(),
                     QStringLiteral("SELECT a.id, a.title, a.owner, a.status, a.priority, "
                                    "coalesce(o.name, ''), a.event_start, a.all_day FROM "
                                    "action_items a LEFT JOIN organizations o ON o.id = "
                                    "a.organization_id WHERE a.seq = :seq"));
    const auto text = [&query](int column) {
        return QString::fromUtf8(query.cell(column));
    };
    QVector<std::pair<qint64, CampaignReport::OpenItem>> items;
    items.reserve(end);
    for (int i = 0; i < end; ++i) {
        query.bind(QStringLiteral(":seq"), open.at(i).seq);
        if (query.next()) {
            CampaignReport::OpenItem item;
            item.id = text(0);
            item.due = open.at(i).due;
            item.title = text(1);
            item.owner = text(2);
            item.status = text(3);
            item.priority = text(4);
            item.organization = text(5);
            if (!query.isNull(6))
                item.eventStart = QDateTime::fromString(text(6), Qt::ISODateWithMs);
            item.allDay = query.integer(7) != 0;
            items.append({open.at(i).seq, item});
        }
        query.reset();
    }
    // Already by day: the title, then the order of entry, decide within a day.
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        const CampaignReport::OpenItem &x = a.second, &y = b.second;
        if (x.due.isValid() != y.due.isValid() || x.due != y.due)
            return x.due.isValid() && (!y.due.isValid() || x.due < y.due);
        const int titles = x.title.compare(y.title, Qt::CaseInsensitive);
        return titles != 0 ? titles < 0 : a.first < b.first;
    });
    for (int i = 0; i < qMin<qsizetype>(items.size(), limit); ++i)
        report.openItems << items.at(i).second;
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
    QVector<OpenCandidate> open;
    QVector<qint64> recentlyChanged;
    readItems(database, report, since, open, recentlyChanged);
    readOpenItems(database, report, open);
    readPartners(database, report);
    report.changes = RecentChanges::forCampaign(database, campaignId, recentlyChanged,
                                                report.changesSince, CampaignReport::listLimit);
    return report;
}

} // namespace CampaignReportQuery
