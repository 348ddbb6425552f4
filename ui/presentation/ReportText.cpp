#include "ui/presentation/ReportText.h"

#include "model/domain/FieldCatalogue.h"
#include "model/domain/Vocabulary.h"

#include <QLocale>

QString ReportText::owner(const QString &name)
{
    return name.isEmpty() ? tr("(no owner)") : name;
}

QString ReportText::priority(const QString &word)
{
    return Vocabulary::priority().label(word);
}

QString ReportText::role(const QString &word)
{
    return Vocabulary::partnerRole().label(word);
}

QString ReportText::status(const QString &word)
{
    return Vocabulary::actionStatus().label(word);
}

QString ReportText::campaignStatus(const QString &word)
{
    return Vocabulary::campaignStatus().label(word);
}

QString ReportText::recordKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Campaign:
        return tr("Campaign");
    case EntityKind::CampaignPartner:
        return tr("Partner");
    case EntityKind::ActionItem:
        return tr("Action item");
    case EntityKind::Organization:
        return tr("Organization");
    case EntityKind::Contact:
        return tr("Contact");
    }
    return {};
}

QString ReportText::fields(EntityKind kind, const QStringList &columns)
{
    const FieldCatalogue &catalogue = FieldCatalogue::standard();
    QStringList labels;
    for (const QString &column : columns) {
        if (column == QLatin1String("occurrence"))
            labels << tr("a date done or skipped");
        else
            labels << catalogue.label(tableName(kind), column);
    }
    return labels.join(QStringLiteral(", "));
}

QString ReportText::day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("no date");
}

QString ReportText::when(const CampaignReport::OpenItem &item)
{
    return when(item.due, item.eventStart, item.allDay);
}

QString ReportText::when(const QDate &due, const QDateTime &eventStart, bool allDay)
{
    if (!eventStart.isValid() || allDay)
        return day(due);
    const QDateTime local = eventStart.toLocalTime();
    return tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                            time(local.time()));
}

QString ReportText::at(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                            time(local.time()));
}

QString ReportText::time(const QTime &time)
{
    // The locale's short time without seconds (the C locale's has them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}

QString ReportText::totals(const CampaignReport &report)
{
    return tr("Open %1 · Done %2 · Overdue %3 · Cancelled %4")
        .arg(report.openCount)
        .arg(report.doneCount)
        .arg(report.overdueCount)
        .arg(report.cancelledCount);
}
