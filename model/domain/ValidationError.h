#pragma once

#include "model/domain/CoalitionError.h"

// A record was refused before anything was written. field() names the offending
// field (the column name, e.g. "email") so an editor can show the message beside it.
class ValidationError : public CoalitionError
{
public:
    ValidationError(const QString &field, const QString &message)
        : CoalitionError(message), m_field(field)
    {}

    QString field() const { return m_field; }

private:
    QString m_field;
};
