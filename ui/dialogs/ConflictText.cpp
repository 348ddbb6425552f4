#include "ui/dialogs/ConflictText.h"

#include "model/storage/Database.h"
#include "model/storage/StampStore.h"
#include "ui/presentation/FieldText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

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
    return FieldText::show(m_database, m_conflict.entity, m_conflict.field, value);
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
