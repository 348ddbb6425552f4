#pragma once

#include "model/interop/csv/CsvImport.h"

#include <QHash>
#include <QTableWidget>

class FieldCatalogue;

// The import preview's table: the file's first rows under its headers, and above each
// column a pick list of what the column imports as (a field, or "Leave out"), set from
// the headers and changed by the person. Line numbers down the side are the file's, as
// the problems list names them.
class ImportPreviewTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ImportPreviewTable(QWidget *parent = nullptr);

    // Shows the preview of result; keeps the pick lists the person touched.
    void showPreview(EntityKind table, const CsvImport::Result &result,
                     const FieldCatalogue &catalogue);
    // The person's choices: column -> field's CSV name, "" to leave it out.
    QHash<int, QString> choices() const { return m_choices; }
    void clearChoices() { m_choices.clear(); }
    // Sets column's pick list to field, as the person would ("" leaves it out).
    void choose(int column, const QString &field);

signals:
    void mappingChanged();

private:
    QHash<int, QString> m_choices;
    QStringList m_headers;
    EntityKind m_table = EntityKind::Contact;
};
