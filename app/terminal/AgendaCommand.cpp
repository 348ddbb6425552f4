#include "app/terminal/AgendaCommand.h"

#include "app/cli/RequestEnvironment.h"
#include "app/terminal/AgendaPrinter.h"
#include "model/records/Agenda.h"
#include "model/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

int AgendaCommand::run(const CommandLineRequest &request, QTextStream &out)
{
    const auto clock = RequestEnvironment::clock(request);
    const auto database = Database::open(RequestEnvironment::databasePath(request), *clock,
                                         Database::OpenMode::ReadOnly);
    const QDate today = clock->today();
    AgendaPrinter::print(out, Agenda::build(*database, today, request.days), today, request.days);
    return 0;
}
