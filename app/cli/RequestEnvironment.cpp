#include "app/cli/RequestEnvironment.h"

#include "model/domain/CoalitionError.h"
#include "model/domain/ShiftedClock.h"
#include "model/domain/SystemClock.h"
#include "model/domain/Vocabulary.h"
#include "model/records/CampaignRepository.h"
#include "model/settings/AppPaths.h"

#include <QCoreApplication>

std::unique_ptr<Clock> RequestEnvironment::clock(const CommandLineRequest &request)
{
    if (request.today.isValid())
        return std::make_unique<ShiftedClock>(request.today);
    return std::make_unique<SystemClock>();
}

QString RequestEnvironment::databasePath(const CommandLineRequest &request)
{
    return request.databasePath.isEmpty() ? AppPaths::defaultDatabase() : request.databasePath;
}

ActionItemFilter RequestEnvironment::actionItemFilter(Database &database,
                                                      const ExportRequest &request)
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
