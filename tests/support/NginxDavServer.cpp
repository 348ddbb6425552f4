#include "tests/support/NginxDavServer.h"

NginxDavServer::NginxDavServer(Locks locks)
{
    const QString root = folder();
    const bool withLocks = locks == Locks::On;
    const auto config = [root, withLocks](int port) {
        return QStringLiteral("daemon off;\n"
                              "pid %2/nginx.pid;\n"
                              "error_log %2/error.log warn;\n"
                              "load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;\n"
                              "events { worker_connections 64; }\n"
                              "http {\n"
                              "  log_format brief '$request_method $status';\n"
                              "  access_log %2/access.log brief;\n"
                              "  client_body_temp_path %2/temp/body;\n"
                              "  proxy_temp_path %2/temp/proxy;\n"
                              "  fastcgi_temp_path %2/temp/fastcgi;\n"
                              "  uwsgi_temp_path %2/temp/uwsgi;\n"
                              "  scgi_temp_path %2/temp/scgi;\n"
                              "  %3\n"
                              "  server {\n"
                              "    listen 127.0.0.1:%1;\n"
                              "    root %2/www;\n"
                              "    location / {\n"
                              "      dav_methods PUT DELETE MKCOL COPY MOVE;\n"
                              "      dav_ext_methods PROPFIND OPTIONS%4;\n"
                              "      %5\n"
                              "      client_max_body_size 0;\n"
                              "    }\n"
                              "  }\n"
                              "}\n")
            .arg(port)
            .arg(root)
            .arg(withLocks ? QStringLiteral("dav_ext_lock_zone zone=feeds:1m;") : QString())
            .arg(withLocks ? QStringLiteral(" LOCK UNLOCK") : QString())
            .arg(withLocks ? QStringLiteral("dav_ext_lock zone=feeds;") : QString());
    };
    start(QStringLiteral("/usr/sbin/nginx"),
          {QStringLiteral("-p"), root, QStringLiteral("-e"), root + QStringLiteral("/error.log"),
           QStringLiteral("-c"), root + QStringLiteral("/nginx.conf")},
          config, QStringLiteral("nginx.conf"));
}
