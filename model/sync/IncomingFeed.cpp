#include "model/sync/IncomingFeed.h"

#include "model/domain/CoalitionError.h"
#include "model/feed/FeedCodec.h"
#include "model/feed/FeedMerge.h"

#include <QCoreApplication>

namespace {

// A laptop's chain head this laptop merged that the feed no longer reaches: the feed was
// put back to an older copy, or started anew, or someone removed segments.
void refuseLostSegments(const QHash<QString, SyncJournal::ChainHead> &heads,
                        const IncomingFeed::Context &context)
{
    if (context.rejoin || context.last.format < SegmentedFeed::formatVersion)
        return;
    for (auto mine = context.last.heads.cbegin(); mine != context.last.heads.cend(); ++mine) {
        const qint64 there = heads.value(mine.key()).first;
        if (there < mine->first)
            throw CoalitionError(
                QCoreApplication::translate(
                    "FeedSync",
                    "Segment %1 of laptop %2 was merged here at an earlier sync and is no longer "
                    "in the feed %3: the feed was replaced by an older copy, started anew or "
                    "altered. Nothing was changed. If your team started the feed anew on "
                    "purpose, sync with --rejoin to put this laptop's records back into it.")
                    .arg(mine->first)
                    .arg(mine.key().left(8), context.location));
    }
}

bool isNew(const SegmentedFeed::Segment &segment, const SyncJournal::LastSync &last)
{
    if (segment.description.kind == SegmentDescription::Kind::Snapshot)
        return segment.id != last.snapshotId;
    return segment.description.number > last.heads.value(segment.description.device).first;
}

// The content of the feed's segments this laptop has not merged, merged into state; a
// new snapshot is left sealed when sealedSnapshot is given (set to its index).
int mergeNewSegments(const SegmentedFeed &feed, const SyncJournal::LastSync &last, qint64 heldAfter,
                     FeedState &state, int *sealedSnapshot = nullptr)
{
    int count = 0;
    for (const SegmentedFeed::Segment &segment : feed.segments()) {
        if (!isNew(segment, last))
            continue;
        if (sealedSnapshot && segment.description.kind == SegmentDescription::Kind::Snapshot) {
            *sealedSnapshot = int(&segment - feed.segments().data());
            ++count;
            continue;
        }
        const FeedState content = feed.content(segment);
        state = state.isEmpty() ? content : FeedMerge::merge(state, content, {}, heldAfter).state;
        ++count;
    }
    return count;
}

void refuseOtherTeam(const QString &feedTeam, const IncomingFeed::Context &context)
{
    if (!feedTeam.isEmpty() && !context.ourTeam.isEmpty() && feedTeam != context.ourTeam)
        throw CoalitionError(
            QCoreApplication::translate("FeedSync",
                                        "The feed %1 belongs to another team than this laptop's "
                                        "database, which already syncs with a feed of its own; "
                                        "syncing would mix two coalitions' records. Nothing was "
                                        "changed. To join that team, start a new database "
                                        "(File > New) and sync it with this feed.")
                .arg(context.location));
}

void refuseMissing(const IncomingFeed::Context &context)
{
    if (context.createMissingFeed)
        return;
    if (context.feedWasThere)
        // Read a moment ago and gone before the merge was stored: writing this laptop's
        // state as a new feed would leave the team's records out of it.
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedSync",
                                 "The feed %1 disappeared during the sync (a drive "
                                 "unplugged, or the file moved or deleted). Nothing was "
                                 "changed. Sync again once it is back, or with --create-feed "
                                 "to start it anew from this laptop.")
                                 .arg(context.location));
    if (context.last.known)
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedSync",
                                 "The feed %1 was there at this laptop's last sync and is now "
                                 "missing (an unmounted drive or a moved folder?). Nothing was "
                                 "changed. To start the feed anew from this laptop, sync with "
                                 "--create-feed.")
                                 .arg(context.location));
}

