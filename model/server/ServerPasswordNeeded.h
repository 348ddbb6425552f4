#pragma once

#include "model/domain/CoalitionError.h"

// A team server that asked for the member's password and did not get one, or got a wrong
// one: the window asks for it and syncs again; the terminal names --password-file.
class ServerPasswordNeeded : public CoalitionError
{
public:
    enum class Reason
    {
        Missing, // none was given (nor found where libpq looks)
        Wrong    // the server refused it
    };

    ServerPasswordNeeded(Reason reason, const QString &message)
        : CoalitionError(message), m_reason(reason)
    {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};
