#include "tests/support/WebServerProcess.h"

#include "tests/support/LoopbackPort.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>
#include <functional>
#include <stdexcept>

namespace {} // namespace

WebServerProcess::WebServerProcess()
{
    // A server started as root serves as www-data, which must reach these folders.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                            QFile::ExeGroup);
    for (const char *name : {"www", "lock", "temp"}) {
        QDir(m_dir.path()).mkdir(QString::fromLatin1(name));
        QFile::setPermissions(m_dir.filePath(QString::fromLatin1(name)),
                              QFile::Permissions(0x7777));
    }
}

WebServerProcess::~WebServerProcess()
{
    m_process.terminate(); // a graceful stop also ends the children serving requests
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void WebServerProcess::start(const QString &program, const QStringList &arguments,
                             const std::function<QString(int)> &configFor,
                             const QString &configName)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int port = freeLoopbackPort();
        QFile file(m_dir.filePath(configName));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(configFor(port).toUtf8()) < 0)
            break;
        file.close();
        if (startOn(port, program, arguments))
            return;
    }
    throw std::runtime_error(program.toStdString() + " did not start: " + errorLog().toStdString());
}

bool WebServerProcess::startOn(int port, const QString &program, const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.start(program, arguments);
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

QString WebServerProcess::url(const QString &name) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(name);
}

QStringList WebServerProcess::requests() const
{
    QFile log(m_dir.filePath(QStringLiteral("access.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString WebServerProcess::errorLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("error.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}
