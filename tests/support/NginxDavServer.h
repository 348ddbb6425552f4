#pragma once

#include "tests/support/WebServerProcess.h"

// Debian's nginx (nginx-light) with its WebDAV module and libnginx-mod-http-dav-ext,
// started for a test. nginx ignores If-Match and If-None-Match on PUT; with locks, its
// dav_ext_lock makes a write to a locked feed need the lock's token.
class NginxDavServer : public WebServerProcess
{
public:
    enum class Locks
    {
        Off,
        On
    };
    explicit NginxDavServer(Locks locks);
};
