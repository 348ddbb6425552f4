#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// "coalition server init --server URL" and "coalition server add-member|remove-member
// NAME --team TEAM --server URL [--member-password-file FILE]", run by the team server's
// database owner (docs/team-server.md). --password-file (the owner's password here, the
// member's for sync) is shared with the sync command.
struct ServerRequest
{
    enum class Action
    {
        Init,
        AddMember,
        RemoveMember
    };
    Action action = Action::Init;
    QString member;
    QString team;
    QString server; // postgresql://owner@host:port/database
    QString memberPasswordFile;
};

namespace ServerOptions {

QList<QCommandLineOption> options();
QStringList optionsWithValue();
// Whether an option only the server command takes is set.
bool anySet(const QCommandLineParser &parser);
// Throws UsageError for a missing action, name, team or server.
ServerRequest read(const QCommandLineParser &parser, const QStringList &positional);

} // namespace ServerOptions
