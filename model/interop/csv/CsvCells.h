#pragma once

#include <QString>

// The cells of the field kinds a spreadsheet has no type for, written by the export and
// read back by the import in one place, so the two cannot drift apart.
namespace CsvCells {

// A yes/no cell as a flag's stored form: "yes" or ""; throws ValidationError (column)
// for any other word.
QString flag(const QString &text, const QString &column);

// A repeating item's rule as a sentence with the rule in brackets ("every week on
// Tuesday [FREQ=WEEKLY;BYDAY=TU]"), and back: the bracketed rule, or a bare RRULE; ""
// for none. Throws ValidationError (column) for a rule libical cannot read.
QString ruleCell(const QString &rule);
QString ruleFrom(const QString &text, const QString &column);

} // namespace CsvCells
