#pragma once

// A TCP port of 127.0.0.1 free at the moment of asking, for a server a test starts
// (it may be taken before the server binds it: callers try a few times).
int freeLoopbackPort();
