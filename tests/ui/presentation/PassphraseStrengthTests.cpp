#include "ui/presentation/PassphraseStrength.h"

#include <catch2/catch.hpp>

TEST_CASE("zxcvbn rates common passwords weak and a few random words strong", "[passphrase]")
{
    using Level = PassphraseStrength::Level;
    CHECK(PassphraseStrength::of(QString()).level() == Level::Empty);
    for (const char *weak : {"password", "coalition2021", "qwertyuiop", "12345678901234",
                             "Password1!", "aaaaaaaaaaaaaaaaaaaa"}) {
        INFO(weak);
        CHECK_FALSE(PassphraseStrength::of(QString::fromLatin1(weak)).isAcceptable());
    }
    // The coalition's own name is as good as a dictionary word.
    CHECK(PassphraseStrength::of(QStringLiteral("MakeTheRoadNY"), {QStringLiteral("MakeTheRoadNY")})
              .bits() < PassphraseStrength::of(QStringLiteral("MakeTheRoadNY")).bits());
    const PassphraseStrength words =
        PassphraseStrength::of(QStringLiteral("river stone lantern june"));
    CHECK(words.isAcceptable());
    CHECK(words.bits() > PassphraseStrength::fairBits);
    CHECK(PassphraseStrength::of(QStringLiteral("copper kettle window rain harbor")).level() >=
          Level::Strong);
    CHECK_FALSE(words.text().isEmpty());
}
