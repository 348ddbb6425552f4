#include "model/feed/SyncStore.h"

#include "model/domain/Change.h"
#include "model/domain/Clock.h"
#include "model/domain/CoalitionError.h"
#include "model/domain/StringPool.h"
#include "model/storage/Database.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/StorageError.h"
#include "model/storage/Transaction.h"
#include "model/storage/schema/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<EntityKind> kindOf(const QString &table)
{
    for (EntityKind kind : {EntityKind::Organization, EntityKind::Contact, EntityKind::Campaign,
                            EntityKind::CampaignPartner, EntityKind::ActionItem}) {
        if (tableName(kind) == table)
            return kind;
    }
    return std::nullopt;
}

// Whether any value differs (a newer stamp on the same value is not a change to report).
bool valuesDiffer(const FeedRecord &a, const FeedRecord &b)
{
    for (auto it = b.fields.cbegin(); it != b.fields.cend(); ++it) {
        if (a.fields.value(it.key()).value != it->value)
            return true;
    }
    return false;
}

} // namespace

SyncStore::Summary::Counts SyncStore::Summary::total() const
{
    Counts sum;
    for (const auto &authorsOfEntity : byEntity) {
        for (const Counts &counts : authorsOfEntity) {
            sum.added += counts.added;
            sum.changed += counts.changed;
            sum.deleted += counts.deleted;
            sum.conflicts += counts.conflicts;
        }
    }
    return sum;
}

QString SyncStore::Summary::describe() const
{
    const Counts sum = total();
    QString text = QCoreApplication::translate("SyncStore", "%1 added, %2 changed, %3 deleted")
                       .arg(sum.added)
                       .arg(sum.changed)
                       .arg(sum.deleted);
    if (sum.conflicts > 0)
        text +=
            QCoreApplication::translate("SyncStore", ", %n conflict(s)", nullptr, sum.conflicts);
    if (!authors.isEmpty())
        text += QCoreApplication::translate("SyncStore", " — changes by %1")
                    .arg(authors.join(QStringLiteral(", ")));
    for (const QString &note : notes)
        text += QStringLiteral(". ") + note;
    return text;
}

QStringList SyncStore::Summary::describeByEntity() const
{
    QStringList lines;
    for (auto entity = byEntity.cbegin(); entity != byEntity.cend(); ++entity) {
        QStringList parts;
        auto add = [&](int Counts::*count, const char *one, const char *many) {
            for (auto author = entity->cbegin(); author != entity->cend(); ++author) {
                const int n = (*author).*count;
                if (n == 0)
                    continue;
                const QString who = author.key().isEmpty()
                                        ? QCoreApplication::translate("SyncStore", "someone")
                                        : author.key();
                parts << QCoreApplication::translate("SyncStore", n == 1 ? one : many)
                             .arg(n)
                             .arg(who);
            }
        };
        add(&Counts::added, QT_TRANSLATE_NOOP("SyncStore", "%1 added by %2"),
            QT_TRANSLATE_NOOP("SyncStore", "%1 added by %2"));
        add(&Counts::changed, QT_TRANSLATE_NOOP("SyncStore", "%1 changed by %2"),
            QT_TRANSLATE_NOOP("SyncStore", "%1 changed by %2"));
        add(&Counts::deleted, QT_TRANSLATE_NOOP("SyncStore", "%1 deleted by %2"),
            QT_TRANSLATE_NOOP("SyncStore", "%1 deleted by %2"));
        add(&Counts::conflicts,
            QT_TRANSLATE_NOOP("SyncStore", "%1 conflict, an edit by %2 set aside"),
            QT_TRANSLATE_NOOP("SyncStore", "%1 conflicts, edits by %2 set aside"));
        // The entity in the reader's language; one this version does not know by name.
        static const QHash<QString, const char *> labels = {
            {QStringLiteral("organizations"), QT_TRANSLATE_NOOP("SyncStore", "organizations")},
            {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("SyncStore", "contacts")},
            {QStringLiteral("campaigns"), QT_TRANSLATE_NOOP("SyncStore", "campaigns")},
            {QStringLiteral("campaign_partners"),
             QT_TRANSLATE_NOOP("SyncStore", "campaign partners")},
            {QStringLiteral("action_items"), QT_TRANSLATE_NOOP("SyncStore", "action items")},
        };
        const char *label = labels.value(entity.key());
        const QString name =
            label ? QCoreApplication::translate("SyncStore", label)
                  : QString(entity.key()).replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!parts.isEmpty())
            lines << name + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    }
    return lines;
}

