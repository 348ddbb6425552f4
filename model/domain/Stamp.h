#pragma once

#include <QString>
#include <tuple>

// A hybrid logical clock stamp: wall-clock milliseconds, a counter for events within
// one millisecond (or behind a clock that went back), and the device that made it.
// Stamps are totally ordered; the device id breaks ties, so every laptop picks the
// same winner for the same pair of edits.
struct Stamp
{
    qint64 wall = 0;
    quint32 counter = 0;
    QString device;

    bool isNull() const { return wall == 0 && counter == 0 && device.isEmpty(); }
    bool operator<(const Stamp &other) const
    {
        return std::tie(wall, counter, device) < std::tie(other.wall, other.counter, other.device);
    }
    bool operator==(const Stamp &other) const
    {
        return wall == other.wall && counter == other.counter && device == other.device;
    }
    bool operator!=(const Stamp &other) const { return !(*this == other); }
};
