#pragma once

#include <QPair>
#include <QVector>

class QTableView;

// The look every list in the window shares: whole-row selection, sortable columns
// (sorted first by defaultSort, so no needless sort runs at start), elided text, and
// column widths measured in the font's letters so high-DPI and large fonts fit.
namespace TableSetup {

void configure(QTableView *table, int defaultSort, int stretchColumn);
void fitColumns(QTableView *table, const QVector<QPair<int, int>> &columnWidthsInLetters);

} // namespace TableSetup
