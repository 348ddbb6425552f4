#include "app/terminal/DemoCommand.h"

#include "app/cli/RequestEnvironment.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

int DemoCommand::run(const CommandLineRequest &request, QTextStream &out)
{
    const auto clock = RequestEnvironment::clock(request);
    const auto database = Database::open(request.databasePath, *clock, Database::OpenMode::Create);
    database->setAuthor(QStringLiteral("Coalition sample"));
    const SampleDataLoader::Result result = SampleDataLoader::load(*database);
    out << QCoreApplication::translate("CommandRunner",
                                       "%1: added %2 sample records (%3 were already there).")
               .arg(request.databasePath)
               .arg(result.created)
               .arg(result.alreadyPresent)
        << Qt::endl;
    return 0;
}
