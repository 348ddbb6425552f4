#include "app/print/TableRows.h"

#include "app/cli/RequestEnvironment.h"
#include "model/domain/CoalitionError.h"
#include "model/lists/ActionItemTableModel.h"
#include "model/lists/ContactTableModel.h"
#include "model/records/CampaignRepository.h"
#include "ui/print/Printouts.h"

#include <QCoreApplication>

namespace {

// The model's columns chosen by name, in the order given; refused names list the known.
QVector<int> chosenColumns(const QStringList &names, const QStringList &known,
                           const QVector<int> &byDefault)
{
    if (names.isEmpty())
        return byDefault;
    QVector<int> columns;
    for (const QString &name : names) {
        const int index = int(known.indexOf(name.trimmed().toLower()));
        if (index < 0)
            throw CoalitionError(
                QCoreApplication::translate("TableRows", "Unknown column \"%1\"; choose from %2.")
                    .arg(name, known.join(QStringLiteral(", "))));
        columns << index;
    }
    return columns;
}

Printout printModel(const PagedQueryModel &model, const QString &title, const QString &subtitle,
                    const QVector<int> &columns)
{
    return Printouts::tableOf(
        title, subtitle,
        [&model](const std::function<bool(const QStringList &)> &write) {
            model.forEachRow(false, write, {});
        },
        columns);
}

} // namespace

namespace TableRows {

Printout actions(Database &database, const ExportRequest &filters)
{
    const QStringList known = {QStringLiteral("title"),        QStringLiteral("campaign"),
                               QStringLiteral("organization"), QStringLiteral("owner"),
                               QStringLiteral("due"),          QStringLiteral("status"),
                               QStringLiteral("priority")};
    const QVector<int> columns = chosenColumns(filters.columns, known, {});
    ActionItemTableModel model(database);
    model.setFilter(RequestEnvironment::actionItemFilter(database, filters));
    model.sort(ActionItemTableModel::Due, Qt::AscendingOrder);
    QString subtitle;
    if (!filters.campaign.isEmpty())
        if (const auto campaign = CampaignRepository(database).findByIdOrName(filters.campaign))
            subtitle = campaign->name;
    return printModel(model, QCoreApplication::translate("TableRows", "Action items"), subtitle,
                      columns);
}

Printout contacts(Database &database, const QStringList &names)
{
    const QStringList known = {QStringLiteral("name"), QStringLiteral("organization"),
                               QStringLiteral("role"), QStringLiteral("email"),
                               QStringLiteral("phone")};
    const QVector<int> columns =
        chosenColumns(names, known,
                      {ContactTableModel::Name, ContactTableModel::Organization,
                       ContactTableModel::Role, ContactTableModel::Email});
    ContactTableModel model(database);
    return printModel(model, QCoreApplication::translate("TableRows", "Contacts"), {}, columns);
}

QString campaignId(Database &database, const QString &nameOrId)
{
    const auto campaign = CampaignRepository(database).findByIdOrName(nameOrId);
    if (!campaign)
        throw CoalitionError(
            QCoreApplication::translate("TableRows", "There is no campaign named \"%1\".")
                .arg(nameOrId));
    return campaign->id;
}

} // namespace TableRows
