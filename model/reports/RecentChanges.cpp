#include "model/reports/RecentChanges.h"

#include "model/storage/Database.h"
#include "model/storage/Statement.h"

#include <QHash>
#include <algorithm>

namespace {

// An occurrence's outcome is stamped as "occurrence:YYYY-MM-DD"; the report names them
// all "occurrence" (the day is in the item's own history).
QString fieldName(const QString &stamped)
{
    const int colon = stamped.indexOf(QLatin1Char(':'));
    return colon < 0 ? stamped : stamped.left(colon);
}

} // namespace

namespace RecentChanges {

QString recentSince(const QDate &since)
{
    return QDateTime(since.addDays(-1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QVector<CampaignReport::Change> forCampaign(Database &database, const QString &campaignId,
                                            const QVector<qint64> &recentItems, const QDate &since,
                                            int limit)
{
    const qint64 sinceWall = QDateTime(since, QTime(0, 0)).toMSecsSinceEpoch();
    // The campaign and its partnerships: each part walks the stamps' primary key
    // (entity, record_id, field) for records changed lately.
    Statement campaignStamps(
        database.connection(),
        QStringLiteral(
            "SELECT 'campaigns', c.id, c.name, s.field, s.wall, s.author FROM campaigns c JOIN "
            "field_stamps s ON s.entity = 'campaigns' AND s.record_id = c.id WHERE c.id = "
            ":campaign AND c.updated_at >= :recent AND s.wall >= :since "
            "UNION ALL SELECT 'campaign_partners', p.id, o.name, s.field, s.wall, s.author FROM "
            "campaign_partners p JOIN organizations o ON o.id = p.organization_id JOIN "
            "field_stamps s ON s.entity = 'campaign_partners' AND s.record_id = p.id WHERE "
            "p.campaign_id = :campaign AND p.updated_at >= :recent AND s.wall >= :since"));
    campaignStamps.bind(QStringLiteral(":campaign"), campaignId)
        .bind(QStringLiteral(":since"), sinceWall)
        .bind(QStringLiteral(":recent"), recentSince(since))
        .exec();
    // The action items the caller found changed lately, one primary-key range each.
    Statement itemStamps(database.connection(),
                         QStringLiteral("SELECT 'action_items', a.id, a.title, s.field, s.wall, "
                                        "s.author FROM action_items a JOIN field_stamps s ON "
                                        "s.entity = 'action_items' AND s.record_id = a.id WHERE "
                                        "a.seq = :seq AND s.wall >= :since"));

    QVector<CampaignReport::Change> changes;
    QHash<QString, int> lineOf; // record id + author → index in changes
    const auto read = [&](Statement &query) {
        while (query.next()) {
            const QString field = fieldName(query.text(3));
            if (field.startsWith(QLatin1Char('_')))
                continue; // the tombstone of a record since brought back
            const QString key = query.text(1) + QLatin1Char('\n') + query.text(5);
            auto found = lineOf.constFind(key);
            if (found == lineOf.cend()) {
                CampaignReport::Change change;
                change.kind = entityKindOfTable(query.text(0)).value_or(EntityKind::ActionItem);
                change.recordId = query.text(1);
                change.recordName = query.text(2);
                change.author = query.text(5);
                found = lineOf.insert(key, int(changes.size()));
                changes << change;
            }
            CampaignReport::Change &change = changes[*found];
            const QDateTime at =
                QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
            if (!change.at.isValid() || at > change.at)
                change.at = at;
            if (!change.fields.contains(field))
                change.fields << field;
        }
    };
    read(campaignStamps);
    for (const qint64 seq : recentItems) {
        itemStamps.bind(QStringLiteral(":seq"), seq)
            .bind(QStringLiteral(":since"), sinceWall)
            .exec();
        read(itemStamps);
    }
    std::sort(changes.begin(), changes.end(),
              [](const CampaignReport::Change &a, const CampaignReport::Change &b) {
                  return a.at != b.at ? a.at > b.at : a.recordName < b.recordName;
              });
    if (changes.size() > limit)
        changes.resize(limit);
    return changes;
}

} // namespace RecentChanges
