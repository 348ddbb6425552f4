#include "model/server/ServerMembers.h"

#include "model/server/ServerConnection.h"
#include "model/server/ServerSchema.h"

#include <QSqlQuery>
#include <QVariant>

ServerMembers::ServerMembers(ServerConnection &connection) : m_connection(connection) {}

bool ServerMembers::add(const QString &member, const QString &team, const QString &password,
                        bool replacePassword)
{
    ServerSchema::check(m_connection);
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT coalition.add_member(?, ?, ?, ?)"),
                                       {member, team, password, replacePassword});
    return query.next() && query.value(0).toBool();
}

bool ServerMembers::remove(const QString &member, const QString &team)
{
    ServerSchema::check(m_connection);
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT coalition.remove_member(?, ?)"), {member, team});
    return query.next() && query.value(0).toBool();
}
