#include "model/records/RepositoryBase.h"

#include "model/domain/Change.h"
#include "model/domain/Clock.h"
#include "model/domain/FieldCatalogue.h"
#include "model/domain/Validation.h"
#include "model/domain/ValidationError.h"
#include "model/domain/Vocabulary.h"
#include "model/storage/Database.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/StatementCache.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>

#include <QUuid>

namespace {

// '' and NULL are the same "unset" to a user; compare them as equal.
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aUnset = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bUnset = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aUnset || bUnset)
        return aUnset == bUnset;
    return a.toString() == b.toString();
}

QString placeholder(const QString &column)
{
    return QLatin1Char(':') + column;
}

} // namespace

RepositoryBase::RepositoryBase(Database &database, EntityKind kind)
    : m_database(database), m_kind(kind)
{}

bool RepositoryBase::exists(const QString &id) const
{
    if (id.isEmpty())
        return false;
    return found(m_kind, id);
}

bool RepositoryBase::found(EntityKind kind, const QString &id) const
{
    // Prepared once: an import checks each row's record and references.
    Statement &lookup = m_database.statements().prepared(
        QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(tableName(kind)));
    const bool there = lookup.bind(QStringLiteral(":id"), id).scalar().isValid();
    lookup.query().finish();
    return there;
}

int RepositoryBase::count() const
{
    return Statement(m_database.connection(),
                     QStringLiteral("SELECT count(*) FROM %1").arg(table()))
        .scalar()
        .toInt();
}

bool RepositoryBase::isEmpty() const
{
    return !Statement(m_database.connection(),
                      QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table()))
                .scalar()
                .isValid();
}

QString RepositoryBase::selectList(const Columns &columns) const
{
    QStringList names = {QStringLiteral("id"), QStringLiteral("created_at"),
                         QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                         QStringLiteral("tags")};
    for (const auto &column : columns)
        names << column.first;
    return names.join(QStringLiteral(", "));
}

void RepositoryBase::readRecord(const QSqlQuery &row, Record &record)
{
    record.id = row.value(0).toString();
    record.createdAt = row.value(1).toString();
    record.updatedAt = row.value(2).toString();
    record.updatedBy = row.value(3).toString();
    record.tags = Validation::splitTags(row.value(4).toString());
}

Columns RepositoryBase::withExtraFields(Columns columns, const Record &record) const
{
    QStringList named = {QStringLiteral("tags")};
    for (const auto &column : columns)
        named << column.first;
    for (const FieldSpec &field : m_database.catalogue().entity(m_kind).fields) {
        if (named.contains(field.column))
            continue;
        const QVariant unset = field.nullable ? QVariant() : QVariant(QString());
        columns << qMakePair(field.column, record.extra.value(field.column, unset));
    }
    return columns;
}

void RepositoryBase::readExtraFields(const QSqlQuery &row, const Columns &columns,
                                     Record &record) const
{
    const Columns all = withExtraFields(columns, record);
    for (int i = int(columns.size()); i < all.size(); ++i)
        record.extra.insert(all[i].first, row.value(5 + i));
}

void RepositoryBase::insertRow(Record &record, const Columns &columns)
{
    const bool newId = record.id.isEmpty();
    if (newId)
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.updatedBy = m_database.author();
    record.tags = Validation::normalizedTags(record.tags);
    Columns stamped = columns;
    stamped.prepend(qMakePair(QStringLiteral("tags"), QVariant(Validation::joinTags(record.tags))));
    // Every field: tags and the columns.
    const std::optional<Stamp> stamp = stampFields(m_kind, record.id, stamped);
    // When from the stamps, as every other laptop will store it; a record brought back
    // (undo of a delete) keeps the stamps it had, so it keeps when it was first made. An
    // id made just now has no stamps but these, all of one time.
    if (newId && stamp)
        record.createdAt = record.updatedAt = StampStore::isoTime(stamp->wall);
    else
        setTimesFromStamps(record);

    // Positional placeholders, bound in order: an import inserts row after row, and a
    // name looked up for each of a row's values cost more than the value.
    bool sameColumns = !m_insertSql.isEmpty() && m_insertColumns.size() == columns.size();
    for (int i = 0; sameColumns && i < columns.size(); ++i)
        sameColumns = m_insertColumns.at(i) == columns.at(i).first;
    if (!sameColumns) {
        m_insertColumns.clear();
        m_insertSql = QStringLiteral("INSERT INTO %1 (id, created_at, updated_at, updated_by, "
                                     "tags")
                          .arg(table());
        for (const auto &column : columns) {
            m_insertColumns << column.first;
            m_insertSql += QStringLiteral(", ") + column.first;
        }
        m_insertSql += QStringLiteral(") VALUES (?, ?, ?, ?, ?");
        for (int i = 0; i < columns.size(); ++i)
            m_insertSql += QStringLiteral(", ?");
        m_insertSql += QLatin1Char(')');
    }
    SqliteRows &insert = m_database.statements().writer(m_insertSql);
    insert.bind(1, record.id);
    insert.bind(2, record.createdAt);
    insert.bind(3, record.updatedAt);
    insert.bind(4, record.updatedBy);
    insert.bind(5, stamped.first().second);
    int position = 6;
    for (const auto &column : columns)
        insert.bind(position++, column.second);
    insert.run();
    m_database.notifier().record({m_kind, Change::Type::Created, record.id, {}});
}

