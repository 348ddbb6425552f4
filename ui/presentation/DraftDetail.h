#pragma once

#include "model/intake/InboxStore.h"

#include <QCoreApplication>
#include <QString>

class Database;

// What the Inbox's pane shows of a draft: the item it proposes (kind, campaign,
// organization — or the new one it would add — dates, place, link), why it was proposed,
// and where it came from, the passage it was read from highlighted in the alert's text.
class DraftDetail
{
    Q_DECLARE_TR_FUNCTIONS(InboxPage)

public:
    static QString html(Database &database, const InboxDraft &draft);
    // A prompt when no draft is chosen.
    static QString none();
    // The alert around the passage, the passage marked: at most `context` characters
    // either side, cut at a line's end where one is near.
    static QString highlighted(const QString &text, qsizetype position, qsizetype length,
                               qsizetype context = 700);
};
