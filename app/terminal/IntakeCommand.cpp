#include "app/terminal/IntakeCommand.h"

#include "app/cli/RequestEnvironment.h"
#include "app/terminal/OutputFile.h"
#include "model/domain/CoalitionError.h"
#include "model/domain/FieldCatalogue.h"
#include "model/intake/AlertIntake.h"
#include "model/intake/InboxStore.h"
#include "model/interop/csv/CsvExport.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/settings/AppPaths.h"
#include "model/storage/Database.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

QString readAlert(const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        throw CoalitionError(QCoreApplication::translate("CommandRunner", "Cannot read %1: %2")
                                 .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        throw CoalitionError(
            QCoreApplication::translate("CommandRunner", "%1 is not text in UTF-8.")
                .arg(path == QLatin1String("-") ? QStringLiteral("stdin") : path));
    return text;
}

// A draft as a row of the action items' export (CsvExport's columns, in its order): the
// item it would become, its campaign and organization by name, nothing yet of when it
// was made or by whom.
QStringList rowOf(const InboxDraft &draft, const QStringList &columns,
                  const QHash<QString, QString> &campaigns,
                  const QHash<QString, QString> &organizations)
{
    const ActionItem item = InboxStore::proposedItem(draft);
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    QHash<QString, QString> cells = {
        {QStringLiteral("id"), item.id},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("kind"), item.kind},
        {QStringLiteral("campaign_id"), campaigns.value(item.campaignId)},
        {QStringLiteral("organization_id"), item.organizationId.isEmpty()
                                                ? draft.draft.newOrganization
                                                : organizations.value(item.organizationId)},
        {QStringLiteral("due_date"), item.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("event_start"), time(item.eventStart)},
        {QStringLiteral("event_end"), time(item.eventEnd)},
        {QStringLiteral("status"), item.status},
        {QStringLiteral("priority"), item.priority},
        {QStringLiteral("link"), item.link},
        {QStringLiteral("notes"), item.notes},
    };
    // Export names the columns by their CSV names; the catalogue maps them to fields.
    QHash<QString, QString> byCsvName;
    for (const FieldSpec &field : FieldCatalogue::standard().entity(EntityKind::ActionItem).fields)
        byCsvName.insert(field.csvName, cells.value(field.column));
    byCsvName.insert(QStringLiteral("id"), item.id);
    QStringList row;
    for (const QString &column : columns)
        row << byCsvName.value(column);
    return row;
}

} // namespace

int IntakeCommand::run(const CommandLineRequest &request, QTextStream &out, QTextStream &err)
{
    const IntakeRequest &wanted = request.intakeRequest;
    const QString alert = readAlert(wanted.file);
    const auto clock = RequestEnvironment::clock(request);
    const auto database = Database::open(RequestEnvironment::databasePath(request), *clock,
                                         Database::OpenMode::MustExist);
    database->setAuthor(AppPaths::defaultAuthor());
    IntakeSource source;
    source.kind =
        wanted.file == QLatin1String("-") ? QStringLiteral("paste") : QStringLiteral("file");
    // The file's name only: its folder would tell the team this laptop's layout.
    source.address =
        wanted.file == QLatin1String("-") ? QString() : QFileInfo(wanted.file).fileName();
    source.receivedOn = clock->today();
    source.language = wanted.language;
    source.text = alert;

    // A dry run adds the drafts inside a transaction it then lets go of: what is printed
    // is what would be added, and the database is left as it was.
    Transaction transaction(*database);
    const QVector<InboxDraft> drafts = AlertIntake(*database).add(source);
    QHash<QString, QString> campaigns, organizations;
    for (const Campaign &campaign : CampaignRepository(*database).list())
        campaigns.insert(campaign.id, campaign.name);
    for (const Organization &organization : OrganizationRepository(*database).list())
        organizations.insert(organization.id, organization.name);
    if (!wanted.dryRun)
        transaction.commit();

    const QStringList columns = CsvExport::columnNames(EntityKind::ActionItem);
    CsvWriter::Options options;
    options.byteOrderMark = false; // for a script, not a spreadsheet
    OutputFile::write(QString(), out, [&](QIODevice &device) {
        CsvWriter writer(device, options);
        bool written = writer.writeRow(columns);
        for (const InboxDraft &draft : drafts)
            written = written && writer.writeRow(rowOf(draft, columns, campaigns, organizations));
        return written;
    });
    err << (wanted.dryRun ? QCoreApplication::translate("CommandRunner",
                                                        "%n draft(s) read from the alert; "
                                                        "nothing added (--dry-run).",
                                                        nullptr, int(drafts.size()))
                          : QCoreApplication::translate("CommandRunner",
                                                        "%n draft(s) in the Inbox from the "
                                                        "alert.",
                                                        nullptr, int(drafts.size())))
        << Qt::endl;
    return 0;
}
