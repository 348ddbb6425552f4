#include "model/server/ServerConnection.h"

#include "model/domain/CoalitionError.h"
#include "model/server/ServerPasswordNeeded.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

namespace {

// A value in libpq's connection string: quoted, with ' and \ escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

// libpq's messages run over several lines ("connection to server … failed: …\n\tIs
// the server running…"): the first says what happened.
QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.left(trimmed.indexOf(QLatin1Char('\n'))).trimmed();
}

} // namespace

ServerConnection::ServerConnection(const ServerAddress &address, const QString &password,
                                   const QString &caFile, const ServerWaits &waits)
    : m_address(address)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("coalition-team-server-%1").arg(counter.fetchAndAddRelaxed(1));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw CoalitionError(QCoreApplication::translate(
            "ServerConnection", "Qt's PostgreSQL driver is not installed (Debian package "
                                "libqt6sql6-psql); a team server cannot be reached."));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        throw CoalitionError(QCoreApplication::translate("ServerConnection",
                                                         "Cannot read the certificate "
                                                         "authorities file %1.")
                                 .arg(caFile));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(address.host());
    db.setPort(address.port());
    db.setDatabaseName(address.database());
    db.setUserName(address.member());
    db.setPassword(password);
    QStringList options = {
        QStringLiteral("sslmode=%1").arg(address.sslMode()),
        QStringLiteral("connect_timeout=%1").arg(address.connectTimeoutSeconds()),
        QStringLiteral("application_name=coalition"),
        // A connection whose other end went away is noticed within half a minute.
        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=10"),
        QStringLiteral("keepalives_interval=5"), QStringLiteral("keepalives_count=3"),
        QStringLiteral("tcp_user_timeout=30000")};
    if (!caFile.isEmpty())
        options << QStringLiteral("sslrootcert=%1").arg(quoted(caFile));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString error = db.lastError().text();
        // libpq's own words: "password authentication failed for user …", "fe_sendauth:
        // no password supplied".
        const bool wrong = error.contains(QLatin1String("password authentication failed"));
        if (wrong || error.contains(QLatin1String("no password supplied")))
            throw ServerPasswordNeeded(
                wrong ? ServerPasswordNeeded::Reason::Wrong : ServerPasswordNeeded::Reason::Missing,
                QCoreApplication::translate("ServerConnection",
                                            "The team server %1 did not accept %2's password (%3). "
                                            "Nothing was changed.")
                    .arg(QStringLiteral("%1:%2").arg(address.host()).arg(address.port()),
                         address.member(), firstLine(error)));
        fail(QCoreApplication::translate("ServerConnection", "Cannot connect to the team server "
                                                             "%1: %2"),
             error);
    }
    // A stuck lock or server must not hold a sync forever; a large snapshot over a slow
    // line may take minutes.
    run(QStringLiteral("SET lock_timeout = %1").arg(waits.lockMs));
    run(QStringLiteral("SET statement_timeout = %1").arg(waits.statementMs));
}

ServerConnection::~ServerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ServerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void ServerConnection::fail(const QString &what, const QString &detail) const
{
    const QString where = QStringLiteral("%1:%2").arg(m_address.host()).arg(m_address.port());
    throw CoalitionError(what.arg(where, firstLine(detail)) +
                         QCoreApplication::translate("ServerConnection", " Nothing was changed."));
}

QSqlQuery ServerConnection::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // Without values, sent as it is: a script of several statements (the schema's
    // migration steps), or a statement PostgreSQL cannot prepare (SET).
    bool done = false;
    if (values.isEmpty()) {
        done = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        done = query.exec();
    }
    if (!done) {
        const QSqlError error = query.lastError();
        // lock_not_available, query_canceled: lock_timeout or statement_timeout ran out.
        if (error.nativeErrorCode() == QLatin1String("55P03") ||
            error.nativeErrorCode() == QLatin1String("57014"))
            fail(QCoreApplication::translate("ServerConnection",
                                             "The team server %1 kept this sync waiting too long "
                                             "(%2): another laptop's sync may hold the team's "
                                             "feed, or the server is overloaded. Sync again in a "
                                             "moment."),
                 error.databaseText());
        fail(QCoreApplication::translate("ServerConnection",
                                         "The team server %1 refused a request: %2"),
             error.databaseText().isEmpty() ? error.text() : error.databaseText());
    }
    return query;
}

void ServerConnection::begin()
{
    if (!database().transaction())
        fail(QCoreApplication::translate("ServerConnection",
                                         "The team server %1 could not start a transaction: %2"),
             database().lastError().text());
}

void ServerConnection::commit()
{
    if (!database().commit())
        fail(QCoreApplication::translate("ServerConnection",
                                         "The team server %1 could not store the change: %2"),
             database().lastError().text());
}

void ServerConnection::rollback() noexcept
{
    database().rollback();
}
