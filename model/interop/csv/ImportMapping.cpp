#include "model/interop/csv/ImportMapping.h"

#include "model/domain/EveryLanguage.h"
#include "model/domain/FieldCatalogue.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QVector>

namespace {

QString squeezed(const QString &header)
{
    QString key;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

// The fields an import reads, by CSV name, each with the header names it also accepts,
// squeezed: the field's label in every language Coalition speaks (what the window's
// export writes) and the catalogue's synonyms. "id" is every table's, with no synonyms.
QVector<QPair<QString, QStringList>> importedFields(EntityKind table,
                                                    const FieldCatalogue &catalogue)
{
    QVector<QPair<QString, QStringList>> fields = {{QStringLiteral("id"), {}}};
    for (const FieldSpec &field : catalogue.entity(table).fields) {
        if (!field.imported)
            continue;
        QStringList names;
        for (const QString &label : EveryLanguage::translations("FieldCatalogue", field.label))
            names << squeezed(label);
        fields.append({field.csvName, names + field.csvSynonyms});
    }
    return fields;
}

} // namespace

ImportMapping::ImportMapping(EntityKind table, const QStringList &headers,
                             const FieldCatalogue &catalogue)
    : m_table(table), m_catalogue(catalogue), m_headers(headers)
{
    const auto known = importedFields(table, catalogue);
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = squeezed(headers.at(column));
        for (const auto &[field, synonyms] : known) {
            if (key == squeezed(field) || synonyms.contains(key)) {
                if (!has(field)) // the first column that names a field wins
                    m_fields.insert(column, field);
                break;
            }
        }
    }
}

QStringList ImportMapping::importableFields(EntityKind table, const FieldCatalogue &catalogue)
{
    QStringList names;
    for (const auto &field : importedFields(table, catalogue))
        names << field.first;
    return names;
}

void ImportMapping::assign(int column, const QString &field)
{
    if (column < 0 || column >= m_headers.size())
        throw CoalitionError(
            QCoreApplication::translate("CsvImport", "The file has no column %1.").arg(column + 1));
    if (field.isEmpty()) {
        m_fields.remove(column);
        return;
    }
    if (!importableFields(m_table, m_catalogue).contains(field))
        throw CoalitionError(
            QCoreApplication::translate("CsvImport", "There is no field \"%1\" to import "
                                                     "into; the fields are: %2.")
                .arg(field, importableFields(m_table, m_catalogue).join(QStringLiteral(", "))));
    if (const int before = columnOf(field); before >= 0)
        m_fields.remove(before);
    m_fields.insert(column, field);
}

int ImportMapping::columnOf(const QString &field) const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.value() == field)
            return it.key();
    }
    return -1;
}

QStringList ImportMapping::unmappedHeaders() const
{
    QStringList unmapped;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (!m_fields.contains(column))
            unmapped << m_headers.at(column);
    }
    return unmapped;
}

QStringList ImportMapping::fields() const
{
    QStringList fields;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (m_fields.contains(column))
            fields << m_fields.value(column);
    }
    return fields;
}

QString ImportMapping::describe() const
{
    QStringList pairs;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (m_fields.contains(column))
            pairs << QStringLiteral("%1 → %2").arg(m_headers.at(column), m_fields.value(column));
    }
    return pairs.join(QStringLiteral(", "));
}
