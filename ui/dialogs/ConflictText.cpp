#include "ui/dialogs/ConflictText.h"

#include "model/domain/FieldCatalogue.h"
#include "model/domain/Vocabulary.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Database.h"
#include "model/storage/StampStore.h"

#include <QCoreApplication>
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
    return QCoreApplication::translate("ConflictText", "(a record deleted since)");
}

} // namespace

ConflictText::ConflictText(Database &database, const ConflictLog::Entry &conflict)
    : m_database(database), m_conflict(conflict)
{}

QString ConflictText::kept() const
{
    return value(m_conflict.keptValue);
}

QString ConflictText::other() const
{
    return value(m_conflict.lostValue);
}

QString ConflictText::keptBy() const
{
    return author(m_conflict.keptAuthor, m_conflict.keptDevice);
}

QString ConflictText::otherBy() const
{
    return author(m_conflict.lostAuthor, m_conflict.lostDevice);
}

QString ConflictText::found() const
{
    const QDateTime at = QDateTime::fromString(m_conflict.detectedAt, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                        : m_conflict.detectedAt;
}

QString ConflictText::value(const std::optional<QString> &value) const
{
    if (!value || value->isEmpty())
        return tr("(empty)");
    const FieldSpec *field = m_database.catalogue().field(m_conflict.entity, m_conflict.field);
    if (!field)
        return *value; // a field of a newer Coalition: shown as it came
    switch (field->kind) {
    case FieldKind::Date:
        if (const QDate date = QDate::fromString(*value, Qt::ISODate); date.isValid())
            return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
        break;
    case FieldKind::Instant:
        if (const QDateTime at = QDateTime::fromString(*value, Qt::ISODate); at.isValid())
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        break;
    case FieldKind::Reference:
        return referenceName(m_database, field->references, *value);
    case FieldKind::Vocabulary:
        if (const Vocabulary *words = vocabularyOf(m_conflict.entity, m_conflict.field))
            return words->label(*value);
        break;
    default:
        break;
    }
    return *value;
}

QString ConflictText::author(const QString &name, const QString &device) const
{
    const bool here = m_database.stamps() && device == m_database.stamps()->deviceId();
    if (!name.isEmpty() && name != QLatin1String("unknown"))
        return here ? tr("%1, on this laptop").arg(name) : name;
    if (here)
        return tr("someone on this laptop");
    if (device.isEmpty())
        return tr("someone");
    return tr("someone on laptop %1").arg(device.left(8));
}
