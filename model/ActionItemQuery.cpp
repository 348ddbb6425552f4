#include "ActionItemQuery.h"

#include "FtsQuery.h"
#include "Schema.h"
#include "Statement.h"

ActionItemQuery::ActionItemQuery(const ActionItemFilter &filter, const QString &alias,
                                 TextStrategy strategy)
{
    const QString a = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    if (!filter.campaignId.isEmpty())
        add(a + QStringLiteral("campaign_id = :f_campaign"), QStringLiteral(":f_campaign"),
            filter.campaignId);
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
    // The unary + keeps SQLite from driving the scan by the match list: it walks the
    // sort order's index and looks each row up in the matches, gathered once into a
    // temporary index. (A correlated EXISTS per row ran the prefix query again for every
    // row: 2 ms a row, minutes for one typed letter over 100,000 items.)
    if (strategy == TextStrategy::CheckEachRow)
        add(QStringLiteral("+%1seq IN (SELECT rowid FROM action_items_fts WHERE "
                           "action_items_fts MATCH :f_text)")
                .arg(a),
            QStringLiteral(":f_text"), match);
    else
        add(a + QStringLiteral("seq IN (SELECT rowid FROM action_items_fts WHERE action_items_fts "
                               "MATCH :f_text)"),
            QStringLiteral(":f_text"), match);
}

bool ActionItemQuery::matchesMany(const QSqlDatabase &db, const QString &text)
{
    const QString match = FtsQuery::fromUserText(text);
    if (match.isEmpty())
        return false;
    Statement count(db, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM action_items_fts "
                                       "WHERE action_items_fts MATCH :match LIMIT :limit)"));
    count.bind(QStringLiteral(":match"), match).bind(QStringLiteral(":limit"), manyMatches);
    return count.scalar().toInt() >= manyMatches;
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