// A format 1 feed, read whole. A feed signed with a passphrase is checked with it; an
// unsigned one is read as it is when this laptop never synced it (its first sync moves
// the team to format 2 under the passphrase given), and refused otherwise, as format 1
// always refused an unsigned feed where a passphrase was given.
FeedState readFormat1(const QByteArray &bytes, const IncomingFeed::Context &context)
{
    if (context.last.format >= SegmentedFeed::formatVersion)
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedSync",
                                 "The feed %1 is in format 1, but your team has moved it to the "
                                 "encrypted format 2: an older copy was put back, or an older "
                                 "Coalition wrote it. Nothing was changed.")
                                 .arg(context.location));
    const bool check = FeedCodec::isSigned(bytes) || context.last.known;
    return FeedCodec::decode(bytes, check ? context.passphrase : QString());
}

} // namespace

IncomingFeed IncomingFeed::read(const FeedTransport::Fetched &fetched, const Context &context)
{
    IncomingFeed in;
    in.team = context.ourTeam;
    if (!fetched.exists) {
        refuseMissing(context);
    } else if (!fetched.stored && SegmentedFeed::formatOf(fetched.bytes) == 1) {
        in.format = 1;
        in.state = readFormat1(fetched.bytes, context);
        in.mustRewrite = true;
        const QString team = FeedCodec::teamOf(fetched.bytes);
        refuseOtherTeam(team, context);
        if (!team.isEmpty())
            in.team = team;
    } else {
        in.format = SegmentedFeed::formatVersion;
        in.feed = fetched.stored
                      ? SegmentedFeed::openStored(fetched.storedHeader, fetched.storedSegments,
                                                  context.passphrase, fetched.loadSegment)
                      : SegmentedFeed::open(fetched.bytes, context.passphrase);
        refuseOtherTeam(in.feed->team(), context);
        in.team = in.feed->team();
    }
    // Copies a sync tool made when two laptops wrote at once hold edits too; a damaged
    // one (or one of another team) is left where it is for a person to look at.
    QVector<SegmentedFeed> unjoined;
    for (const FeedTransport::Copy &copy : fetched.copies) {
        try {
            if (SegmentedFeed::formatOf(copy.bytes) == 1) {
                if (context.last.format >= SegmentedFeed::formatVersion)
                    continue;
                in.state =
                    FeedMerge::merge(in.state, FeedCodec::decode(copy.bytes, context.passphrase),
                                     {}, context.heldAfter)
                        .state;
                in.mustRewrite = true;
            } else {
                SegmentedFeed other = SegmentedFeed::open(copy.bytes, context.passphrase);
                if (other.team() != in.team && !in.team.isEmpty())
                    continue;
                if (!in.feed || !in.feed->absorb(other))
                    unjoined.append(std::move(other));
            }
            in.mergedCopies << copy.name;
        } catch (const CoalitionError &) {
        }
    }
    if (in.feed)
        in.newSegments =
            mergeNewSegments(*in.feed, context.last, context.heldAfter, in.state, &in.newSnapshot);
    for (const SegmentedFeed &other : qAsConst(unjoined)) {
        in.newSegments += mergeNewSegments(other, context.last, context.heldAfter, in.state);
        const auto heads = other.heads();
        for (auto head = heads.cbegin(); head != heads.cend(); ++head) {
            if (head->first > in.copyHeads.value(head.key()).first)
                in.copyHeads.insert(head.key(), head.value());
        }
        in.mustRewrite = true;
    }
    // Checked with the copies taken in: a laptop's last segment may be in a copy only.
    if (in.feed) {
        QHash<QString, SyncJournal::ChainHead> heads = in.copyHeads;
        const auto feedHeads = in.feed->heads();
        for (auto head = feedHeads.cbegin(); head != feedHeads.cend(); ++head) {
            if (head->first > heads.value(head.key()).first)
                heads.insert(head.key(), head.value());
        }
        refuseLostSegments(heads, context);
    }
    return in;
}
