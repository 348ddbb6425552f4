#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>

// A real web server (Apache httpd, nginx) run for a test on a free port of 127.0.0.1,
// with its configuration, document root ("www") and logs in a temporary folder. The
// subclasses write the configuration; this starts the server, waits for its port and
// stops it.
class WebServerProcess
{
public:
    virtual ~WebServerProcess();

    QString url(const QString &name = QStringLiteral("team.feed")) const;
    QString documentRoot() const { return m_dir.filePath(QStringLiteral("www")); }
    QString errorLog() const;
    // The requests answered so far, oldest first, as "METHOD STATUS" ("LOCK 423").
    QStringList requests() const;

protected:
    WebServerProcess();
    QString folder() const { return m_dir.path(); }
    // Starts program with the configuration configFor(port) writes, trying a few free
    // ports; throws std::runtime_error with the error log when none works.
    void start(const QString &program, const QStringList &arguments,
               const std::function<QString(int port)> &configFor, const QString &configName);

private:
    bool startOn(int port, const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
