#pragma once

#include "model/feed/FeedState.h"

#include <QByteArray>
#include <QString>

// The whole state a format 2 feed holds: its snapshot and every segment after it, merged.
// Throws CoalitionError as SegmentedFeed::open does.
FeedState feedContent(const QByteArray &bytes, const QString &passphrase = {});
