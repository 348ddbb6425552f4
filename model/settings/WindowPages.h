#pragma once

#include <QStringList>

// The window's pages, in sidebar order, for code without widgets: the command line's
// --page names them, and MainWindow::PageIndex numbers them from these values, so the
// two cannot drift apart.
namespace WindowPages {

enum Index
{
    Campaigns,
    Organizations,
    Contacts,
    ActionItems,
    Deadlines,
    CoalitionGrid,
    Reports,
    Inbox,
    Count
};

// The names --page takes, by Index.
inline QStringList names()
{
    return {QStringLiteral("campaigns"), QStringLiteral("organizations"),
            QStringLiteral("contacts"),  QStringLiteral("actions"),
            QStringLiteral("deadlines"), QStringLiteral("grid"),
            QStringLiteral("reports"),   QStringLiteral("inbox")};
}

} // namespace WindowPages
