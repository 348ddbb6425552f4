#include "model/domain/HybridLogicalClock.h"

#include <algorithm>
#include <limits>

namespace {

// A stamp after (wall, counter): a counter past its largest value carries into the
// next millisecond instead of wrapping to 0, which would make a later edit lose to an
// earlier one (a feed stamp with counter 4294967295 did that).
Stamp advanced(qint64 wall, quint64 counter, const QString &device)
{
    if (counter > std::numeric_limits<quint32>::max())
        return {wall + 1, 0, device};
    return {wall, quint32(counter), device};
}

} // namespace

HybridLogicalClock::HybridLogicalClock(const QString &device, const Stamp &last)
    : m_device(device), m_last(last)
{
    m_last.device = device;
}

Stamp HybridLogicalClock::tick(qint64 nowMs)
{
    if (nowMs > m_last.wall)
        m_last = {nowMs, 0, m_device};
    else // same millisecond, or the wall clock went back
        m_last = advanced(m_last.wall, quint64(m_last.counter) + 1, m_device);
    return m_last;
}

void HybridLogicalClock::receive(const Stamp &remote, qint64 nowMs)
{
    const qint64 wall = std::max({m_last.wall, remote.wall, nowMs});
    quint64 counter = 0;
    if (wall == m_last.wall && wall == remote.wall)
        counter = quint64(std::max(m_last.counter, remote.counter)) + 1;
    else if (wall == m_last.wall)
        counter = quint64(m_last.counter) + 1;
    else if (wall == remote.wall)
        counter = quint64(remote.counter) + 1;
    m_last = advanced(wall, counter, m_device);
}