FeedState SyncStore::localState() const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT entity, record_id, field, wall, counter, device, author, "
                       "value FROM field_stamps"));
    query.exec();
    FeedState state;
    StringPool pool;
    while (query.next()) {
        FieldValue field;
        if (!query.value(7).isNull())
            field.value = query.text(7);
        field.stamp = {query.value(3).toLongLong(), query.value(4).toUInt(),
                       pool.shared(query.text(5))};
        field.author = pool.shared(query.text(6));
        state[{pool.shared(query.text(0)), query.text(1)}].fields.insert(pool.shared(query.text(2)),
                                                                         field);
    }
    return state;
}

SyncStore::LastSync SyncStore::lastSync(const QString &feed) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT last_wall, last_counter, last_device FROM sync_state "
                                   "WHERE feed = :feed"));
    query.bind(QStringLiteral(":feed"), feed).exec();
    if (!query.next())
        return {};
    return {true, {query.value(0).toLongLong(), query.value(1).toUInt(), query.text(2)}};
}

void SyncStore::recordSync(const QString &feed, const QByteArray &checksum, const Stamp &stamp,
                           const Summary &summary)
{
    const QString now = m_database.clock().nowIsoUtc();
    Statement(m_database.connection(),
              QStringLiteral("INSERT INTO sync_state (feed, checksum, synced_at, last_wall, "
                             "last_counter, last_device) VALUES (:feed, :checksum, :at, :wall, "
                             ":counter, :device) ON CONFLICT (feed) DO UPDATE SET checksum = "
                             "excluded.checksum, synced_at = excluded.synced_at, last_wall = "
                             "excluded.last_wall, last_counter = excluded.last_counter, "
                             "last_device = excluded.last_device"))
        .bind(QStringLiteral(":feed"), feed)
        .bind(QStringLiteral(":checksum"), QString::fromLatin1(checksum))
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":wall"), stamp.wall)
        .bind(QStringLiteral(":counter"), stamp.counter)
        .bind(QStringLiteral(":device"), stamp.device)
        .exec();
    Statement(m_database.connection(),
              QStringLiteral("INSERT INTO sync_log (at, feed, ok, summary) VALUES (:at, :feed, 1, "
                             ":summary)"))
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":feed"), feed)
        .bind(QStringLiteral(":summary"), summary.describe())
        .exec();
}

QVector<SyncStore::LogEntry> SyncStore::log(int limit) const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT at, feed, summary FROM sync_log ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":limit"), limit).exec();
    QVector<LogEntry> entries;
    while (query.next())
        entries.append({query.text(0), query.text(1), query.text(2)});
    return entries;
}

QVector<SyncStore::ConflictEntry> SyncStore::conflicts() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT id, entity, record_id, field, kept_value, kept_author, "
                                   "lost_value, lost_author, detected_at, resolved FROM "
                                   "sync_conflicts ORDER BY resolved, detected_at DESC, id"));
    query.exec();
    QVector<ConflictEntry> entries;
    auto optional = [&query](int column) {
        return query.value(column).isNull() ? std::optional<QString>() : query.text(column);
    };
    while (query.next())
        entries.append({query.text(0), query.text(1), query.text(2), query.text(3), QString(),
                        optional(4), query.text(5), optional(6), query.text(7), query.text(8),
                        query.text(9) == QLatin1String("1")});
    for (ConflictEntry &entry : entries) {
        // Table names come from our own list, never from the feed's text.
        if (!kindOf(entry.entity) || entry.entity == QLatin1String("campaign_partners"))
            continue;
        const QString column = entry.entity == QLatin1String("action_items")
                                   ? QStringLiteral("title")
                                   : QStringLiteral("name");
        entry.recordName =
            Statement(m_database.connection(),
                      QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(column, entry.entity))
                .bind(QStringLiteral(":id"), entry.recordId)
                .scalar()
                .toString();
    }
    return entries;
}

