#pragma once

#include "model/domain/FieldCatalogue.h"

#include <QHash>
#include <QStringList>

// Which column of a spreadsheet feeds which field. Header names are matched forgiving
// case, spaces, dashes and underscores, and the field catalogue's synonyms in every
// language Coalition speaks ("E-mail", "Phone number", "Org", "Deadline", "Teléfono",
// "Fecha límite"), so files saved from other tools import without renaming.
class ImportMapping
{
public:
    ImportMapping(EntityKind table, const QStringList &headers,
                  const FieldCatalogue &catalogue = FieldCatalogue::standard());

    // The person's choice in the preview: column feeds field (a CSV name the import knows,
    // "id" included), or nothing when field is empty. A column that fed field before stops.
    // Throws CoalitionError for a field the table does not have.
    void assign(int column, const QString &field);
    // The field column feeds, or "".
    QString fieldOf(int column) const { return m_fields.value(column); }
    // "id" and every field an import of table reads, by CSV name, in the catalogue's order.
    static QStringList
    importableFields(EntityKind table,
                     const FieldCatalogue &catalogue = FieldCatalogue::standard());

    int columnOf(const QString &field) const;
    bool has(const QString &field) const { return columnOf(field) >= 0; }
    QStringList unmappedHeaders() const;
    // The fields some column feeds, "id" included, in the file's column order.
    QStringList fields() const;
    // "E-mail → email, Org → organization" for the preview and the command line.
    QString describe() const;

private:
    EntityKind m_table;
    const FieldCatalogue &m_catalogue;
    QStringList m_headers;
    QHash<int, QString> m_fields;
};
