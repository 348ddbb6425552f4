#pragma once

#include <QObject>

class Database;
class QListWidgetItem;
class QTimer;
class QUndoStack;

// The Inbox's entry in the sidebar says how many drafts wait ("Inbox (3)", in bold), so a
// feed read in the background or a teammate's alert arriving by sync is seen from any
// page. Counted again once a burst of changes (a sync, an undo) settles.
class InboxBadge : public QObject
{
    Q_OBJECT

public:
    InboxBadge(Database &database, QUndoStack &undoStack, QListWidgetItem &item, QObject *parent);

    // The entry's text for a count: "Inbox (12)".
    static QString textFor(const QString &title, int waiting);
    // How wide its text may grow (a three-digit count, in bold), for the sidebar's width;
    // more waiting than that is a rare inbox, whose count the sidebar then elides.
    int widestWidth() const;
    void update();

private:
    Database &m_database;
    QListWidgetItem &m_item;
    QString m_title;
    QTimer *m_settle;
};