void SyncStore::keepOtherValue(const QString &conflictId)
{
    ConflictEntry conflict;
    for (const ConflictEntry &entry : conflicts()) {
        if (entry.id == conflictId)
            conflict = entry;
    }
    const std::optional<EntityKind> kind = kindOf(conflict.entity);
    // Table and field come from our own lists, never from the feed's text.
    if (!kind || !Schema::syncedFields(conflict.entity).contains(conflict.field) ||
        !exists(conflict.entity, conflict.recordId))
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

void SyncStore::dismiss(const QString &conflictId)
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

QPair<int, int> SyncStore::deletions(const FeedState &local, const FeedState &merged) const
{
    int visible = 0;
    int deleted = 0;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        if (it->isDeleted())
            continue;
        ++visible;
        if (merged.value(it.key()).isDeleted())
            ++deleted;
    }
    return {deleted, visible};
}

SyncStore::Summary SyncStore::apply(const FeedState &local, const FeedMerge::Result &merged)
{
    Summary summary;
    // References are checked when the transaction commits, so the order records arrive
    // in does not matter; references to records that are gone are shown as none.
    Statement(m_database.connection(), QStringLiteral("PRAGMA defer_foreign_keys = ON")).exec();
    QStringList authors;
    static const FeedRecord none;
    for (const QString &table : Schema::syncedTables()) {
        // The state is ordered by entity: this table's records are one run of it.
        for (auto it = merged.state.lowerBound({table, QString()});
             it != merged.state.cend() && it.key().first == table; ++it) {
            const auto found = local.constFind(it.key());
            const FeedRecord &before = found == local.cend() ? none : *found;
            if (before == *it)
                continue;
            writeStamps(it.key(), *it, before);
            const bool wasVisible = !before.fields.isEmpty() && !before.isDeleted();
            const bool visible = !it->isDeleted();
            materialize(it.key(), *it);
            const std::optional<EntityKind> kind = kindOf(table);
            if (!kind)
                continue; // the conflicts list, not a record
            // The author of the record's latest change, the delete's for a delete.
            const FieldValue *latest = nullptr;
            for (auto field = it->fields.cbegin(); field != it->fields.cend(); ++field) {
                if (before.fields.value(field.key()) != *field &&
                    (!latest || latest->stamp < field->stamp))
                    latest = &*field;
            }
            SyncStore::Summary::Counts &counts =
                summary.byEntity[table][latest ? latest->author : QString()];
            if (wasVisible && !visible) {
                ++counts.deleted;
                m_database.notifier().record({*kind, Change::Type::Deleted, it.key().second, {}});
            } else if (!wasVisible && visible) {
                ++counts.added;
                m_database.notifier().record({*kind, Change::Type::Created, it.key().second, {}});
            } else if (visible && valuesDiffer(before, *it)) {
                ++counts.changed;
                m_database.notifier().record({*kind, Change::Type::Updated, it.key().second, {}});
            }
            for (auto field = it->fields.cbegin(); field != it->fields.cend(); ++field) {
                if (before.fields.value(field.key()).value != field->value &&
                    !field->author.isEmpty() && !authors.contains(field->author))
                    authors << field->author;
            }
        }
    }
    // Entities this version does not know keep their stamps for the next feed.
    const QStringList known = Schema::syncedTables();
    for (auto it = merged.state.cbegin(); it != merged.state.cend(); ++it) {
        if (known.contains(it.key().first))
            continue;
        const auto found = local.constFind(it.key());
        const FeedRecord &before = found == local.cend() ? none : *found;
        if (before != *it)
            writeStamps(it.key(), *it, before);
    }
    for (const FeedMerge::Conflict &conflict : merged.conflicts)
        ++summary.byEntity[conflict.record.first][conflict.lost.author].conflicts;
    summary.authors = authors;
    return summary;
}

SyncStore::SyncStore(Database &database) : m_database(database) {}

SyncStore::~SyncStore() = default;

Statement &SyncStore::prepared(const QString &sql)
{
    auto &statement = m_prepared[sql];
    if (!statement)
        statement = std::make_unique<Statement>(m_database.connection(), sql);
    return *statement;
}

bool SyncStore::exists(const QString &table, const QString &id)
{
    Statement &lookup = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    const bool found = lookup.bind(QStringLiteral(":id"), id).scalar().isValid();
    lookup.query().finish();
    return found;
}

