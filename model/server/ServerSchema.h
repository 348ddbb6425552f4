#pragma once

class ServerConnection;

// The team server's own schema in PostgreSQL ("coalition"), versioned, with migration
// steps of its own (docs/team-server.md): tables of teams, members and segments under
// row-level security, and the functions members write through.
class ServerSchema
{
public:
    static constexpr int latestVersion = 1;

    enum class InitResult
    {
        Created,
        Migrated,
        AlreadyCurrent
    };
    // Creates the schema in an empty database, or brings an older one up to date, in one
    // transaction. Run by the database's owner, who needs CREATEROLE (for the members'
    // group role). Throws CoalitionError.
    static InitResult init(ServerConnection &connection);
    // The schema's version; throws CoalitionError when the database holds no team server
    // or one this Coalition is too old for.
    static int check(ServerConnection &connection);

private:
    static int versionOf(ServerConnection &connection);
};
