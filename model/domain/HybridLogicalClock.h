#pragma once

#include "model/domain/Stamp.h"

// The hybrid logical clock (Kulkarni et al.): stamps that follow the wall clock when
// it is sane and still increase when it is not — a laptop whose clock runs behind never
// stamps an edit older than one it has already seen. Pure: the caller supplies the
// physical time and persists last().
class HybridLogicalClock
{
public:
    HybridLogicalClock(const QString &device, const Stamp &last = {});

    // A stamp for a local event at physical time nowMs.
    Stamp tick(qint64 nowMs);
    // Takes in a stamp from another device (the receive rule), so later local stamps
    // are greater than it.
    void receive(const Stamp &remote, qint64 nowMs);

    Stamp last() const { return m_last; }
    QString device() const { return m_device; }

private:
    QString m_device;
    Stamp m_last;
};
