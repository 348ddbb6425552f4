#include "model/alertfeeds/PartnerFeedFetch.h"

#include "model/domain/Clock.h"
#include "model/domain/CoalitionError.h"
#include "model/intake/AlertIntake.h"
#include "model/intake/FeedDocument.h"
#include "model/storage/Database.h"
#include "model/storage/Transaction.h"

#include <QNetworkRequest>

HttpClient::Limits PartnerFeedFetch::defaultLimits()
{
    HttpClient::Limits limits;
    limits.transferTimeoutMs = 20 * 1000;
    limits.deadlineMs = 60 * 1000;
    limits.maxBytes = 5LL * 1024 * 1024;
    return limits;
}

PartnerFeedFetch::Result PartnerFeedFetch::fetch(Database &database, const PartnerFeed &feed,
                                                 const HttpClient::Limits &limits,
                                                 const QString &caFile)
{
    Result result;
    result.feed = feed;
    try {
        HttpClient client(QUrl(feed.address), limits, caFile);
        QNetworkRequest request = client.newRequest();
        request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, "
                                       "application/xml;q=0.9, text/xml;q=0.8");
        const HttpClient::Response response = client.send("GET", request);
        if (response.status < 200 || response.status > 299)
            throw CoalitionError(tr("The server of %1 answered %2; the feed was not read.")
                                     .arg(client.location())
                                     .arg(response.status));
        const QVector<FeedEntry> entries = FeedDocument::read(response.body, client.location());
        result.entries = int(entries.size());
        InboxStore inbox(database);
        AlertIntake intake(database);
        // One transaction for the feed: its entries are read all or none.
        Transaction transaction(database);
        for (const FeedEntry &entry : entries) {
            if (inbox.hasFeedEntry(entry.key))
                continue;
            IntakeSource source;
            source.id = InboxStore::stableId(QStringLiteral("feed-entry/") + entry.key);
            source.kind = QStringLiteral("feed");
            source.address = entry.key;
            source.receivedOn = entry.published.isValid() ? entry.published.toLocalTime().date()
                                                          : database.clock().today();
            source.text = entry.text;
            if (!entry.link.isEmpty() && !entry.text.contains(entry.link))
                source.text += QStringLiteral("\n\n") + entry.link;
            result.drafts += int(intake.add(source, feed.organizationId).size());
            ++result.newEntries;
        }
        transaction.commit();
    } catch (const CoalitionError &error) {
        result.error = error.message();
        result.newEntries = result.drafts = 0;
    }
    return result;
}

QVector<PartnerFeedFetch::Result> PartnerFeedFetch::fetchAll(Database &database,
                                                             const HttpClient::Limits &limits,
                                                             const QString &caFile)
{
    QVector<Result> results;
    for (const PartnerFeed &feed : PartnerFeedStore(database).list())
        results << fetch(database, feed, limits, caFile);
    return results;
}

QString PartnerFeedFetch::describe(const QVector<Result> &results)
{
    int read = 0, entries = 0, drafts = 0;
    QStringList failures;
    for (const Result &result : results) {
        if (!result.error.isEmpty()) {
            failures << result.error;
            continue;
        }
        ++read;
        entries += result.newEntries;
        drafts += result.drafts;
    }
    if (results.isEmpty())
        return tr("No partner feeds to read: add one with Edit > Partner feeds.");
    QString text = tr("%n feed(s) read", nullptr, read) + QStringLiteral(": ") +
                   tr("%n new entry(s)", nullptr, entries) + QStringLiteral(", ") +
                   tr("%n draft(s) in the Inbox.", nullptr, drafts);
    if (!failures.isEmpty())
        text += QLatin1Char(' ') + tr("%n feed(s) failed:", nullptr, int(failures.size())) +
                QLatin1Char(' ') + failures.join(QLatin1Char(' '));
    return text;
}
