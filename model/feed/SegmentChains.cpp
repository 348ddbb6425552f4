#include "model/feed/SegmentChains.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

QString deviceName(const QString &device)
{
    return device.left(8);
}

} // namespace

namespace SegmentChains {

CoalitionError incomplete()
{
    return CoalitionError(QCoreApplication::translate(
        "FeedCodec", "The feed is incomplete or damaged (cut short, or its list of segments "
                     "does not match); nothing was changed. Another laptop may be writing it: "
                     "sync again in a moment."));
}

// Each laptop's segments follow one another: numbered on from the snapshot's head, each
// naming the one before. Descriptions are authenticated, so a break is someone's doing
// (or a bug), not damage; the message names which laptop's segment is out of place.
void check(const QVector<SegmentedFeed::Segment> &segments)
{
    if (segments.isEmpty() ||
        segments.first().description.kind != SegmentDescription::Kind::Snapshot)
        throw incomplete();
    QHash<QString, QPair<qint64, QByteArray>> last;
    const auto &heads = segments.first().description.heads;
    for (auto head = heads.cbegin(); head != heads.cend(); ++head)
        last.insert(head.key(), head.value());
    QSet<QByteArray> ids;
    for (const SegmentedFeed::Segment &segment : segments) {
        const SegmentDescription &description = segment.description;
        const QString device = deviceName(description.device);
        if (ids.contains(segment.id))
            throw CoalitionError(QCoreApplication::translate(
                                     "FeedCodec", "The feed holds segment %1 of laptop %2 twice "
                                                  "(replayed); nothing was changed.")
                                     .arg(description.number)
                                     .arg(device));
        ids.insert(segment.id);
        if (&segment == &segments.first())
            continue;
        if (description.kind == SegmentDescription::Kind::Snapshot)
            throw incomplete();
        const QPair<qint64, QByteArray> before = last.value(description.device, {0, {}});
        if (description.number <= before.first)
            throw CoalitionError(
                QCoreApplication::translate("FeedCodec",
                                            "Segment %1 of laptop %2 comes again after segment %3 "
                                            "(replayed or reordered); nothing was changed.")
                    .arg(description.number)
                    .arg(device)
                    .arg(before.first));
        if (description.number > before.first + 1 || description.previous != before.second)
            throw CoalitionError(
                QCoreApplication::translate("FeedCodec",
                                            "Segment %1 of laptop %2 is missing from the feed "
                                            "(removed); nothing was changed.")
                    .arg(before.first + 1)
                    .arg(device));
        last.insert(description.device, {description.number, segment.id});
    }
}

} // namespace SegmentChains
