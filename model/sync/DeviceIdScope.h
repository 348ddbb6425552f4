#pragma once

#include "model/feed/FeedState.h"
#include "model/storage/StampStore.h"

// A database file copied to another laptop stamps with the same device id as the
// original (docs/feed-format.md, "Merging"). A sync that finds the copy gives it a new
// device id, kept only if the sync's transaction commits: otherwise the stamp clock
// goes back to the stored id.
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

    // Stamps with our device id that this database never made: its file was copied and
    // another laptop writes with the same id. A feed stamp of ours that is older than the
    // field's stamp here is not one: it is what we synced before editing the field again.
    static bool isCopy(const FeedState &remote, const FeedState &local, const QString &device);

private:
    StampStore &m_stamps;
    bool m_rekeyed = false;
    bool m_committed = false;
};
