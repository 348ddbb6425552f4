#pragma once

#include "model/domain/EntityKind.h"

#include <QString>
#include <QStringList>
#include <QVector>

// What a field holds, for the code that reads and writes it generically (sync, CSV,
// the conflicts view): how to check, show and convert it.
enum class FieldKind
{
    Text,
    LongText,
    Date,       // YYYY-MM-DD
    Instant,    // UTC, ISO 8601
    Flag,       // "yes" or ""
    Recurrence, // an RFC 5545 RRULE value; CSV: a sentence, then the rule in brackets
    Vocabulary,
    Reference, // the id of another record; CSV carries the record's name
    Tags,
    WebAddress,
    Email,
    Phone,
};

// One field of an entity: its column (also its name in the feed), its label for people,
// its CSV header and the synonyms an import accepts, its kind, and how it travels.
struct FieldSpec
{
    QString column;
    FieldKind kind = FieldKind::Text;
    const char *label = ""; // English, translated by label() in the "FieldCatalogue" context
    QString csvName;        // the CSV header of exports; what an import maps a column to
    // Header names an import also accepts, squeezed (case-folded letters and digits only),
    // in every language Coalition speaks.
    QStringList csvSynonyms;
    bool nullable = false; // SQL NULL for "none" (dates, references); '' otherwise
    bool synced = true;    // shared through the feed
    bool imported = true;  // read from CSV by an import
    EntityKind references = EntityKind::Organization; // for FieldKind::Reference
};

struct EntitySpec
{
    EntityKind kind;
    QString table;
    QVector<FieldSpec> fields;
};

// Every entity and field Coalition stores, in one place: adding a field to an entity
// is a line here and a migration step (model/storage/schema) that adds its column; sync
// stamping, the feed, CSV headers and the conflicts view read it from here. An entity's
// fields are in the order of its CSV export's columns (model/interop/csv/CsvExport).
class FieldCatalogue
{
public:
    explicit FieldCatalogue(QVector<EntitySpec> entities);

    // Coalition's own entities and fields, as the current schema has them.
    static const FieldCatalogue &standard();

    const QVector<EntitySpec> &entities() const { return m_entities; }
    const EntitySpec *entity(const QString &table) const;
    const EntitySpec &entity(EntityKind kind) const;
    const FieldSpec *field(const QString &table, const QString &column) const;
    // The columns an entity shares through the feed, in catalogue order.
    QStringList syncedFields(const QString &table) const;
    // The field's label in the reader's language; a field this version does not know
    // (from a newer Coalition's feed) reads as its column with spaces.
    QString label(const QString &table, const QString &column) const;

private:
    QVector<EntitySpec> m_entities;
};
