#include "model/feed/SyncRowWriter.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/Database.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/StorageError.h"
#include "model/storage/schema/Schema.h"

#include <QCoreApplication>
#include <QHash>

SyncRowWriter::SyncRowWriter(Database &database) : m_database(database), m_statements(database) {}

SyncRowWriter::~SyncRowWriter() = default;

bool SyncRowWriter::exists(const QString &table, const QString &id)
{
    Statement &lookup = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    const bool found = lookup.bind(QStringLiteral(":id"), id).scalar().isValid();
    lookup.query().finish();
    return found;
}

void SyncRowWriter::write(const RecordKey &key, const FeedRecord &record, const FeedRecord &before,
                          qint64 heldAfter)
{
    const QString &table = key.first;
    const QString &id = key.second;
    if (record.isDeleted(heldAfter)) {
        deleteRow(table, id);
        return;
    }
    // Entity tables carry when and by whom; the conflicts list is only its fields.
    QStringList names;
    QVector<QVariant> values;
    if (entityKindOfTable(table)) {
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
        names << QStringLiteral("created_at") << QStringLiteral("updated_at")
              << QStringLiteral("updated_by");
        values << StampStore::isoTime(first.wall) << StampStore::isoTime(last.wall) << lastAuthor;
    }
    // A record this laptop shows already: only the columns whose value changed, so only
    // their indexes and search index entries are rewritten (a new owner for 10% of the
    // items was otherwise a rewrite of every index of the table for each of them). A
    // record new here, or one without its row (a partnership whose campaign had not
    // arrived), gets its whole row.
    const bool wasShown = !before.fields.isEmpty() && !before.isDeleted(heldAfter);
    if (wasShown && updateChanged(key, record, before, names, values))
        return;
    names.prepend(QStringLiteral("id"));
    values.prepend(id);
    for (const QString &field : Schema::syncedFields(table, m_database.catalogue())) {
        const QVariant cell = storableCell(field, record.fields.value(field));
        if (!cell.isValid() && table == QLatin1String("campaign_partners")) {
            // A partnership without its campaign or organization cannot be shown.
            deleteRow(table, id);
            return;
        }
        names << field;
        values << cell;
    }
    upsertRow(table, id, names, values);
}

bool SyncRowWriter::updateChanged(const RecordKey &key, const FeedRecord &record,
                                  const FeedRecord &before, QStringList names,
                                  QVector<QVariant> values)
{
    for (const QString &field : Schema::syncedFields(key.first, m_database.catalogue())) {
        const FieldValue &now = record.fields.value(field);
        if (before.fields.value(field).value == now.value)
            continue;
        const QVariant cell = storableCell(field, now);
        if (!cell.isValid() && key.first == QLatin1String("campaign_partners"))
            return false; // the whole row decides (it is removed)
        names << field;
        values << cell;
    }
    if (names.isEmpty())
        return true;
    QStringList assignments;
    for (int i = 0; i < names.size(); ++i)
        assignments << QStringLiteral("%1 = :v%2").arg(names[i]).arg(i);
    Statement &update = prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                                     .arg(key.first, assignments.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        update.bind(QStringLiteral(":v%1").arg(i), values[i]);
    update.bind(QStringLiteral(":id"), key.second);
    execStoring(update, key.first, key.second);
    return update.numRowsAffected() > 0;
}

namespace {

// The tables a reference field names.
const QHash<QString, QString> &referenceTargets()
{
    static const QHash<QString, QString> targets = {
        {QStringLiteral("campaign_id"), QStringLiteral("campaigns")},
        {QStringLiteral("organization_id"), QStringLiteral("organizations")}};
    return targets;
}

} // namespace

QStringList SyncRowWriter::referencedTables()
{
    return referenceTargets().values();
}

QVariant SyncRowWriter::storableCell(const QString &field, const FieldValue &value)
{
    QVariant cell = value.value ? QVariant(*value.value) : QVariant();
    // A reference to a record this laptop does not have is shown as none.
    const auto target = referenceTargets().constFind(field);
    if (target != referenceTargets().cend() && cell.isValid() && !exists(*target, cell.toString()))
        cell = QVariant();
    if (!cell.isValid() && !Schema::isNullableField(field, m_database.catalogue()))
        cell = QString(QLatin1String(""));
    return cell;
}

void SyncRowWriter::deleteRow(const QString &table, const QString &id)
{
    Statement(m_database.connection(), QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void SyncRowWriter::upsertRow(const QString &table, const QString &id, const QStringList &names,
                              const QVector<QVariant> &values)
{
    QStringList placeholders, assignments;
    for (int i = 0; i < names.size(); ++i) {
        placeholders << QStringLiteral(":v%1").arg(i);
        if (names[i] != QLatin1String("id"))
            assignments << QStringLiteral("%1 = excluded.%1").arg(names[i]);
    }
    Statement &upsert = prepared(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
            .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                 assignments.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        upsert.bind(placeholders[i], values[i]);
    execStoring(upsert, table, id);
}

void SyncRowWriter::execStoring(Statement &statement, const QString &table, const QString &id)
{
    try {
        statement.exec();
    } catch (const StorageError &) {
        throw; // the disk or the file, not the feed's value
    } catch (const CoalitionError &error) {
        // A value no Coalition writes (an empty name, a date that is not one): the feed
        // was damaged or edited by hand. Words of a newer version and merged states are
        // always storable (MergeInvariants, schema step 5). The whole sync rolls back,
        // with a message that names the record.
        throw CoalitionError(
            QCoreApplication::translate("SyncStore",
                                        "The feed holds a value this database cannot store, in "
                                        "%1 record %2 (%3). Nothing was changed; the feed may "
                                        "have been damaged or edited by hand.")
                .arg(table, id, error.message().section(QLatin1String(" (in "), 0, 0)));
    }
}
