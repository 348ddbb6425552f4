#pragma once

#include "model/domain/CoalitionError.h"

// The command line was malformed (unknown option, missing value): exit status 2.
class UsageError : public CoalitionError
{
public:
    using CoalitionError::CoalitionError;
};
