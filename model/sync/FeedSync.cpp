#include "model/sync/FeedSync.h"

#include "model/feed/SyncJournal.h"

#include "model/domain/Clock.h"
#include "model/domain/CoalitionError.h"
#include "model/feed/FeedCodec.h"
#include "model/feed/MergeInvariants.h"
#include "model/storage/Database.h"
#include "model/storage/SearchIndex.h"
#include "model/storage/StampStore.h"
#include "model/storage/Transaction.h"
#include "model/sync/FileFeedTransport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QThread>
#include <QUuid>

namespace {

QString stampText(const Stamp &stamp)
{
    return QStringLiteral("%1.%2.%3").arg(stamp.wall).arg(stamp.counter).arg(stamp.device);
}

// Stamps with our device id that this database never made: its file was copied and
// another laptop writes with the same id. A feed stamp of ours that is older than the
// field's stamp here is not one: it is what we synced before editing the field again.
bool madeByACopy(const FeedState &remote, const FeedState &local, const QString &device)
{
    for (auto record = remote.cbegin(); record != remote.cend(); ++record) {
        const FeedRecord here = local.value(record.key());
        for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
            if (field->stamp.device != device)
                continue;
            const auto mine = here.fields.constFind(field.key());
            if (mine == here.fields.cend() || mine->stamp < field->stamp ||
                (mine->stamp == field->stamp && *mine != *field))
                return true;
        }
    }
    return false;
}

// A new device id for a database found to be a copy, kept only if the sync's
// transaction commits: otherwise the stamp clock goes back to the stored id.
class DeviceIdScope
{
public:
    explicit DeviceIdScope(StampStore &stamps) : m_stamps(stamps) {}
    DeviceIdScope(const DeviceIdScope &) = delete;
    DeviceIdScope &operator=(const DeviceIdScope &) = delete;
    ~DeviceIdScope()
    {
        if (m_rekeyed && !m_committed)
            m_stamps.reloadDevice();
    }
    void rekey()
    {
        m_stamps.rekey();
        m_rekeyed = true;
    }
    void commit() { m_committed = true; }

private:
    StampStore &m_stamps;
    bool m_rekeyed = false;
    bool m_committed = false;
};

