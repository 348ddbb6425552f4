#pragma once

#include "model/domain/Clock.h"

// A clock that only moves when told to; for tests and reproducible runs.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &now) : m_now(now) {}

    QDateTime now() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
