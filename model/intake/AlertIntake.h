#pragma once

#include "model/intake/InboxStore.h"

#include <map>
#include <memory>

class AlertExtractor;
class Database;

// An alert into the team's inbox, the same way from every door (a paste in the window,
// `coalition intake`, a partner's feed): read by the rules of its language — told from
// its words when the source names none — and its drafts added once. The extractor of each
// language is made once (it reads the database's organizations and campaigns), so a
// feed's 200 entries pay for that once.
class AlertIntake
{
public:
    explicit AlertIntake(Database &database);
    ~AlertIntake();

    // Fills in the source's language when empty; returns its drafts as stored (those added
    // before, here or on another laptop, as they are now). One transaction. A draft that
    // names no organization gets `publisherId` (a partner's feed: its calls are the
    // partner's own).
    QVector<InboxDraft> add(IntakeSource source, const QString &publisherId = QString());

private:
    Database &m_database;
    std::map<QString, std::unique_ptr<AlertExtractor>> m_extractors; // by language
};
