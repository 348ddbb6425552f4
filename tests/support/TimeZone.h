#pragma once

#include <QByteArray>
#include <ctime>

// The laptop's time zone for one test case (each runs in its own process; TestMain
// sets UTC): local times then read as a person in that zone means them.
struct TimeZone
{
    explicit TimeZone(const char *zone)
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZone()
    {
        qputenv("TZ", "UTC");
        tzset();
    }
    TimeZone(const TimeZone &) = delete;
    TimeZone &operator=(const TimeZone &) = delete;
};
