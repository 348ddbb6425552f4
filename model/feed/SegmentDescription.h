#pragma once

#include <QByteArray>
#include <QMap>
#include <QPair>
#include <QString>

// What a format 2 segment says of itself, in its first encrypted message
// (docs/feed-format.md, "Format 2"): a snapshot of the whole state, or one laptop's
// changes since its last sync, with that segment's place in the laptop's chain.
struct SegmentDescription
{
    enum class Kind
    {
        Snapshot,
        Changes
    };

    Kind kind = Kind::Changes;
    QString device;      // the writer's device id
    qint64 number = 0;   // changes: 1, 2, … in the device's chain; a snapshot: 0
    QByteArray previous; // changes: the id of the device's previous segment ("" for its first)
    int schema = 0;      // the writer's database schema (informative)
    int fields = 0;      // field lines in the content
    // A snapshot: for every device, the last segment of its chain the snapshot holds.
    QMap<QString, QPair<qint64, QByteArray>> heads;

    QByteArray toText() const;
    // Throws CoalitionError when the text is not a description this format knows.
    static SegmentDescription fromText(const QByteArray &text);
};
