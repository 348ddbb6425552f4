#include "model/feed/ConflictLog.h"

#include "model/domain/Change.h"
#include "model/domain/Clock.h"
#include "model/domain/CoalitionError.h"
#include "model/storage/Database.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/Transaction.h"
#include "model/storage/schema/Schema.h"

#include <QCoreApplication>

ConflictLog::ConflictLog(Database &database) : m_database(database) {}

bool ConflictLog::recordExists(const QString &table, const QString &id) const
{
    return Statement(m_database.connection(),
                     QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table))
        .bind(QStringLiteral(":id"), id)
        .scalar()
        .isValid();
}

QVector<ConflictLog::Entry> ConflictLog::conflicts() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT id, entity, record_id, field, kept_value, kept_author, "
                                   "lost_value, lost_author, detected_at, resolved, kept_stamp, "
                                   "lost_stamp FROM sync_conflicts ORDER BY resolved, "
                                   "detected_at DESC, id"));
    query.exec();
    QVector<Entry> entries;
    auto optional = [&query](int column) {
        return query.value(column).isNull() ? std::optional<QString>() : query.text(column);
    };
    // A stamp reads "wall.counter.device".
    auto device = [&query](int column) {
        return query.text(column).section(QLatin1Char('.'), 2);
    };
    while (query.next())
        entries.append({query.text(0), query.text(1), query.text(2), query.text(3), QString(),
                        optional(4), query.text(5), device(10), optional(6), query.text(7),
                        device(11), query.text(8), query.text(9) == QLatin1String("1")});
    for (Entry &entry : entries) {
        // Table names come from our own list, never from the feed's text.
        if (!entityKindOfTable(entry.entity))
            continue;
        const QString name =
            entry.entity == QLatin1String("campaign_partners")
                ? QStringLiteral("(SELECT o.name || ' · ' || c.name FROM organizations o, "
                                 "campaigns c WHERE o.id = t.organization_id AND c.id = "
                                 "t.campaign_id)")
            : entry.entity == QLatin1String("action_items") ? QStringLiteral("t.title")
                                                            : QStringLiteral("t.name");
        entry.recordName =
            Statement(
                m_database.connection(),
                QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = :id").arg(name, entry.entity))
                .bind(QStringLiteral(":id"), entry.recordId)
                .scalar()
                .toString();
    }
    return entries;
}

void ConflictLog::keepOtherValue(const QString &conflictId)
{
    Entry conflict;
    for (const Entry &entry : conflicts()) {
        if (entry.id == conflictId)
            conflict = entry;
    }
    const std::optional<EntityKind> kind = entityKindOfTable(conflict.entity);
    // Table and field come from our own lists, never from the feed's text.
    if (!kind ||
        !Schema::syncedFields(conflict.entity, m_database.catalogue()).contains(conflict.field) ||
        !recordExists(conflict.entity, conflict.recordId))
        throw CoalitionError(
            QCoreApplication::translate("SyncStore", "This conflict cannot be undone here."));
    Transaction transaction(m_database);
    const Stamp stamp = m_database.stamps()->next();
    const QVariant value = conflict.lostValue ? QVariant(*conflict.lostValue) : QVariant();
    Statement(m_database.connection(),
              QStringLiteral(
                  "UPDATE %1 SET %2 = :value, updated_at = :at, updated_by = :by WHERE id = :id")
                  .arg(conflict.entity, conflict.field))
        .bind(QStringLiteral(":value"), value)
        .bind(QStringLiteral(":at"), m_database.clock().nowIsoUtc())
        .bind(QStringLiteral(":by"), m_database.author())
        .bind(QStringLiteral(":id"), conflict.recordId)
        .exec();
    m_database.stamps()->record(*kind, conflict.recordId, {qMakePair(conflict.field, value)}, stamp,
                                m_database.author());
    m_database.notifier().record(
        {*kind, Change::Type::Updated, conflict.recordId, {conflict.field}});
    dismiss(conflictId);
    transaction.commit();
}

void ConflictLog::dismiss(const QString &conflictId)
{
    Transaction transaction(m_database);
    Statement(m_database.connection(),
              QStringLiteral("UPDATE sync_conflicts SET resolved = '1' WHERE id = :id"))
        .bind(QStringLiteral(":id"), conflictId)
        .exec();
    m_database.stamps()->record(
        QStringLiteral("sync_conflicts"), conflictId,
        {qMakePair(QStringLiteral("resolved"), QVariant(QStringLiteral("1")))},
        m_database.stamps()->next(), m_database.author());
    transaction.commit();
}