QSet<QString> RepositoryBase::updateRow(Record &record, const Record &before,
                                        const Columns &columns, const Columns &columnsBefore)
{
    Columns changed;
    for (int i = 0; i < columns.size(); ++i) {
        if (!sameValue(columns[i].second, columnsBefore[i].second))
            changed << columns[i];
    }
    record.tags = Validation::normalizedTags(record.tags);
    if (record.tags != before.tags)
        changed << qMakePair(QStringLiteral("tags"), QVariant(Validation::joinTags(record.tags)));

    record.createdAt = before.createdAt;
    if (changed.isEmpty()) {
        record.updatedAt = before.updatedAt;
        record.updatedBy = before.updatedBy;
        return {};
    }
    record.updatedBy = m_database.author();
    stampFields(m_kind, record.id, changed);
    setTimesFromStamps(record);

    QStringList assignments;
    QSet<QString> fields;
    for (const auto &column : changed) {
        assignments << column.first + QStringLiteral(" = ") + placeholder(column.first);
        fields.insert(column.first);
    }
    Statement update(m_database.connection(),
                     QStringLiteral("UPDATE %1 SET %2, created_at = :created_at, updated_at = "
                                    ":updated_at, updated_by = :updated_by WHERE id = :id")
                         .arg(table(), assignments.join(QStringLiteral(", "))));
    for (const auto &column : changed)
        update.bind(placeholder(column.first), column.second);
    update.bind(QStringLiteral(":created_at"), record.createdAt)
        .bind(QStringLiteral(":updated_at"), record.updatedAt)
        .bind(QStringLiteral(":updated_by"), record.updatedBy)
        .bind(QStringLiteral(":id"), record.id)
        .exec();

    m_database.notifier().record({m_kind, Change::Type::Updated, record.id, fields});
    return fields;
}

const FieldCatalogue &RepositoryBase::catalogue() const
{
    return m_database.catalogue();
}

bool RepositoryBase::isNullable(const QString &column) const
{
    const FieldSpec *field = m_database.catalogue().field(table(), column);
    return field && field->nullable;
}

bool RepositoryBase::deleteRow(const QString &id)
{
    Statement remove(m_database.connection(),
                     QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table()));
    remove.bind(QStringLiteral(":id"), id).exec();
    if (remove.numRowsAffected() == 0)
        return false;
    stampDeleted(m_kind, {id});
    notifyDeleted(m_kind, {id});
    return true;
}

bool RepositoryBase::deleteRowWithDependents(const QString &id,
                                             const QVector<Dependent> &dependents)
{
    Transaction transaction(m_database);
    QVector<QStringList> affected;
    for (const Dependent &dependent : dependents) {
        affected.append(idsReferring(dependent.kind, dependent.column, id));
        // Cleared here, not left to the foreign key: a campaign's action items cascade
        // with it unless they are let go first.
        if (dependent.effect == Dependent::ReferenceCleared && !affected.last().isEmpty())
            Statement(m_database.connection(),
                      QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %2 = :id")
                          .arg(tableName(dependent.kind), dependent.column))
                .bind(QStringLiteral(":id"), id)
                .exec();
    }
    if (!deleteRow(id))
        return false;
    for (int i = 0; i < dependents.size(); ++i) {
        const Dependent &dependent = dependents[i];
        if (dependent.effect == Dependent::Deleted) {
            stampDeleted(dependent.kind, affected[i]);
            notifyDeleted(dependent.kind, affected[i]);
            continue;
        }
        for (const QString &dependentId : affected[i]) {
            stampFields(dependent.kind, dependentId, {qMakePair(dependent.column, QVariant())});
            m_database.notifier().record(
                {dependent.kind, Change::Type::Updated, dependentId, {dependent.column}});
        }
    }
    transaction.commit();
    return true;
}

