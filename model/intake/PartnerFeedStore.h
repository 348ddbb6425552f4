#pragma once

#include <QString>
#include <QVector>

class Database;

// A partner's news feed the team watches: an RSS or Atom address under the organization
// that publishes it.
struct PartnerFeed
{
    QString id;
    QString organizationId;
    QString address;
};

// The partner feeds (schema step 11). Every change is stamped and travels in the feed, so
// the team watches the same addresses; a feed taken off is marked removed, not deleted.
// Only addresses a person entered are ever fetched.
class PartnerFeedStore
{
public:
    explicit PartnerFeedStore(Database &database);

    // The feeds watched, by organization name and address.
    QVector<PartnerFeed> list() const;
    // Adds (or puts back) a feed. Throws ValidationError for an address that is not an
    // http or https URL with a host, or an organization that does not exist.
    PartnerFeed add(const QString &organizationId, const QString &address);
    void remove(const QString &id);

private:
    void write(const PartnerFeed &feed, const QString &removed);

    Database &m_database;
};
