#include "tests/support/PostgresServer.h"

#include "tests/support/LoopbackPort.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <stdexcept>
#include <unistd.h>

namespace {

// The newest PostgreSQL Debian installed (postgresql-15 on Debian 12).
QString serverBinaries()
{
    const QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    int best = 0;
    for (const QString &version : versions)
        best = qMax(best, version.toInt());
    return QStringLiteral("/usr/lib/postgresql/%1/bin").arg(best);
}

void failWith(const QString &what, const ProcessRun &run)
{
    throw std::runtime_error((what + QStringLiteral(": ") + run.out + run.err).toStdString());
}

} // namespace

PostgresServer::PostgresServer() : m_bin(serverBinaries())
{
    if (!QFile::exists(m_bin + QStringLiteral("/initdb")))
        throw std::runtime_error("PostgreSQL's server is not installed (scripts/install-deps "
                                 "installs Debian's postgresql)");
    // The server's user must reach the folder; the data folder is its own.
    QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755));
    QDir(m_dir.path()).mkdir(QStringLiteral("data"));
    const QString passwordFile = secretFile(QStringLiteral("owner.pw"), ownerPassword());
    if (geteuid() == 0) {
        const ProcessRun chown =
            run(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), data(), passwordFile});
        if (chown.exitCode != 0)
            failWith(QStringLiteral("chown"), chown);
    }
    QStringList initdb =
        asServerUser(m_bin + QStringLiteral("/initdb"),
                     {QStringLiteral("-D"), data(), QStringLiteral("-U"), QStringLiteral("owner"),
                      QStringLiteral("--pwfile=") + passwordFile,
                      QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--encoding=UTF8"),
                      QStringLiteral("--locale=C"), QStringLiteral("--no-sync")});
    const ProcessRun made = run(initdb.takeFirst(), initdb);
    if (made.exitCode != 0)
        failWith(QStringLiteral("initdb"), made);
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        try {
            start();
        } catch (const std::runtime_error &) {
            if (attempt == 4)
                throw;
        }
    }
    const ProcessRun created =
        run(QStringLiteral("/usr/bin/createdb"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
             QString::number(m_port), QStringLiteral("-U"), QStringLiteral("owner"),
             QStringLiteral("coalition")},
            {QStringLiteral("PGPASSWORD=") + ownerPassword()});
    if (created.exitCode != 0)
        failWith(QStringLiteral("createdb"), created);
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        kill(); // nothing of it is kept
}

QStringList PostgresServer::asServerUser(const QString &program, const QStringList &arguments) const
{
    if (geteuid() != 0)
        return QStringList{program} + arguments;
    return QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                       QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                       program} +
           arguments;
}

ProcessRun PostgresServer::run(const QString &program, const QStringList &arguments,
                               const QStringList &environment) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    ProcessRun result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = program + QStringLiteral(" did not end within two minutes");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void PostgresServer::start()
{
    // Its socket file in its own folder, its log beside the data: nothing outside the
    // temporary folder, and only loopback.
    QStringList pgctl = asServerUser(
        m_bin + QStringLiteral("/pg_ctl"),
        {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
         QStringLiteral("-D"), data(), QStringLiteral("-l"), data() + QStringLiteral("/server.log"),
         QStringLiteral("-o"),
         QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(m_port).arg(data()) +
             (m_tls ? QStringLiteral(" -c ssl=on -c ssl_cert_file=%1/server.crt "
                                     "-c ssl_key_file=%1/server.key")
                          .arg(data())
                    : QString())});
    const ProcessRun started = run(pgctl.takeFirst(), pgctl);
    if (started.exitCode != 0) {
        QFile log(data() + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        failWith(QStringLiteral("pg_ctl start"),
                 ProcessRun{started.exitCode, started.out,
                            started.err + QString::fromUtf8(log.readAll().right(2000))});
    }
    m_running = true;
}

void PostgresServer::kill()
{
    stopWith(QStringLiteral("immediate"));
}

void PostgresServer::stop()
{
    stopWith(QStringLiteral("fast"));
}

void PostgresServer::stopWith(const QString &mode)
{
    QStringList pgctl = asServerUser(m_bin + QStringLiteral("/pg_ctl"),
                                     {QStringLiteral("stop"), QStringLiteral("-w"),
                                      QStringLiteral("-m"), mode, QStringLiteral("-D"), data()});
    run(pgctl.takeFirst(), pgctl);
    m_running = false;
}

QString PostgresServer::enableTls()
{
    const QString certificate = data() + QStringLiteral("/server.crt");
    const QString key = data() + QStringLiteral("/server.key");
    const ProcessRun made =
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    if (made.exitCode != 0)
        failWith(QStringLiteral("openssl"), made);
    // PostgreSQL takes a key only its own user can read.
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    if (geteuid() == 0)
        run(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), key, certificate});
    stop();
    m_tls = true;
    start();
    return certificate;
}

QString PostgresServer::url(const QString &member, const QString &team) const
{
    QString url = QStringLiteral("postgresql://%1@127.0.0.1:%2/coalition").arg(member).arg(m_port);
    if (!team.isEmpty())
        url += QStringLiteral("?team=") + team;
    return url;
}

QString PostgresServer::secretFile(const QString &name, const QString &text) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(text.toUtf8() + '\n') < 0)
        throw std::runtime_error("cannot write " + path.toStdString());
    file.close();
    QFile::setPermissions(path, QFile::Permissions(0x6644));
    return path;
}

void PostgresServer::addMember(const QString &member, const QString &team,
                               const QString &password) const
{
    const QStringList owner = {QStringLiteral("--server"), url(QStringLiteral("owner")),
                               QStringLiteral("--password-file"),
                               secretFile(QStringLiteral("owner.txt"), ownerPassword())};
    const ProcessRun init =
        runCoalition(QStringList{QStringLiteral("server"), QStringLiteral("init")} + owner);
    if (init.exitCode != 0)
        failWith(QStringLiteral("coalition server init"), init);
    const ProcessRun added = runCoalition(
        QStringList{QStringLiteral("server"), QStringLiteral("add-member"), member,
                    QStringLiteral("--team"), team, QStringLiteral("--member-password-file"),
                    secretFile(member + QStringLiteral(".txt"), password)} +
        owner);
    if (added.exitCode != 0)
        failWith(QStringLiteral("coalition server add-member"), added);
}

ProcessRun PostgresServer::psql(const QString &member, const QString &password,
                                const QString &sql) const
{
    return run(QStringLiteral("/usr/bin/psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), member, QStringLiteral("-d"), QStringLiteral("coalition"),
                QStringLiteral("-c"), sql},
               {QStringLiteral("PGPASSWORD=") + password});
}
