#include "app/cli/RequestEnvironment.h"

#include "model/domain/ShiftedClock.h"
#include "model/domain/SystemClock.h"
#include "model/settings/AppPaths.h"

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
