#include "tests/support/ApacheDavServer.h"

#include <unistd.h>

ApacheDavServer::ApacheDavServer()
{
    const QString root = folder();
    const auto config = [root](int port) {
        QString text = QStringLiteral("ServerName 127.0.0.1\n"
                                      "Listen 127.0.0.1:%1\n"
                                      "PidFile %2/httpd.pid\n"
                                      "ErrorLog %2/error.log\n"
                                      "LogLevel warn\n"
                                      "CustomLog %2/access.log \"%m %>s\"\n"
                                      "Mutex file:%2 default\n"
                                      "DavLockDB %2/lock/DavLock\n"
                                      "DocumentRoot %2/www\n"
                                      "<Directory %2/www>\n"
                                      "    Dav On\n"
                                      "    Require all granted\n"
                                      "</Directory>\n")
                           .arg(port)
                           .arg(root);
        for (const char *module : {"mpm_event", "authz_core", "dav", "dav_fs"})
            text += QStringLiteral("LoadModule %1_module /usr/lib/apache2/modules/mod_%1.so\n")
                        .arg(QString::fromLatin1(module));
        if (geteuid() == 0)
            text += QStringLiteral("User www-data\nGroup www-data\n");
        return text;
    };
    const QString file = root + QStringLiteral("/httpd.conf");
    start(QStringLiteral("/usr/sbin/apache2"),
          {QStringLiteral("-f"), file, QStringLiteral("-DFOREGROUND")}, config,
          QStringLiteral("httpd.conf"));
}
