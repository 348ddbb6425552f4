#pragma once

#include <QString>

// One command's own help, git-style ("coalition import --help"): its usage, what it
// does, and only the options it takes, with the common ones (--db, --today) it uses.
namespace CommandHelp {

// The help of agenda, demo, export, import, sync, server or generate; "" for another.
QString text(const QString &command);

} // namespace CommandHelp
