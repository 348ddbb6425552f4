#pragma once

#include "model/sync/FeedTransport.h"

#include <QLockFile>
#include <memory>
#include <optional>

// A feed file on a shared drive or in a synced folder (Nextcloud, Dropbox, Syncthing).
// Holds a lock beside the feed for its lifetime (stale after a minute, for a crashed
// sync), checks right before writing that the file is still the one it read, and writes
// through QSaveFile, falling back to a direct write in folders that refuse renames.
class FileFeedTransport : public FeedTransport
{
public:
    explicit FileFeedTransport(const QString &path);
    ~FileFeedTransport() override;

    QString location() const override { return m_path; }
    Fetched fetch() override;
    bool store(const SegmentedFeed &feed) override;
    void finish(const QStringList &mergedCopies) override;

private:
    static void removeEmptyLock(const QString &lockPath);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    // The feed as fetched (shared with the caller's copy), none when it did not exist:
    // compared byte for byte with the file right before writing.
    std::optional<QByteArray> m_fetched;
};