// Settles what the tables would refuse (MergeInvariants), then adds every conflict to
// the feed's list, under an id every laptop computes alike for the same clash
// (conflicts join the state as records, so every laptop lists them).
void settleAndRecordConflicts(FeedMerge::Result &merged, const FeedState &local, Database &database)
{
    MergeInvariants::settle(
        merged, local, [&database] { return database.stamps()->next(); }, database.author());
    for (const FeedMerge::Conflict &conflict : merged.conflicts) {
        const QString id = QString::fromLatin1(
            QCryptographicHash::hash((conflict.record.first + QLatin1Char('|') +
                                      conflict.record.second + QLatin1Char('|') + conflict.field +
                                      QLatin1Char('|') + stampText(conflict.lost.stamp) +
                                      QLatin1Char('|') + stampText(conflict.kept.stamp))
                                         .toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex());
        FeedRecord &record = merged.state[{QStringLiteral("sync_conflicts"), id}];
        if (!record.fields.isEmpty())
            continue;
        const Stamp stamp = database.stamps()->next();
        auto set = [&](const char *name, const std::optional<QString> &value) {
            record.fields.insert(QString::fromLatin1(name),
                                 FieldValue{value, stamp, database.author()});
        };
        set("entity", conflict.record.first);
        set("record_id", conflict.record.second);
        set("field", conflict.field);
        set("kept_value", conflict.kept.value);
        set("kept_stamp", stampText(conflict.kept.stamp));
        set("kept_author", conflict.kept.author);
        set("lost_value", conflict.lost.value);
        set("lost_stamp", stampText(conflict.lost.stamp));
        set("lost_author", conflict.lost.author);
        set("detected_at", database.clock().nowIsoUtc());
        set("resolved", QStringLiteral("0"));
    }
}

// Waits a little longer after each round lost to another laptop, with jitter so two
// laptops that collided do not collide again.
void backOff(int attempt)
{
    const int base = 100 << qMin(attempt - 1, 5);
    QThread::msleep(ulong(base + int(QRandomGenerator::global()->bounded(base / 2 + 1))));
}

// The feed as this round read it: its state with any conflicted copies merged in, and
// the team it belongs to.
struct RemoteFeed
{
    FeedState state;
    QString team;
    bool exists = false;
    QStringList mergedCopies;
};

// How far ahead of this laptop's clock a stamp may be and still move the clock or win a
// field (docs/feed-format.md, "Clocks").
constexpr qint64 clockAheadBoundMs = 24 * 3600 * 1000LL;

// The wall time after which FeedMerge holds a stamp instead of letting it win.
qint64 heldAfter(Database &database)
{
    return database.clock().now().toMSecsSinceEpoch() + clockAheadBoundMs;
}

// Reads and checks the feed; throws, changing nothing, when it belongs to another team
// or is missing where it should be. feedWasThere: an earlier round of this sync saw it.
RemoteFeed readRemote(const FeedTransport::Fetched &fetched, const QString &feed,
                      const QString &ourTeam, bool feedWasThere, bool knownFeed,
                      const FeedSync::Options &options, qint64 heldAfter)
{
    RemoteFeed remote;
    remote.team = ourTeam;
    remote.exists = fetched.exists;
    if (fetched.exists) {
        remote.state = FeedCodec::decode(fetched.bytes, options.passphrase);
        const QString feedTeam = FeedCodec::teamOf(fetched.bytes);
        if (!feedTeam.isEmpty() && !ourTeam.isEmpty() && feedTeam != ourTeam)
            throw CoalitionError(QCoreApplication::translate(
                                     "FeedSync",
                                     "The feed %1 belongs to another team than this laptop's "
                                     "database, which already syncs with a feed of its own; "
                                     "syncing would mix two coalitions' records. Nothing was "
                                     "changed. To join that team, start a new database "
                                     "(File > New) and sync it with this feed.")
                                     .arg(feed));
        if (!feedTeam.isEmpty())
            remote.team = feedTeam;
    } else if (feedWasThere && !options.createMissingFeed) {
        // Read a moment ago and gone before the merge was stored: writing this
        // laptop's state as a new feed would leave the team's records out of it.
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedSync",
                                 "The feed %1 disappeared during the sync (a drive "
                                 "unplugged, or the file moved or deleted). Nothing was "
                                 "changed. Sync again once it is back, or with --create-feed "
                                 "to start it anew from this laptop.")
                                 .arg(feed));
    } else if (knownFeed && !options.createMissingFeed) {
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedSync",
                                 "The feed %1 was there at this laptop's last sync and is now "
                                 "missing (an unmounted drive or a moved folder?). Nothing was "
                                 "changed. To start the feed anew from this laptop, sync with "
                                 "--create-feed.")
                                 .arg(feed));
    }
    // Copies a sync tool made when two laptops wrote at once hold edits too; a
    // damaged one is left where it is for a person to look at.
    for (const FeedTransport::Copy &copy : fetched.copies) {
        try {
            remote.state =
                FeedMerge::merge(remote.state, FeedCodec::decode(copy.bytes, options.passphrase),
                                 {}, heldAfter)
                    .state;
            remote.mergedCopies << copy.name;
        } catch (const CoalitionError &) {
        }
    }
    return remote;
}

// Never delete most of the data without a person saying so.
void refuseMassDelete(const SyncStore &store, const FeedState &local,
                      const FeedMerge::Result &merged, const FeedSync::Options &options)
{
    const auto [deleting, visible] = store.deletions(local, merged);
    if (!options.allowMassDelete && deleting > 0 && deleting * 2 > visible)
        throw MassDeleteRefused(
            QCoreApplication::translate("FeedSync",
                                        "This sync would delete %1 of the %2 records on this "
                                        "laptop; nothing was changed. If that is right, sync with "
                                        "--allow-mass-delete.")
                .arg(deleting)
                .arg(visible));
}

// The receive rule of the hybrid logical clock, for the merged state's latest stamp that
// is at most a day ahead of this laptop's clock: one stamp from a laptop whose clock is
// wrong (year 9999, say) would otherwise pin every laptop's clock to it for good. The
// merge has held such a stamp's values as conflicts rather than let them win; the
// returned note names the laptop, which re-sends them until its clock is put right.
QStringList receiveLatest(const FeedMerge::Result &merged, Database &database)
{
    database.stamps()->receive(FeedMerge::latestStamp(merged.state, merged.heldAfter));
    const Stamp latest = FeedMerge::latestStamp(merged.state);
    if (latest.wall <= merged.heldAfter)
        return {};
    const qint64 ahead = latest.wall - database.clock().now().toMSecsSinceEpoch();
    return {QCoreApplication::translate("FeedSync",
                                        "A laptop's clock is %1 hours ahead (device %2); check "
                                        "its date and time")
                .arg(ahead / (3600 * 1000))
                .arg(latest.device.left(8))};
}

} // namespace

