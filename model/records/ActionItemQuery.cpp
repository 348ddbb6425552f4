#include "model/records/ActionItemQuery.h"

#include "model/records/EndedCampaigns.h"
#include "model/storage/FtsQuery.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"

#include <algorithm>

ActionItemQuery::ActionItemQuery(const ActionItemFilter &filter, const QString &alias,
                                 TextStrategy strategy)
{
    const QString a = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    if (!filter.campaignId.isEmpty())
        add(a + QStringLiteral("campaign_id = :f_campaign"), QStringLiteral(":f_campaign"),
            filter.campaignId);
    else if (!filter.endedCampaigns)
        m_conditions << EndedCampaigns::itemInCurrentCampaign(alias);
    if (!filter.organizationId.isEmpty())
        add(a + QStringLiteral("organization_id = :f_organization"),
            QStringLiteral(":f_organization"), filter.organizationId);
    if (!filter.owner.isEmpty())
        add(a + QStringLiteral("owner = :f_owner COLLATE NOCASE"), QStringLiteral(":f_owner"),
            filter.owner);
    if (!filter.statuses.isEmpty()) {
        QStringList placeholders;
        for (int i = 0; i < filter.statuses.size(); ++i) {
            placeholders << QStringLiteral(":f_status%1").arg(i);
            m_values << qMakePair(placeholders.last(), QVariant(filter.statuses[i]));
        }
        m_conditions
            << a + QStringLiteral("status IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
        // The same, said of the status rank: lets a list sorted by status read only the
        // wanted statuses' part of the index instead of skipping over the others.
        QStringList ranks;
        for (int i = 0; i < filter.statuses.size(); ++i) {
            ranks << QStringLiteral(":f_rank%1").arg(i);
            m_values << qMakePair(ranks.last(), QVariant(Schema::statusRankOf(filter.statuses[i])));
        }
        m_conditions << QStringLiteral("%1 IN (%2)")
                            .arg(Schema::statusRank(alias), ranks.join(QStringLiteral(", ")));
    }
    if (filter.dueFrom.isValid() || filter.dueTo.isValid()) {
        QStringList range;
        if (filter.dueFrom.isValid()) {
            range << a + QStringLiteral("due_date >= :f_due_from");
            m_values << qMakePair(QStringLiteral(":f_due_from"),
                                  QVariant(filter.dueFrom.toString(Qt::ISODate)));
        }
        if (filter.dueTo.isValid()) {
            range << a + QStringLiteral("due_date <= :f_due_to");
            m_values << qMakePair(QStringLiteral(":f_due_to"),
                                  QVariant(filter.dueTo.toString(Qt::ISODate)));
        }
        QString condition =
            QLatin1Char('(') + range.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        if (filter.withoutDueDate)
            condition = QStringLiteral("(%1 OR %2due_date IS NULL)").arg(condition, a);
        m_conditions << condition;
    }
    const QString match = FtsQuery::fromUserText(filter.text);
    if (match.isEmpty())
        return;
    const QString inMatches =
        QStringLiteral("seq IN (SELECT rowid FROM action_items_fts WHERE action_items_fts MATCH "
                       ":f_text)");
    switch (strategy) {
    case TextStrategy::CollectMatches:
        add(a + inMatches, QStringLiteral(":f_text"), match);
        break;
    case TextStrategy::CheckMatchList:
        // The unary + keeps SQLite from driving the scan by the match list: it walks the
        // sort order's index and looks each row up in the matches, gathered once into a
        // temporary index.
        add(QLatin1Char('+') + a + inMatches, QStringLiteral(":f_text"), match);
        break;
    case TextStrategy::CheckEachRow:
        // One search per row, cheap while the prefix is one of the index's (Schema
        // version 4) and the index is merged (SearchIndex::optimize); without those it
        // took 2 ms a row, minutes for one typed letter over 100,000 items.
        add(QStringLiteral("EXISTS (SELECT 1 FROM action_items_fts WHERE action_items_fts MATCH "
                           ":f_text AND rowid = %1seq)")
                .arg(a),
            QStringLiteral(":f_text"), match);
        break;
    case TextStrategy::JoinMatches:
        add(QStringLiteral("f.action_items_fts MATCH :f_text"), QStringLiteral(":f_text"), match);
        break;
    }
}

ActionItemQuery::TextStrategy ActionItemQuery::textStrategyFor(const QSqlDatabase &db,
                                                               const QString &text)
{
    const QString match = FtsQuery::fromUserText(text);
    if (match.isEmpty())
        return TextStrategy::CollectMatches;
    // Sorting the matches costs about 2 us each, gathering them into a temporary index
    // 0.1 us, and a search per row walked about 6 us; a page is 128 rows, so the row by
    // row check pays once the words match one item in twenty or more.
    const int items =
        Statement(db, QStringLiteral("SELECT max(seq) FROM action_items")).scalar().toInt();
    const int many = qMax(fewMatches, items / 20);
    Statement count(db, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM action_items_fts "
                                       "WHERE action_items_fts MATCH :match LIMIT :limit)"));
    count.bind(QStringLiteral(":match"), match).bind(QStringLiteral(":limit"), many);
    const int matches = count.scalar().toInt();
    if (matches < fewMatches)
        return TextStrategy::CollectMatches;
    // A search per row is cheap only for prefixes the index holds (one to three
    // characters, Schema version 4). A longer prefix ("flye") makes SQLite merge the
    // lists of every word it starts afresh for each row: seconds per keystroke.
    const QStringList words = FtsQuery::searchableWords(text);
    const bool prefixesIndexed = std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
        return word.toUtf8().size() <= longestIndexedPrefix;
    });
    return matches >= many && prefixesIndexed ? TextStrategy::CheckEachRow
                                              : TextStrategy::CheckMatchList;
}

QString ActionItemQuery::matchesJoin(const QString &alias)
{
    return QStringLiteral("action_items_fts f CROSS JOIN action_items %1 ON %1.seq = f.rowid")
        .arg(alias);
}

QString ActionItemQuery::whereClause() const
{
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral("WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

void ActionItemQuery::add(const QString &condition, const QString &placeholder,
                          const QVariant &value)
{
    m_conditions << condition;
    m_values << qMakePair(placeholder, value);
}
