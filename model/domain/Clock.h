#pragma once

#include <QDate>
#include <QDateTime>

// The one source of "now" and "today". Everything that depends on the date
// (deadlines, timestamps, the agenda) asks a Clock, so tests and --today can pin it.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const = 0;

    // The local calendar date at now().
    virtual QDate today() const { return now().toLocalTime().date(); }

    // now() in UTC as ISO 8601 with milliseconds, the form every timestamp is stored in.
    QString nowIsoUtc() const { return now().toUTC().toString(Qt::ISODateWithMs); }
};
