#include "model/sync/FeedSync.h"

#include "model/feed/SyncJournal.h"

#include "model/domain/Clock.h"
#include "model/domain/CoalitionError.h"
#include "model/feed/MergeInvariants.h"
#include "model/storage/Database.h"
#include "model/storage/DeferredSearchIndex.h"
#include "model/storage/SearchIndex.h"
#include "model/storage/StampStore.h"
#include "model/storage/Transaction.h"
#include "model/storage/schema/Schema.h"
#include "model/sync/DeviceIdScope.h"
#include "model/sync/FileFeedTransport.h"
#include "model/sync/IncomingFeed.h"
#include "model/sync/IncomingSlices.h"
#include "model/sync/OutgoingFeed.h"
#include "model/sync/ServerFeedTransport.h"

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

// How far ahead of this laptop's clock a stamp may be and still move the clock or win a
// field (docs/feed-format.md, "Clocks").
constexpr qint64 clockAheadBoundMs = 24 * 3600 * 1000LL;

// The wall time after which FeedMerge holds a stamp instead of letting it win.
qint64 heldAfter(Database &database)
{
    return database.clock().now().toMSecsSinceEpoch() + clockAheadBoundMs;
}

// Never delete most of the data without a person saying so.
void refuseMassDelete(int deleting, int visible, const FeedSync::Options &options)
{
    if (!options.allowMassDelete && deleting > 0 && deleting * 2 > visible)
        throw MassDeleteRefused(
            QCoreApplication::translate("FeedSync",
                                        "This sync would delete %1 of the %2 records on this "
                                        "laptop; nothing was changed. If that is right, sync with "
                                        "--allow-mass-delete.")
                .arg(deleting)
                .arg(visible));
}

// The latest stamps of a merged state: of all, and of those at most a day ahead of this
// laptop's clock.
struct LatestStamps
{
    Stamp held;
    Stamp any;
    void add(const FeedMerge::Result &merged)
    {
        held = qMax(held, FeedMerge::latestStamp(merged.state, merged.heldAfter));
        any = qMax(any, FeedMerge::latestStamp(merged.state));
    }
};

// The receive rule of the hybrid logical clock, for the merged state's latest stamp that
// is at most a day ahead of this laptop's clock: one stamp from a laptop whose clock is
// wrong (year 9999, say) would otherwise pin every laptop's clock to it for good. The
// merge has held such a stamp's values as conflicts rather than let them win; the
// returned note names the laptop, which re-sends them until its clock is put right.
QStringList receiveLatest(const LatestStamps &latest, qint64 heldAfter, Database &database)
{
    database.stamps()->receive(latest.held);
    if (latest.any.wall <= heldAfter)
        return {};
    const qint64 ahead = latest.any.wall - database.clock().now().toMSecsSinceEpoch();
    return {QCoreApplication::translate("FeedSync",
                                        "A laptop's clock is %1 hours ahead (device %2); check "
                                        "its date and time")
                .arg(ahead / (3600 * 1000))
                .arg(latest.any.device.left(8))};
}

// Changes without the fields the feed just gave this laptop, stamp and value alike: at a
// first sync a laptop holds much of what the feed holds (the same sample loaded, a
// database that synced with format 1), and sending it back would double the feed.
FeedState withoutWhatCameIn(FeedState changes, const FeedState &incoming)
{
    for (auto record = changes.begin(); record != changes.end();) {
        const auto came = incoming.constFind(record.key());
        if (came != incoming.cend()) {
            for (auto field = record->fields.begin(); field != record->fields.end();) {
                if (came->fields.value(field.key()) == *field)
                    field = record->fields.erase(field);
                else
                    ++field;
            }
        }
        record = record->fields.isEmpty() ? changes.erase(record) : std::next(record);
    }
    return changes;
}

} // namespace

