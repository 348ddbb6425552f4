#pragma once

#include <QTextStream>

struct CommandLineRequest;

// "coalition server init | add-member NAME | remove-member NAME": sets up a PostgreSQL
// team server's schema and manages its members, as the database's owner
// (docs/team-server.md).
namespace ServerCommand {

int run(const CommandLineRequest &request, QTextStream &out);

} // namespace ServerCommand
