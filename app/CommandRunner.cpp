#include "CommandRunner.h"

#include "AddressBookExport.h"
#include "Agenda.h"
#include "AgendaPrinter.h"
#include "AppPaths.h"
#include "CalendarExport.h"
#include "CampaignRepository.h"
#include "CoalitionError.h"
#include "CsvExport.h"
#include "CsvImport.h"
#include "CsvWriter.h"
#include "Database.h"
#include "DatasetGenerator.h"
#include "DesktopSession.h"
#include "FeedSync.h"
#include "MainWindow.h"
#include "SampleDataLoader.h"
#include "ShiftedClock.h"
#include "SystemClock.h"
#include "Vocabulary.h"
#include "WriteFailure.h"

#include <QApplication>
#include <QFile>
#include <QSaveFile>
#include <memory>

namespace {

std::unique_ptr<Clock> makeClock(const CommandLineRequest &request)
{
    if (request.today.isValid())
        return std::make_unique<ShiftedClock>(request.today);
    return std::make_unique<SystemClock>();
}

QString databasePath(const CommandLineRequest &request)
{
    return request.databasePath.isEmpty() ? AppPaths::defaultDatabase() : request.databasePath;
}

} // namespace

int CommandRunner::run(const CommandLineRequest &request)
{
    try {
        switch (request.command) {
        case CommandLineRequest::Command::Help:
            m_out << request.helpText;
            return 0;
        case CommandLineRequest::Command::Version:
            m_out << QCoreApplication::applicationName() << QLatin1Char(' ')
                  << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        case CommandLineRequest::Command::Agenda:
            return runAgenda(request);
        case CommandLineRequest::Command::Demo:
            return runDemo(request);
        case CommandLineRequest::Command::Export:
            return runExport(request);
        case CommandLineRequest::Command::Import:
            return runImport(request);
        case CommandLineRequest::Command::Sync:
            return runSync(request);
        case CommandLineRequest::Command::Generate:
            return runGenerate(request);
        case CommandLineRequest::Command::Window:
            return runWindow(request);
        }
    } catch (const CoalitionError &error) {
        m_err << QStringLiteral("coalition: ") << error.message() << Qt::endl;
        return 1;
    }
    return 1;
}

int CommandRunner::runAgenda(const CommandLineRequest &request)
{
    const auto clock = makeClock(request);
    const auto database =
        Database::open(databasePath(request), *clock, Database::OpenMode::MustExist);
    const QDate today = clock->today();
    AgendaPrinter::print(m_out, Agenda::build(*database, today, request.days), today, request.days);
    return 0;
}

int CommandRunner::runDemo(const CommandLineRequest &request)
{
    const auto clock = makeClock(request);
    const auto database = Database::open(request.databasePath, *clock);
    database->setAuthor(QStringLiteral("Coalition sample"));
    const SampleDataLoader::Result result = SampleDataLoader::load(*database);
    m_out << QCoreApplication::translate("CommandRunner",
                                         "%1: added %2 sample records (%3 were already there).")
                 .arg(request.databasePath)
                 .arg(result.created)
                 .arg(result.alreadyPresent)
          << Qt::endl;
    return 0;
}

