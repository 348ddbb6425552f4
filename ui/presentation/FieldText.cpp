#include "ui/presentation/FieldText.h"

#include "model/domain/FieldCatalogue.h"
#include "model/domain/Vocabulary.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Database.h"

#include <QDateTime>
#include <QLocale>

namespace {

// The closed lists whose words a field holds, by table and column.
const Vocabulary *vocabularyOf(const QString &table, const QString &column)
{
    if (column == QLatin1String("priority"))
        return &Vocabulary::priority();
    if (column == QLatin1String("role") && table == QLatin1String("campaign_partners"))
        return &Vocabulary::partnerRole();
    if (column == QLatin1String("kind"))
        return table == QLatin1String("organizations") ? &Vocabulary::organizationKind()
                                                       : &Vocabulary::actionKind();
    if (column == QLatin1String("status"))
        return table == QLatin1String("campaigns") ? &Vocabulary::campaignStatus()
                                                   : &Vocabulary::actionStatus();
    return nullptr;
}

QString referenceName(Database &database, EntityKind kind, const QString &id)
{
    switch (kind) {
    case EntityKind::Organization:
        if (const auto found = OrganizationRepository(database).get(id))
            return found->name;
        break;
    case EntityKind::Campaign:
        if (const auto found = CampaignRepository(database).get(id))
            return found->name;
        break;
    case EntityKind::Contact:
        if (const auto found = ContactRepository(database).get(id))
            return found->name;
        break;
    default:
        break;
    }
    return QCoreApplication::translate("FieldText", "(a record deleted since)");
}

} // namespace

QString FieldText::show(Database &database, const QString &table, const QString &column,
                        const std::optional<QString> &value)
{
    if (!value || value->isEmpty())
        return tr("(empty)");
    const FieldSpec *field = database.catalogue().field(table, column);
    if (!field)
        return *value;                   // a field of a newer Coalition: shown as it came
    if (column == QLatin1String("kind")) // an open list: a word it knows reads translated
        return vocabularyOf(table, column)->label(*value);
    switch (field->kind) {
    case FieldKind::Date:
        if (const QDate date = QDate::fromString(*value, Qt::ISODate); date.isValid())
            return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
        break;
    case FieldKind::Instant:
        if (const QDateTime at = QDateTime::fromString(*value, Qt::ISODate); at.isValid())
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        break;
    case FieldKind::Flag:
        return *value == QLatin1String("yes") ? tr("yes") : *value;
    case FieldKind::Reference:
        return referenceName(database, field->references, *value);
    case FieldKind::Vocabulary:
        if (const Vocabulary *words = vocabularyOf(table, column))
            return words->label(*value);
        break;
    default:
        break;
    }
    return *value;
}
