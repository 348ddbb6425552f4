#include "tests/support/ApacheDavServer.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <stdexcept>
#include <unistd.h>

namespace {

const char *const modules = "/usr/lib/apache2/modules";

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

ApacheDavServer::ApacheDavServer()
{
    // Apache started as root serves as www-data, which must reach these folders.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                            QFile::ExeGroup);
    for (const char *folder : {"www", "lock"}) {
        QDir(m_dir.path()).mkdir(QString::fromLatin1(folder));
        QFile::setPermissions(m_dir.filePath(QString::fromLatin1(folder)),
                              QFile::Permissions(0x7777));
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (start(freePort()))
            return;
    }
    throw std::runtime_error("Apache httpd did not start: " + errorLog().toStdString());
}

bool ApacheDavServer::start(int port)
{
    const QString root = m_dir.path();
    QString config = QStringLiteral("ServerName 127.0.0.1\n"
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
        config += QStringLiteral("LoadModule %1_module %2/mod_%1.so\n")
                      .arg(QString::fromLatin1(module), QString::fromLatin1(modules));
    if (geteuid() == 0)
        config += QStringLiteral("User www-data\nGroup www-data\n");
    QFile file(m_dir.filePath(QStringLiteral("httpd.conf")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0)
        return false;
    file.close();

    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.start(QStringLiteral("/usr/sbin/apache2"),
                    {QStringLiteral("-f"), file.fileName(), QStringLiteral("-DFOREGROUND")});
    if (!m_process.waitForStarted(5000))
        return false;
    for (int wait = 0; wait < 100; ++wait) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(100)) {
            m_port = port;
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            return false; // the port was taken after all, or the configuration is wrong
        QThread::msleep(50);
    }
    m_process.kill();
    m_process.waitForFinished(5000);
    return false;
}

ApacheDavServer::~ApacheDavServer()
{
    m_process.terminate(); // a graceful stop also ends the children serving requests
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ApacheDavServer::url(const QString &name) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(name);
}

QStringList ApacheDavServer::requests() const
{
    QFile log(m_dir.filePath(QStringLiteral("access.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString ApacheDavServer::errorLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("error.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}
