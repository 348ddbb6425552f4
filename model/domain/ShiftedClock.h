#pragma once

#include "model/domain/Clock.h"

// The system clock moved by whole days so that today() is a chosen date while the
// time of day keeps running. This is what --today uses: the app behaves as on that
// date, and edits still get distinct, increasing timestamps.
class ShiftedClock : public Clock
{
public:
    explicit ShiftedClock(const QDate &today);

    QDateTime now() const override;
    QDate today() const override;

private:
    qint64 m_dayOffset = 0;
};
