#pragma once

#include "tests/support/WebServerProcess.h"

// Debian's Apache httpd with mod_dav, started for a test: a real team server that honours
// If-Match and If-None-Match on PUT and WebDAV locks.
class ApacheDavServer : public WebServerProcess
{
public:
    ApacheDavServer();
};
