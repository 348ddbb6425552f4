#include "model/domain/HybridLogicalClock.h"

#include <algorithm>

HybridLogicalClock::HybridLogicalClock(const QString &device, const Stamp &last)
    : m_device(device), m_last(last)
{
    m_last.device = device;
}

Stamp HybridLogicalClock::tick(qint64 nowMs)
{
    if (nowMs > m_last.wall) {
        m_last.wall = nowMs;
        m_last.counter = 0;
    } else {
        ++m_last.counter; // same millisecond, or the wall clock went back
    }
    m_last.device = m_device;
    return m_last;
}

void HybridLogicalClock::receive(const Stamp &remote, qint64 nowMs)
{
    const qint64 wall = std::max({m_last.wall, remote.wall, nowMs});
    if (wall == m_last.wall && wall == remote.wall)
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (wall == m_last.wall)
        ++m_last.counter;
    else if (wall == remote.wall)
        m_last.counter = remote.counter + 1;
    else
        m_last.counter = 0;
    m_last.wall = wall;
    m_last.device = m_device;
}
