// Catch2's implementation (the single header, with its runner) for every test suite.
#define CATCH_CONFIG_RUNNER
#include "tests/support/CatchSession.h"

#include <catch2/catch.hpp>

int runCatchSession(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}
