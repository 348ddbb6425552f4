#pragma once

#include "model/intake/PartnerFeedStore.h"
#include "model/sync/HttpClient.h"

#include <QCoreApplication>

class Database;

// Fetches the partner feeds a person entered — those and no other address — and reads each
// entry not seen before into the Inbox (AlertIntake), the feed's organization standing
// for any draft that names none. Blocks the calling thread (the window runs it beside
// itself, on its own database connection). A feed that fails (unreachable, too large, not
// a feed, declaring entities) is reported and changes nothing; the others go on.
class PartnerFeedFetch
{
    Q_DECLARE_TR_FUNCTIONS(PartnerFeedFetch)

public:
    struct Result
    {
        PartnerFeed feed;
        int entries = 0;    // in the document
        int newEntries = 0; // not seen before, read now
        int drafts = 0;     // drafts those gave
        QString error;      // why the feed was not read, or ""
    };

    // A news feed is small: 5 MB at most, a stall of 20 s or a minute in all gives up.
    static HttpClient::Limits defaultLimits();

    // caFile: extra certificate authorities (PEM) to trust, as for the team's feed.
    static Result fetch(Database &database, const PartnerFeed &feed,
                        const HttpClient::Limits &limits = defaultLimits(),
                        const QString &caFile = QString());
    static QVector<Result> fetchAll(Database &database,
                                    const HttpClient::Limits &limits = defaultLimits(),
                                    const QString &caFile = QString());
    // "3 feeds read: 2 new entries, 4 drafts in the Inbox; 1 feed failed: …"
    static QString describe(const QVector<Result> &results);
};
