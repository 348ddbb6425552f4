#pragma once

#include "app/cli/ExportOptions.h"
#include "ui/print/Printout.h"

class Database;

// The lists "coalition print" writes, read through the same table models as the pages,
// so a printed list has the page's columns, words and order.
namespace TableRows {

// The action items the filters select, by due date. columns: names of the Action items
// page's columns (title, campaign, organization, owner, due, status, priority); empty: all.
Printout actions(Database &database, const ExportRequest &filters);
// Every contact by name. columns: name, organization, role, email, phone; empty: all but
// the phone number, which is printed only when asked for.
Printout contacts(Database &database, const QStringList &columns);
// A campaign's id from its name or id; CoalitionError when there is none.
QString campaignId(Database &database, const QString &nameOrId);

} // namespace TableRows
