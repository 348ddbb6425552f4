#pragma once

// Runs Catch2 on the command line's arguments; returns the number of failed tests.
// Catch2's implementation is compiled once, in CatchSession.cpp, for every suite: it was
// the slowest file of the build, and each suite's main() compiled it again.
int runCatchSession(int argc, char *argv[]);
