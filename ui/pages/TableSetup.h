#pragma once

#include <QPair>
#include <QStringList>
#include <QVector>
#include <functional>

class QLineEdit;
class QObject;
class QTableView;

// The look every list in the window shares: whole-row selection, sortable columns
// (sorted first by defaultSort, so no needless sort runs at start), elided text, and
// column widths measured in the font's letters so high-DPI and large fonts fit.
namespace TableSetup {

void configure(QTableView *table, int defaultSort, int stretchColumn);
void fitColumns(QTableView *table, const QVector<QPair<int, int>> &columnWidthsInLetters);
// Makes column wide enough for the widest of texts in bold (overdue dates and urgent
// priorities are bold), so short values such as dates are never elided.
void fitColumnToTexts(QTableView *table, int column, const QStringList &texts);
// Runs apply a moment after the user stops typing in field (at once on Enter), so a
// word typed quickly into a search of a million rows runs one query, not one per key.
// Text set by the program (clear()) is not watched: the caller applies it.
void filterAsYouType(QLineEdit *field, QObject *context, std::function<void()> apply);

} // namespace TableSetup
