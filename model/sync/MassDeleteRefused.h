#pragma once

#include "model/domain/CoalitionError.h"

// The refusal of a sync that would delete most records: the caller may ask the user and
// sync again with allowMassDelete.
class MassDeleteRefused : public CoalitionError
{
public:
    using CoalitionError::CoalitionError;
};
