#include "app/terminal/GenerateCommand.h"

#include "app/cli/RequestEnvironment.h"
#include "model/sample/DatasetGenerator.h"
#include "model/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

int GenerateCommand::run(const CommandLineRequest &request, QTextStream &out, QTextStream &err)
{
    const auto clock = RequestEnvironment::clock(request);
    const auto database = Database::open(request.databasePath, *clock, Database::OpenMode::Create);
    const DatasetGenerator::Sizes &sizes = request.generateSizes;
    QElapsedTimer timer;
    timer.start();
    DatasetGenerator::generate(*database, sizes, [&err](qint64 done, qint64 total) {
        err << QCoreApplication::translate("CommandRunner", "%1 of %2 records…")
                   .arg(done)
                   .arg(total)
            << Qt::endl;
    });
    out << QCoreApplication::translate("CommandRunner",
                                       "%1: generated %2 organizations, %3 contacts, %4 "
                                       "campaigns and %5 action items in %6 s (seed %7).")
               .arg(request.databasePath)
               .arg(sizes.organizations)
               .arg(sizes.contacts)
               .arg(sizes.campaigns)
               .arg(sizes.actions)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
               .arg(sizes.seed)
        << Qt::endl;
    return 0;
}