FeedSync::Outcome FeedSync::sync(Database &database, const Options &options)
{
    if (HttpFeedTransport::isUrl(options.feed)) {
        HttpFeedTransport transport(QUrl(options.feed), options.limits, options.caFile);
        return sync(database, transport, options);
    }
    FileFeedTransport transport(options.feed);
    return sync(database, transport, options);
}

FeedSync::Outcome FeedSync::sync(Database &database, FeedTransport &transport,
                                 const Options &options)
{
    StampStore *stamps = database.stamps();
    if (!stamps)
        throw CoalitionError(QCoreApplication::translate(
            "FeedSync", "This database cannot sync yet; open it once with this Coalition."));
    SyncStore store(database);
    SyncJournal journal(database);
    const QString feed = transport.location();
    const SyncJournal::LastSync last = journal.lastSync(feed);
    QStringList notes;
    bool feedWasThere = false; // seen by an earlier round of this sync
    for (int attempt = 1;; ++attempt) {
        Outcome outcome;
        outcome.attempts = attempt;
        outcome.location = feed;
        const FeedTransport::Fetched fetched = transport.fetch();
        const qint64 holdAfter = heldAfter(database);
        const RemoteFeed remote = readRemote(fetched, feed, stamps->teamId(), feedWasThere,
                                             last.known, options, holdAfter);
        feedWasThere = feedWasThere || fetched.exists;
        outcome.createdFeed = !fetched.exists;
        outcome.mergedCopies = int(remote.mergedCopies.size());
        QString team = remote.team;

        const FeedState local = store.localState();
        const bool copied = madeByACopy(remote.state, local, stamps->deviceId());
        FeedMerge::Result merged = FeedMerge::merge(local, remote.state, last.stamp, holdAfter);
        refuseMassDelete(store, local, merged, options);
        {
            // Declared before the transaction, so it puts the stored device id back after
            // a rollback: a refused or lost round leaves the laptop's identity unchanged.
            DeviceIdScope deviceId(*stamps);
            Transaction transaction(database);
            QStringList roundNotes = notes;
            if (copied) {
                // From this sync on the database stamps with an id of its own.
                deviceId.rekey();
                roundNotes << QCoreApplication::translate(
                    "FeedSync", "This database was a copy of another laptop's; it now has its "
                                "own device id");
            }
            roundNotes << receiveLatest(merged, database);
            settleAndRecordConflicts(merged, local, database);
            outcome.summary = store.apply(local, merged);
            // A database joins the team of a feed it has read. The first feed of a new
            // team gets a new id, but its creator joins only when it next reads the feed:
            // two laptops creating the feed at the same moment (a server checks
            // If-None-Match and then writes) both end in the team whose feed stayed.
            if (fetched.exists && !team.isEmpty() && team != stamps->teamId())
                stamps->joinTeam(team);
            if (team.isEmpty())
                team = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QByteArray bytes =
                FeedCodec::encode(merged.state, database.schemaVersion(), options.passphrase, team);
            if (transport.store(bytes)) {
                outcome.summary.notes = roundNotes + transport.notes();
                journal.recordSync(feed, FeedCodec::embeddedChecksum(bytes), stamps->next(),
                                   outcome.summary);
                transaction.commit();
                deviceId.commit();
                const auto total = outcome.summary.total();
                if (total.added + total.changed + total.deleted >= SearchIndex::bulkChange)
                    SearchIndex(database).optimize();
                transport.finish(remote.mergedCopies);
                return outcome;
            }
        } // another laptop wrote first: roll back and merge theirs too
        if (attempt >= options.maxAttempts)
            throw CoalitionError(QCoreApplication::translate(
                                     "FeedSync",
                                     "The feed %1 kept changing while syncing (%2 tries); nothing "
                                     "was changed. Sync again in a moment.")
                                     .arg(feed)
                                     .arg(attempt));
        backOff(attempt);
    }
}
