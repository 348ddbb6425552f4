#include "model/sync/OutgoingFeed.h"

#include "model/feed/PassphraseNeeded.h"
#include "model/sync/IncomingFeed.h"

#include <QCoreApplication>

OutgoingFeed::OutgoingFeed(IncomingFeed &in, const std::function<FeedState()> &changes,
                           const Request &request, const WholeState &wholeState)
{
    const auto snapshot = [&](const QHash<QString, QPair<qint64, QByteArray>> &extraHeads) {
        m_feed->replaceWithSnapshot(wholeState.lines, wholeState.lineCount(), request.device,
                                    request.schema, extraHeads);
        m_written = true;
    };
    if (!in.feed) {
        // No format 2 feed yet: made now, from a format 1 feed's passphrase or the one given.
        if (request.passphrase.isEmpty() && !request.noEncryption)
            throw PassphraseNeeded(
                PassphraseNeeded::Reason::NewFeed,
                QCoreApplication::translate(
                    "FeedSync",
                    "The feed %1 is to be created (or moved to the encrypted format 2) and needs "
                    "a team passphrase, which every laptop of the team will need to sync: give "
                    "it with --passphrase-file FILE, or choose --no-encryption to write a feed "
                    "anyone who can read the file can read. Nothing was changed.")
                    .arg(request.location));
        m_feed = SegmentedFeed::create(request.team, request.passphrase, request.schema);
        snapshot(in.copyHeads);
    } else {
        m_feed = std::move(in.feed);
        in.feed.reset();
        if (in.mustRewrite) {
            snapshot(in.copyHeads);
        } else if (const FeedState told = changes(); !told.isEmpty()) {
            m_feed->append(told, request.device, request.schema);
            m_written = true;
            // Segments that outweigh the snapshot cost every new laptop more to read than
            // the state they make: fold them in (a laptop that missed them converges from
            // the snapshot, which keeps every chain's head and every tombstone).
            if (m_feed->changesSize() > m_feed->snapshotSize()) {
                snapshot({});
                m_compacted = true;
            }
        }
        m_written = m_written || !in.mergedCopies.isEmpty();
    }
    if (!request.newPassphrase.isEmpty()) {
        if (request.rotateKey || !m_feed->isEncrypted()) {
            // A fresh key: the old passphrase (and any copy of the old header) opens
            // nothing written from now on.
            m_feed->rotateKey(request.newPassphrase);
            snapshot({});
        } else {
            m_feed->changePassphrase(request.newPassphrase);
        }
        m_written = true;
    }
}
