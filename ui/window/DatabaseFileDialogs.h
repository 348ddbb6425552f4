#pragma once

#include <QString>

class QWidget;

// File > New database and Open database: the file dialogs that ask where. Each returns the
// chosen path ("" when cancelled); a new database's name gets ".sqlite" when it has none.
// The words keep the main window's translation context, whose menu asks.
namespace DatabaseFileDialogs {

QString askNew(QWidget *parent);
QString askOpen(QWidget *parent);

} // namespace DatabaseFileDialogs
