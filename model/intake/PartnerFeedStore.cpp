#include "model/intake/PartnerFeedStore.h"

#include "model/domain/ValidationError.h"
#include "model/intake/InboxStore.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Database.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>
#include <QUrl>

PartnerFeedStore::PartnerFeedStore(Database &database) : m_database(database) {}

QVector<PartnerFeed> PartnerFeedStore::list() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT f.id, coalesce(f.organization_id, ''), f.address FROM "
                                   "partner_feeds f LEFT JOIN organizations o ON o.id = "
                                   "f.organization_id WHERE f.removed = '' ORDER BY o.name "
                                   "COLLATE NOCASE, f.address"));
    query.exec();
    QVector<PartnerFeed> feeds;
    while (query.next())
        feeds << PartnerFeed{query.text(0), query.text(1), query.text(2)};
    return feeds;
}

PartnerFeed PartnerFeedStore::add(const QString &organizationId, const QString &address)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        throw ValidationError(QStringLiteral("address"),
                              QCoreApplication::translate("PartnerFeedStore",
                                                          "“%1” is not a feed's address: give "
                                                          "one that starts with https:// (or "
                                                          "http://).")
                                  .arg(address.trimmed()));
    if (!OrganizationRepository(m_database).get(organizationId))
        throw ValidationError(QStringLiteral("organization_id"),
                              QCoreApplication::translate("PartnerFeedStore",
                                                          "Choose the organization that "
                                                          "publishes the feed."));
    PartnerFeed feed;
    feed.organizationId = organizationId;
    feed.address = url.toString(QUrl::FullyEncoded);
    feed.id = InboxStore::stableId(QStringLiteral("feed/%1/%2").arg(organizationId, feed.address));
    write(feed, QString());
    return feed;
}

void PartnerFeedStore::remove(const QString &id)
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT coalesce(organization_id, ''), address FROM "
                                   "partner_feeds WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (query.next())
        write(PartnerFeed{id, query.text(0), query.text(1)}, QStringLiteral("1"));
}

void PartnerFeedStore::write(const PartnerFeed &feed, const QString &removed)
{
    Transaction transaction(m_database);
    Statement(m_database.connection(),
              QStringLiteral("INSERT INTO partner_feeds (id, organization_id, address, removed) "
                             "VALUES (:id, :organization, :address, :removed) ON CONFLICT(id) "
                             "DO UPDATE SET removed = excluded.removed"))
        .bind(QStringLiteral(":id"), feed.id)
        .bind(QStringLiteral(":organization"), feed.organizationId)
        .bind(QStringLiteral(":address"), feed.address)
        .bind(QStringLiteral(":removed"), removed)
        .exec();
    m_database.stamps()->record(QStringLiteral("partner_feeds"), feed.id,
                                {{QStringLiteral("organization_id"), feed.organizationId},
                                 {QStringLiteral("address"), feed.address},
                                 {QStringLiteral("removed"), removed}},
                                m_database.stamps()->next(), m_database.author());
    transaction.commit();
}
