#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// What the Action items page's detail pane shows of an item: its campaign and
// organization (links), status, priority, owner, due date, kind, place, link, tags
// and notes.
class ActionItemDetail
{
    // The pane's texts keep the translation context of the page they were written for.
    Q_DECLARE_TR_FUNCTIONS(ActionItemsPage)

public:
    // The pane's rich text for the item with this id; a prompt to choose one when there
    // is no such item.
    static QString html(Database &database, const QString &id);
};
