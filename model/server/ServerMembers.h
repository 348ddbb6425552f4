#pragma once

#include <QString>

class ServerConnection;

// The team server's members, managed by the database's owner (coalition server
// add-member / remove-member): a PostgreSQL login role per member, in the group role
// coalition_member, and the teams each belongs to.
class ServerMembers
{
public:
    explicit ServerMembers(ServerConnection &connection);

    // Adds member to team (creating the team on first use). A new member's login is
    // created with password; an existing member's password is replaced by it only when
    // replacePassword says so. Returns whether a login was created. Throws CoalitionError
    // (a name that is someone else's role, say).
    bool add(const QString &member, const QString &team, const QString &password,
             bool replacePassword);
    // Ends member's membership of team, and their login with their last team. False when
    // they were not a member.
    bool remove(const QString &member, const QString &team);

private:
    ServerConnection &m_connection;
};
