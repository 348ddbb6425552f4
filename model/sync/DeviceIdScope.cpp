#include "model/sync/DeviceIdScope.h"

bool DeviceIdScope::isCopy(const FeedState &remote, const FeedState &local, const QString &device)
{
    for (auto record = remote.cbegin(); record != remote.cend(); ++record) {
        const FeedRecord here = local.value(record.key());
        for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
            if (field->stamp.device != device)
                continue;
            const auto mine = here.fields.constFind(field.key());
            if (mine == here.fields.cend() || mine->stamp < field->stamp ||
                (mine->stamp == field->stamp && *mine != *field))
                return true;
        }
    }
    return false;
}
