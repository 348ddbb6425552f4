#include "app/terminal/ImportCommand.h"

#include "app/cli/RequestEnvironment.h"
#include "model/domain/CoalitionError.h"
#include "model/interop/csv/CsvImport.h"
#include "model/settings/AppPaths.h"
#include "model/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

int ImportCommand::run(const CommandLineRequest &request, QTextStream &out, QTextStream &err)
{
    const ImportRequest &wanted = request.importRequest;
    QFile file(wanted.file);
    if (!file.open(QIODevice::ReadOnly))
        throw CoalitionError(QCoreApplication::translate("CommandRunner", "Cannot read %1: %2")
                                 .arg(wanted.file, file.errorString()));
    const QByteArray data = file.readAll();
    const auto clock = RequestEnvironment::clock(request);
    const auto database = Database::open(RequestEnvironment::databasePath(request), *clock,
                                         Database::OpenMode::MustExist);
    database->setAuthor(AppPaths::defaultAuthor());
    const EntityKind table =
        wanted.table == QLatin1String("contacts")        ? EntityKind::Contact
        : wanted.table == QLatin1String("organizations") ? EntityKind::Organization
        : wanted.table == QLatin1String("campaigns")     ? EntityKind::Campaign
        : wanted.table == QLatin1String("partners")      ? EntityKind::CampaignPartner
                                                         : EntityKind::ActionItem;
    const CsvImport::OnMatch onMatch =
        wanted.onMatch == QLatin1String("skip")     ? CsvImport::OnMatch::Skip
        : wanted.onMatch == QLatin1String("create") ? CsvImport::OnMatch::Create
                                                    : CsvImport::OnMatch::Update;
    const SpreadsheetDates::Order dateOrder =
        wanted.dateOrder == QLatin1String("dmy")   ? SpreadsheetDates::Order::DayFirst
        : wanted.dateOrder == QLatin1String("mdy") ? SpreadsheetDates::Order::MonthFirst
                                                   : SpreadsheetDates::Order::Unknown;
    CsvImport::Options options;
    options.onMatch = onMatch;
    options.dryRun = wanted.dryRun;
    options.dateOrder = dateOrder;
    if (!wanted.columnFields.isEmpty()) {
        const QStringList headers = CsvImport::inspect(table, data, database->catalogue()).headers;
        for (const auto &[header, field] : wanted.columnFields) {
            int column = 0;
            while (column < headers.size() &&
                   headers.at(column).trimmed().compare(header, Qt::CaseInsensitive) != 0)
                ++column;
            if (column == headers.size())
                throw CoalitionError(
                    QCoreApplication::translate("CommandRunner",
                                                "--map: the file has no column headed \"%1\" "
                                                "(its columns: %2).")
                        .arg(header, headers.join(QStringLiteral(", "))));
            options.columnFields.insert(column, field);
        }
    }
    const CsvImport::Result result = CsvImport::run(*database, table, data, options);

    const QString counts =
        result.written
            ? QCoreApplication::translate("CommandRunner",
                                          "%1 created, %2 updated, %3 unchanged, %4 skipped")
            : QCoreApplication::translate(
                  "CommandRunner", "would create %1, update %2, leave %3 unchanged and skip %4");
    out << QStringLiteral("%1: ").arg(wanted.file)
        << counts.arg(result.created).arg(result.updated).arg(result.unchanged).arg(result.skipped)
        << QCoreApplication::translate("CommandRunner", "; %1 rejected (%2, \"%3\"-separated).")
               .arg(result.rejected.size())
               .arg(CsvReader::name(result.encoding))
               .arg(result.delimiter == QLatin1Char('\t') ? QStringLiteral("tab")
                                                          : QString(result.delimiter))
        << Qt::endl;
    out << QCoreApplication::translate("CommandRunner", "Columns: %1.").arg(result.mapping)
        << Qt::endl;
    if (!result.ignoredColumns.isEmpty())
        out << QCoreApplication::translate("CommandRunner", "Ignored columns: %1.")
                   .arg(result.ignoredColumns.join(QStringLiteral(", ")))
            << Qt::endl;
    if (!result.matches.isEmpty())
        out << QCoreApplication::translate("CommandRunner",
                                           "Rows that match records already there: %1.")
                   .arg(CsvImport::describeMatches(result))
            << Qt::endl;
    if (result.organizationsCreated > 0)
        out << QCoreApplication::translate("CommandRunner",
                                           "New organizations named in the file: %1.")
                   .arg(result.organizationsCreated)
            << Qt::endl;
    for (const CsvImport::Problem &problem : result.rejected)
        err << QStringLiteral("%1:%2: %3").arg(wanted.file).arg(problem.line).arg(problem.message)
            << Qt::endl;
    if (result.dateOrderNeeded)
        throw CoalitionError(QCoreApplication::translate(
                                 "CommandRunner",
                                 "Nothing was imported. Add --date-order dmy if %1 is day/month "
                                 "(as in Europe and Latin America), --date-order mdy if it is "
                                 "month/day (as in the United States).")
                                 .arg(result.ambiguousDate));
    if (!result.rejected.isEmpty())
        throw CoalitionError(QCoreApplication::translate(
            "CommandRunner", "%n row(s) rejected; nothing was imported.", nullptr,
            int(result.rejected.size())));
    if (wanted.dryRun)
        out << QCoreApplication::translate("CommandRunner", "Dry run: nothing was written.")
            << Qt::endl;
    return 0;
}