int CommandRunner::runGenerate(const CommandLineRequest &request)
{
    const auto clock = makeClock(request);
    const auto database = Database::open(request.databasePath, *clock);
    const DatasetGenerator::Sizes &sizes = request.generateSizes;
    QElapsedTimer timer;
    timer.start();
    DatasetGenerator::generate(*database, sizes, [this](qint64 done, qint64 total) {
        m_err << QCoreApplication::translate("CommandRunner", "%1 of %2 records…")
                     .arg(done)
                     .arg(total)
              << Qt::endl;
    });
    m_out << QCoreApplication::translate("CommandRunner",
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

namespace {

ActionItemFilter exportFilter(Database &database, const ExportRequest &request)
{
    ActionItemFilter filter;
    if (!request.campaign.isEmpty()) {
        const auto campaign = CampaignRepository(database).findByIdOrName(request.campaign);
        if (!campaign)
            throw CoalitionError(
                QCoreApplication::translate("CommandRunner", "There is no campaign named \"%1\".")
                    .arg(request.campaign));
        filter.campaignId = campaign->id;
    }
    for (const QString &status : request.statuses) {
        const auto word = Vocabulary::actionStatus().canonical(status);
        if (!word)
            throw CoalitionError(
                QCoreApplication::translate("CommandRunner", "\"%1\" is not a status; use %2.")
                    .arg(status, Vocabulary::actionStatus().words().join(QStringLiteral(", "))));
        filter.statuses << *word;
    }
    filter.owner = request.owner;
    if (request.dueBefore.isValid())
        filter.dueTo = request.dueBefore.addDays(-1);
    if (request.dueAfter.isValid())
        filter.dueFrom = request.dueAfter.addDays(1);
    filter.withoutDueDate = !request.dueBefore.isValid() && !request.dueAfter.isValid();
    return filter;
}

CsvExport::Table exportTable(const QString &name)
{
    if (name == QLatin1String("organizations"))
        return CsvExport::Table::Organizations;
    if (name == QLatin1String("contacts"))
        return CsvExport::Table::Contacts;
    if (name == QLatin1String("campaigns"))
        return CsvExport::Table::Campaigns;
    return CsvExport::Table::ActionItems;
}

} // namespace

int CommandRunner::runExport(const CommandLineRequest &request)
{
    const ExportRequest &wanted = request.exportRequest;
    const auto clock = makeClock(request);
    const auto database =
        Database::open(databasePath(request), *clock, Database::OpenMode::MustExist);
    const ActionItemFilter filter = exportFilter(*database, wanted);
    if (wanted.table == QLatin1String("ics") || wanted.table == QLatin1String("vcf")) {
        const QByteArray bytes = wanted.table == QLatin1String("ics")
                                     ? CalendarExport::actionItems(*database, filter)
                                     : AddressBookExport::contacts(*database);
        writeAtomically(wanted.outPath,
                        [&bytes](QIODevice &out) { return out.write(bytes) == bytes.size(); });
        if (!wanted.outPath.isEmpty())
            m_out << QCoreApplication::translate("CommandRunner", "Wrote %1.").arg(wanted.outPath)
                  << Qt::endl;
        return 0;
    }
    const CsvExport::Table table = exportTable(wanted.table);
    CsvExport::checkColumns(table, wanted.columns);
    CsvWriter::Options options;
    options.delimiter = wanted.delimiter;
    options.byteOrderMark = wanted.byteOrderMark;
    options.neutralizeFormulas = !wanted.raw;

    int rows = 0;
    writeAtomically(wanted.outPath, [&](QIODevice &out) {
        CsvWriter writer(out, options);
        rows = CsvExport::write(*database, table, filter, wanted.columns, writer);
        return true;
    });
    if (!wanted.outPath.isEmpty())
        m_out << QCoreApplication::translate("CommandRunner", "Wrote %1 rows to %2.")
                     .arg(rows)
                     .arg(wanted.outPath)
              << Qt::endl;
    return 0;
}

int CommandRunner::runImport(const CommandLineRequest &request)
{
    const ImportRequest &wanted = request.importRequest;
    QFile file(wanted.file);
    if (!file.open(QIODevice::ReadOnly))
        throw CoalitionError(QCoreApplication::translate("CommandRunner", "Cannot read %1: %2")
                                 .arg(wanted.file, file.errorString()));
    const QByteArray data = file.readAll();
    const auto clock = makeClock(request);
    const auto database =
        Database::open(databasePath(request), *clock, Database::OpenMode::MustExist);
    database->setAuthor(AppPaths::defaultAuthor());
    const ImportMapping::Table table =
        wanted.table == QLatin1String("contacts")        ? ImportMapping::Table::Contacts
        : wanted.table == QLatin1String("organizations") ? ImportMapping::Table::Organizations
                                                         : ImportMapping::Table::ActionItems;
    const CsvImport::OnMatch onMatch =
        wanted.onMatch == QLatin1String("skip")     ? CsvImport::OnMatch::Skip
        : wanted.onMatch == QLatin1String("create") ? CsvImport::OnMatch::Create
                                                    : CsvImport::OnMatch::Update;
    const CsvImport::Result result = CsvImport::run(*database, table, data, onMatch, wanted.dryRun);

    const auto tr = [](const char *text) {
        return QCoreApplication::translate("CommandRunner", text);
    };
    const QString counts = result.written
                               ? tr("%1 created, %2 updated, %3 unchanged, %4 skipped")
                               : tr("would create %1, update %2, leave %3 unchanged and skip %4");
    m_out
        << QStringLiteral("%1: ").arg(wanted.file)
        << counts.arg(result.created).arg(result.updated).arg(result.unchanged).arg(result.skipped)
        << tr("; %1 rejected (%2, \"%3\"-separated).")
               .arg(result.rejected.size())
               .arg(result.encoding == CsvReader::Encoding::Utf8 ? QStringLiteral("UTF-8")
                                                                 : QStringLiteral("Windows-1252"))
               .arg(result.delimiter == QLatin1Char('\t') ? QStringLiteral("tab")
                                                          : QString(result.delimiter))
        << Qt::endl;
    m_out << tr("Columns: %1.").arg(result.mapping) << Qt::endl;
    if (!result.ignoredColumns.isEmpty())
        m_out << tr("Ignored columns: %1.").arg(result.ignoredColumns.join(QStringLiteral(", ")))
              << Qt::endl;
    if (result.organizationsCreated > 0)
        m_out << tr("New organizations named in the file: %1.").arg(result.organizationsCreated)
              << Qt::endl;
    for (const CsvImport::Problem &problem : result.rejected)
        m_err << QStringLiteral("%1:%2: %3").arg(wanted.file).arg(problem.line).arg(problem.message)
              << Qt::endl;
    if (!result.rejected.isEmpty())
        throw CoalitionError(
            tr("%1 row(s) were rejected; nothing was imported.").arg(result.rejected.size()));
    if (wanted.dryRun)
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
    return 0;
}

int CommandRunner::runSync(const CommandLineRequest &request)
{
    const auto clock = makeClock(request);
    const auto database =
        Database::open(databasePath(request), *clock, Database::OpenMode::MustExist);
    database->setAuthor(AppPaths::defaultAuthor());
    FeedSync::Options options;
    options.feed = request.feed;
    options.allowMassDelete = request.allowMassDelete;
    options.createMissingFeed = request.createFeed;
    options.caFile = request.caFile;
    if (!request.passphraseFile.isEmpty()) {
        // Read, used and forgotten: the passphrase is never printed, logged or stored.
        QFile file(request.passphraseFile);
        if (!file.open(QIODevice::ReadOnly))
            throw CoalitionError(QCoreApplication::translate(
                                     "CommandRunner", "Cannot read the passphrase file %1: %2")
                                     .arg(request.passphraseFile, file.errorString()));
        options.passphrase = QString::fromUtf8(file.readLine()).trimmed();
        if (options.passphrase.isEmpty())
            throw CoalitionError(
                QCoreApplication::translate("CommandRunner", "The passphrase file %1 is empty.")
                    .arg(request.passphraseFile));
    }
    const FeedSync::Outcome outcome = FeedSync::sync(*database, options);
    m_out << QCoreApplication::translate("CommandRunner", "Synced with %1: %2.")
                 .arg(outcome.location, outcome.summary.describe());
    if (outcome.createdFeed)
        m_out << QCoreApplication::translate("CommandRunner", " (The feed was created.)");
    if (outcome.attempts > 1)
        m_out << QCoreApplication::translate("CommandRunner",
                                             " (The feed had just been written by a sync, so it "
                                             "was read and merged again before storing.)");
    m_out << Qt::endl;
    for (const QString &line : outcome.summary.describeByEntity())
        m_out << QStringLiteral("  ") << line << Qt::endl;
    return 0;
}

void CommandRunner::writeAtomically(const QString &path,
                                    const std::function<bool(QIODevice &)> &write)
{
    auto cannot = [&path](const QString &why) {
        return CoalitionError(
            QCoreApplication::translate("CommandRunner", "Cannot write %1: %2").arg(path, why));
    };
    if (path.isEmpty()) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !write(out))
            throw CoalitionError(
                QCoreApplication::translate("CommandRunner", "Cannot write to standard output: %1")
                    .arg(out.errorString()));
        return;
    }
    // All or nothing: the file appears only once every byte is written.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw cannot(WriteFailure::reason(path, out.errorString()));
    bool written = false;
    try {
        written = write(out);
    } catch (const CoalitionError &) {
        if (out.error() == QFileDevice::NoError)
            throw; // not the file's fault: a cancelled export, a database error
        written = false;
    }
    if (!written || !out.commit())
        throw cannot(WriteFailure::reason(path, out.errorString()));
}

int CommandRunner::runWindow(const CommandLineRequest &request)
{
    const auto clock = makeClock(request);
    DesktopSession session(*clock);
    if (!request.screenshotPath.isEmpty()) {
        // A picture of the window for scripts and docs: no questions, no event loop.
        const auto database = Database::open(databasePath(request), *clock);
        MainWindow window(*database, request.page);
        window.show();
        QApplication::processEvents();
        if (!window.saveScreenshot(request.screenshotPath))
            throw CoalitionError(
                QCoreApplication::translate("CommandRunner", "Cannot write the screenshot %1.")
                    .arg(request.screenshotPath));
        m_out << QCoreApplication::translate("CommandRunner", "Saved a screenshot to %1.")
                     .arg(request.screenshotPath)
              << Qt::endl;
        return 0;
    }
    session.setStartPage(request.page);
    if (!session.open(databasePath(request)))
        return 1;
    return QApplication::exec();
}
