#pragma once

#include "model/domain/CoalitionError.h"

// A feed that needs the team passphrase and did not get it, or got one that does not
// open it, or is to be created and has none: the window asks for it and syncs again;
// the terminal says which option gives it.
class PassphraseNeeded : public CoalitionError
{
public:
    enum class Reason
    {
        Missing, // the feed is encrypted and no passphrase was given
        Wrong,   // the passphrase does not open the feed
        NewFeed, // a feed is to be created (or moved to format 2) and needs one
    };

    PassphraseNeeded(Reason reason, const QString &message)
        : CoalitionError(message), m_reason(reason)
    {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};