FeedSync::Outcome FeedSync::sync(Database &database, const Options &options)
{
    if (ServerAddress::isServerUrl(options.feed)) {
        // The same patience as with a web server: a stall, and a deadline for the whole.
        ServerWaits waits;
        waits.lockMs = options.limits.transferTimeoutMs;
        waits.statementMs = options.limits.deadlineMs;
        ServerFeedTransport transport(ServerAddress::parse(options.feed), options.serverPassword,
                                      options.caFile, waits);
        return sync(database, transport, options);
    }
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
    IncomingFeed::Context context;
    context.location = transport.location();
    context.passphrase = options.passphrase;
    context.last = journal.lastSync(context.location);
    context.createMissingFeed = options.createMissingFeed;
    context.rejoin = options.rejoin;
    for (int attempt = 1;; ++attempt) {
        Outcome outcome;
        outcome.attempts = attempt;
        outcome.location = context.location;
        const FeedTransport::Fetched fetched = transport.fetch();
        context.ourTeam = stamps->teamId();
        context.heldAfter = heldAfter(database);
        IncomingFeed in = IncomingFeed::read(fetched, context);
        context.feedWasThere = context.feedWasThere || fetched.exists;
        outcome.createdFeed = !fetched.exists;
        outcome.migrated = in.format == 1;
        outcome.mergedCopies = int(in.mergedCopies.size());
        outcome.newSegments = in.newSegments;

        // First what the merge would do, slice by slice, before anything is written: a
        // refusal leaves the database as it was. Then, in the transaction, the same
        // slices merged and applied (a single slice is merged once).
        const IncomingSlices slices(in, context.heldAfter, options.sliceRecords);
        bool copied = false;
        int deleting = 0;
        LatestStamps latest;
        QHash<QString, int> toWrite; // per table, records the merge writes
        int sliceCount = 0;
        FeedState onlySlice, onlyLocal;
        FeedMerge::Result onlyMerged;
        slices.forEach([&](const FeedState &slice) {
            FeedState local = store.localRecords(slice);
            copied = copied || DeviceIdScope::isCopy(slice, local, stamps->deviceId());
            FeedMerge::Result merged =
                FeedMerge::merge(local, slice, context.last.stamp, context.heldAfter);
            deleting += SyncStore::deletedBy(local, merged);
            latest.add(merged);
            for (auto it = merged.state.cbegin(); it != merged.state.cend(); ++it)
                toWrite[it.key().first] += local.value(it.key()) != *it;
            if (++sliceCount == 1) {
                onlySlice = slice;
                onlyLocal = std::move(local);
                onlyMerged = std::move(merged);
            } else {
                onlySlice = onlyLocal = FeedState();
                onlyMerged = FeedMerge::Result();
            }
        });
        refuseMassDelete(deleting, store.visibleRecords(), options);
        {
            // Declared before the transaction, so it puts the stored device id back after
            // a rollback: a refused or lost round leaves the laptop's identity unchanged.
            DeviceIdScope deviceId(*stamps);
            Transaction transaction(database);
            QStringList notes;
            if (copied) {
                // From this sync on the database stamps with an id of its own.
                deviceId.rekey();
                notes << QCoreApplication::translate(
                    "FeedSync", "This database was a copy of another laptop's; it now has its "
                                "own device id");
            }
            notes << receiveLatest(latest, context.heldAfter, database);
            const qint64 beforeApply = store.lastSeq();
            // What the feed already holds of what this laptop may have to tell it: the
            // incoming records of the records this laptop changed since its last sync
            // (everything it holds, at a first sync or a rejoin).
            const bool continuing = context.last.format == SegmentedFeed::formatVersion &&
                                    in.format == SegmentedFeed::formatVersion && !options.rejoin;
            const qint64 toldUpTo = continuing ? context.last.lastSeq : -1;
            FeedState cameIn = sliceCount == 1 ? onlySlice : FeedState();
            const QSet<RecordKey> unsent =
                sliceCount > 1 ? store.recordsChangedSince(toldUpTo) : QSet<RecordKey>();
            const auto applySlice = [&](const FeedState &local, FeedMerge::Result &merged,
                                        SyncStore::SearchUpkeep search) {
                settleAndRecordConflicts(merged, local, database);
                outcome.summary.add(store.apply(local, merged, search));
            };
            if (sliceCount == 1) {
                applySlice(onlyLocal, onlyMerged, SyncStore::SearchUpkeep::AsWorthIt);
            } else if (sliceCount > 1) {
                // Tables most of whose rows this sync writes get their search index built
                // once at the end, not once a slice.
                // (Only this version's tables: a newer Coalition's records have none here.)
                std::vector<std::unique_ptr<DeferredSearchIndex>> deferred;
                for (const QString &table : store.tables()) {
                    if (DeferredSearchIndex::worthIt(toWrite.value(table), store.rowCount(table)))
                        deferred.push_back(std::make_unique<DeferredSearchIndex>(database, table));
                }
                // The slices come in key order, action items before the campaigns they
                // name: the records others refer to go in first, in a reading of their own.
                const QStringList referenced = SyncRowWriter::referencedTables();
                for (const bool first : {true, false}) {
                    slices.forEach([&](const FeedState &whole) {
                        FeedState slice;
                        for (auto it = whole.cbegin(); it != whole.cend(); ++it) {
                            if (referenced.contains(it.key().first) == first)
                                slice.insert(it.key(), *it);
                        }
                        if (slice.isEmpty())
                            return;
                        const FeedState local = store.localRecords(slice);
                        FeedMerge::Result merged =
                            FeedMerge::merge(local, slice, context.last.stamp, context.heldAfter);
                        applySlice(local, merged, SyncStore::SearchUpkeep::Triggers);
                        for (auto it = slice.cbegin(); it != slice.cend(); ++it) {
                            if (unsent.contains(it.key()))
                                cameIn.insert(it.key(), *it);
                        }
                    });
                }
                for (const auto &index : deferred)
                    index->rebuild();
            }
            // A database joins the team of a feed it has read. The first feed of a new
            // team gets a new id, but its creator joins only when it next reads the feed:
            // two laptops creating the feed at the same moment (a server checks
            // If-None-Match and then writes) both end in the team whose feed stayed.
            if (fetched.exists && !in.team.isEmpty() && in.team != stamps->teamId())
                stamps->joinTeam(in.team);
            OutgoingFeed::Request request;
            request.team =
                in.team.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : in.team;
            request.device = stamps->deviceId();
            request.schema = database.schemaVersion();
            request.passphrase = options.passphrase;
            request.noEncryption = options.noEncryption;
            request.newPassphrase = options.newPassphrase;
            request.rotateKey = options.rotateKey;
            request.location = context.location;
            // What the feed has not heard from this laptop: everything at a first sync
            // (or a rejoin), else what changed since the last one.
            const auto changes = [&] {
                return withoutWhatCameIn(
                    store.changesSince(toldUpTo, beforeApply, stamps->deviceId()), cameIn);
            };
            OutgoingFeed::WholeState whole;
            whole.lineCount = [&store] {
                return store.stampCount();
            };
            whole.lines = [&store](const SegmentedFeed::LineSink &sink) {
                return store.writeStateLines(sink);
            };
            const OutgoingFeed out(in, changes, request, whole);
            const SegmentedFeed *written = out.toWrite();
            if (!written || transport.store(*written)) {
                outcome.wroteFeed = written != nullptr;
                outcome.compacted = out.compacted();
                outcome.summary.notes = notes + transport.notes();
                SyncJournal::LastSync position;
                position.known = true;
                position.stamp = stamps->next();
                position.format = SegmentedFeed::formatVersion;
                position.snapshotId = out.result().segments().first().id;
                position.lastSeq = store.lastSeq();
                position.heads = out.result().heads();
                journal.recordSync(context.location, position, outcome.summary);
                transaction.commit();
                deviceId.commit();
                const auto total = outcome.summary.total();
                if (total.added + total.changed + total.deleted >= SearchIndex::bulkChange)
                    SearchIndex(database).optimize();
                transport.finish(in.mergedCopies);
                return outcome;
            }
        } // another laptop wrote first: roll back and merge theirs too
        if (attempt >= options.maxAttempts)
            throw CoalitionError(QCoreApplication::translate(
                                     "FeedSync",
                                     "The feed %1 kept changing while syncing (%2 tries); nothing "
                                     "was changed. Sync again in a moment.")
                                     .arg(context.location)
                                     .arg(attempt));
        backOff(attempt);
    }
}
