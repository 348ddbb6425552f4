#include "app/terminal/ExportCommand.h"

#include "app/cli/RequestEnvironment.h"
#include "app/terminal/OutputFile.h"
#include "model/domain/CoalitionError.h"
#include "model/interop/calendar/AddressBookExport.h"
#include "model/interop/calendar/CalendarExport.h"
#include "model/interop/csv/CsvExport.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace {

EntityKind exportTable(const QString &name)
{
    if (name == QLatin1String("organizations"))
        return EntityKind::Organization;
    if (name == QLatin1String("contacts"))
        return EntityKind::Contact;
    if (name == QLatin1String("campaigns"))
        return EntityKind::Campaign;
    if (name == QLatin1String("partners"))
        return EntityKind::CampaignPartner;
    return EntityKind::ActionItem;
}

} // namespace

int ExportCommand::run(const CommandLineRequest &request, QTextStream &out)
{
    const ExportRequest &wanted = request.exportRequest;
    const auto clock = RequestEnvironment::clock(request);
    const auto database = Database::open(RequestEnvironment::databasePath(request), *clock,
                                         Database::OpenMode::ReadOnly);
    const ActionItemFilter filter = RequestEnvironment::actionItemFilter(*database, wanted);
    if (wanted.table == QLatin1String("ics") || wanted.table == QLatin1String("vcf")) {
        const QByteArray bytes = wanted.table == QLatin1String("ics")
                                     ? CalendarExport::actionItems(*database, filter)
                                     : AddressBookExport::contacts(*database);
        OutputFile::write(wanted.outPath, out, [&bytes](QIODevice &device) {
            return device.write(bytes) == bytes.size();
        });
        if (!wanted.outPath.isEmpty())
            out << QCoreApplication::translate("CommandRunner", "Wrote %1.").arg(wanted.outPath)
                << Qt::endl;
        return 0;
    }
    const EntityKind table = exportTable(wanted.table);
    CsvExport::checkColumns(table, wanted.columns, database->catalogue());
    CsvWriter::Options options;
    options.delimiter = wanted.delimiter;
    options.byteOrderMark = wanted.byteOrderMark;
    options.neutralizeFormulas = !wanted.raw;

    int rows = 0;
    OutputFile::write(wanted.outPath, out, [&](QIODevice &device) {
        CsvWriter writer(device, options);
        rows = CsvExport::write(*database, table, filter, wanted.columns, writer);
        return true;
    });
    if (!wanted.outPath.isEmpty())
        out << QCoreApplication::translate("CommandRunner", "Wrote %1 rows to %2.")
                   .arg(rows)
                   .arg(wanted.outPath)
            << Qt::endl;
    return 0;
}
