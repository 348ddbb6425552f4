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

    int columnOf(const QString &field) const;
    bool has(const QString &field) const { return columnOf(field) >= 0; }
    QStringList unmappedHeaders() const;
    // The fields some column feeds, "id" included, in the file's column order.
    QStringList fields() const;
    // "E-mail → email, Org → organization" for the preview and the command line.
    QString describe() const;

private:
    QStringList m_headers;
    QHash<int, QString> m_fields;
};