void SyncStore::writeStamps(const RecordKey &key, const FeedRecord &record,
                            const FeedRecord &before)
{
    Statement &upsert =
        prepared(QStringLiteral("INSERT INTO field_stamps (entity, record_id, field, wall, "
                                "counter, device, author, value) VALUES (:entity, :id, :field, "
                                ":wall, :counter, :device, :author, :value) ON CONFLICT "
                                "(entity, record_id, field) DO UPDATE SET wall = excluded.wall, "
                                "counter = excluded.counter, device = excluded.device, author "
                                "= excluded.author, value = excluded.value"));
    for (auto field = record.fields.cbegin(); field != record.fields.cend(); ++field) {
        if (before.fields.value(field.key()) == *field)
            continue;
        upsert.bind(QStringLiteral(":entity"), key.first)
            .bind(QStringLiteral(":id"), key.second)
            .bind(QStringLiteral(":field"), field.key())
            .bind(QStringLiteral(":wall"), field->stamp.wall)
            .bind(QStringLiteral(":counter"), field->stamp.counter)
            .bind(QStringLiteral(":device"), field->stamp.device)
            .bind(QStringLiteral(":author"), field->author)
            .bind(QStringLiteral(":value"), field->value ? QVariant(*field->value) : QVariant())
            .exec();
    }
}

void SyncStore::materialize(const RecordKey &key, const FeedRecord &record)
{
    const QSqlDatabase db = m_database.connection();
    const QString &table = key.first;
    const QString &id = key.second;
    if (record.isDeleted()) {
        Statement(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table))
            .bind(QStringLiteral(":id"), id)
            .exec();
        return;
    }
    Stamp first, last;
    QString lastAuthor;
    for (const FieldValue &field : record.fields) {
        if (first.isNull() || field.stamp < first)
            first = field.stamp;
        if (last < field.stamp) {
            last = field.stamp;
            lastAuthor = field.author;
        }
    }
    const QStringList fields = Schema::syncedFields(table);
    // Entity tables carry when and by whom; the conflicts list is only its fields.
    const bool entity = kindOf(table).has_value();
    QStringList names = {QStringLiteral("id")};
    QVector<QVariant> values = {id};
    if (entity) {
        names << QStringLiteral("created_at") << QStringLiteral("updated_at")
              << QStringLiteral("updated_by");
        values << iso(first.wall) << iso(last.wall) << lastAuthor;
    }
    for (const QString &field : fields) {
        const FieldValue value = record.fields.value(field);
        QVariant cell = value.value ? QVariant(*value.value) : QVariant();
        // A reference to a record this laptop does not have is shown as none.
        const bool reference =
            field == QLatin1String("campaign_id") || field == QLatin1String("organization_id");
        if (reference && cell.isValid()) {
            const QString target = field == QLatin1String("campaign_id")
                                       ? QStringLiteral("campaigns")
                                       : QStringLiteral("organizations");
            if (!exists(target, cell.toString()))
                cell = QVariant();
        }
        if (!cell.isValid() && !Schema::isNullableField(field))
            cell = QString(QLatin1String(""));
        if (!cell.isValid() && table == QLatin1String("campaign_partners")) {
            // A partnership without its campaign or organization cannot be shown.
            Statement(db, QStringLiteral("DELETE FROM campaign_partners WHERE id = :id"))
                .bind(QStringLiteral(":id"), id)
                .exec();
            return;
        }
        names << field;
        values << cell;
    }
    QStringList placeholders, assignments;
    for (int i = 0; i < names.size(); ++i) {
        placeholders << QStringLiteral(":v%1").arg(i);
        if (names[i] != QLatin1String("id") && names[i] != QLatin1String("created_at"))
            assignments << QStringLiteral("%1 = excluded.%1").arg(names[i]);
    }
    Statement &upsert = prepared(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
            .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                 assignments.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        upsert.bind(placeholders[i], values[i]);
    try {
        upsert.exec();
    } catch (const StorageError &) {
        throw; // the disk or the file, not the feed's value
    } catch (const CoalitionError &error) {
        // A value our checks refuse (a role or status this version does not know, say):
        // the whole sync rolls back, with a message that names the record.
        throw CoalitionError(
            QCoreApplication::translate("SyncStore",
                                        "The feed holds a value this database cannot store, in "
                                        "%1 record %2 (%3). Nothing was changed; the laptop that "
                                        "wrote it may run a newer Coalition.")
                .arg(table, id, error.message().section(QLatin1String(" (in "), 0, 0)));
    }
}