QStringList RepositoryBase::idsReferring(EntityKind kind, const QString &column,
                                         const QString &id) const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT id FROM %1 WHERE %2 = :id").arg(tableName(kind), column));
    query.bind(QStringLiteral(":id"), id).exec();
    QStringList ids;
    while (query.next())
        ids << query.text(0);
    return ids;
}

void RepositoryBase::notifyDeleted(EntityKind kind, const QStringList &ids)
{
    for (const QString &id : ids)
        m_database.notifier().record({kind, Change::Type::Deleted, id, {}});
}

std::optional<Stamp> RepositoryBase::stampFields(EntityKind kind, const QString &id,
                                                 const Columns &fields)
{
    StampStore *stamps = m_database.stamps();
    if (!stamps || fields.isEmpty())
        return std::nullopt;
    const Stamp stamp = stamps->next();
    stamps->record(kind, id, fields, stamp, m_database.author());
    return stamp;
}

void RepositoryBase::setTimesFromStamps(Record &record) const
{
    const StampStore *stamps = m_database.stamps();
    const StampStore::RecordTimes times =
        stamps ? stamps->timesOf(m_kind, record.id) : StampStore::RecordTimes{};
    if (times.createdAt.isEmpty()) { // a database that does not stamp (not yet migrated)
        record.updatedAt = m_database.clock().nowIsoUtc();
        if (record.createdAt.isEmpty())
            record.createdAt = record.updatedAt;
        return;
    }
    record.createdAt = times.createdAt;
    record.updatedAt = times.updatedAt;
}

void RepositoryBase::stampDeleted(EntityKind kind, const QStringList &ids)
{
    for (const QString &id : ids)
        stampFields(kind, id,
                    {qMakePair(QString::fromLatin1(StampStore::deletedField), QVariant(1))});
}

void RepositoryBase::requireReference(EntityKind kind, const QString &id, const QString &field,
                                      const QString &message) const
{
    if (!found(kind, id))
        throw ValidationError(field, message);
}

QString RepositoryBase::optionalWebAddress(const QString &text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return {};
    const auto address = Validation::normalizedWebAddress(text);
    if (!address)
        throw ValidationError(
            field, QCoreApplication::translate(
                       "RepositoryBase",
                       "\"%1\" is not a web address. Use a form like https://example.org/page.")
                       .arg(text));
    return *address;
}

QString RepositoryBase::optionalEmail(const QString &text, const QString &field)
{
    const QString email = text.trimmed();
    if (!email.isEmpty() && !Validation::isEmail(email))
        throw ValidationError(
            field, QCoreApplication::translate(
                       "RepositoryBase",
                       "\"%1\" is not an email address. Use a form like name@example.org.")
                       .arg(text));
    return email;
}

QString RepositoryBase::optionalPhone(const QString &text, const QString &field)
{
    const QString phone = text.trimmed();
    if (!phone.isEmpty() && !Validation::isPhone(phone))
        throw ValidationError(
            field,
            QCoreApplication::translate(
                "RepositoryBase", "\"%1\" is not a phone number. Use digits, spaces and + ( ) -.")
                .arg(text));
    return phone;
}

QString RepositoryBase::canonicalWord(const Vocabulary &vocabulary, const QString &value,
                                      const QString &field, const QString &recordId) const
{
    if (const auto word = vocabulary.canonical(value))
        return *word;
    // field is one of the repositories' own column names, never user input.
    if (!recordId.isEmpty() &&
        Statement(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(field, table()))
                .bind(QStringLiteral(":id"), recordId)
                .scalar()
                .toString() == value)
        return value;
    throw ValidationError(
        field,
        QCoreApplication::translate("RepositoryBase", "\"%1\" is not a valid %2. Use one of: %3.")
            .arg(value, vocabulary.name(), vocabulary.words().join(QStringLiteral(", "))));
}
