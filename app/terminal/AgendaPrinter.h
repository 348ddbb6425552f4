#pragma once

#include "model/records/Agenda.h"

#include <QTextStream>

// The agenda as the terminal shows it: a heading per group (Overdue, Today, This
// week, Later, No date), then per item its due date and title, and on a second line
// its campaign and owner.
namespace AgendaPrinter {

void print(QTextStream &out, const QVector<Agenda::Group> &groups, const QDate &today, int days);

} // namespace AgendaPrinter
