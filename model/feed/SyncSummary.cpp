#include "model/feed/SyncSummary.h"

#include <QCoreApplication>
#include <QHash>

void SyncSummary::add(const SyncSummary &other)
{
    for (auto entity = other.byEntity.cbegin(); entity != other.byEntity.cend(); ++entity) {
        for (auto author = entity->cbegin(); author != entity->cend(); ++author) {
            Counts &counts = byEntity[entity.key()][author.key()];
            counts.added += author->added;
            counts.changed += author->changed;
            counts.deleted += author->deleted;
            counts.conflicts += author->conflicts;
        }
    }
    for (const QString &author : other.authors) {
        if (!authors.contains(author))
            authors << author;
    }
    notes << other.notes;
}

SyncSummary::Counts SyncSummary::total() const
{
    Counts sum;
    for (const auto &authorsOfEntity : byEntity) {
        for (const Counts &counts : authorsOfEntity) {
            sum.added += counts.added;
            sum.changed += counts.changed;
            sum.deleted += counts.deleted;
            sum.conflicts += counts.conflicts;
        }
    }
    return sum;
}

QString SyncSummary::describe() const
{
    const Counts sum = total();
    QString text = QCoreApplication::translate("SyncStore", "%1 added, %2 changed, %3 deleted")
                       .arg(sum.added)
                       .arg(sum.changed)
                       .arg(sum.deleted);
    if (sum.conflicts > 0)
        text +=
            QCoreApplication::translate("SyncStore", ", %n conflict(s)", nullptr, sum.conflicts);
    if (!authors.isEmpty())
        text += QCoreApplication::translate("SyncStore", " — changes by %1")
                    .arg(authors.join(QStringLiteral(", ")));
    for (const QString &note : notes)
        text += QStringLiteral(". ") + note;
    return text;
}

QStringList SyncSummary::describeByEntity() const
{
    QStringList lines;
    for (auto entity = byEntity.cbegin(); entity != byEntity.cend(); ++entity) {
        QStringList parts;
        auto add = [&](int Counts::*count, const char *one, const char *many) {
            for (auto author = entity->cbegin(); author != entity->cend(); ++author) {
                const int n = (*author).*count;
                if (n == 0)
                    continue;
                const QString who = author.key().isEmpty()
                                        ? QCoreApplication::translate("SyncStore", "someone")
                                        : author.key();
                parts << QCoreApplication::translate("SyncStore", n == 1 ? one : many)
                             .arg(n)
                             .arg(who);
            }
        };
        add(&Counts::added, QT_TRANSLATE_NOOP("SyncStore", "%1 added by %2"),
            QT_TRANSLATE_NOOP("SyncStore", "%1 added by %2"));
        add(&Counts::changed, QT_TRANSLATE_NOOP("SyncStore", "%1 changed by %2"),
            QT_TRANSLATE_NOOP("SyncStore", "%1 changed by %2"));
        add(&Counts::deleted, QT_TRANSLATE_NOOP("SyncStore", "%1 deleted by %2"),
            QT_TRANSLATE_NOOP("SyncStore", "%1 deleted by %2"));
        add(&Counts::conflicts,
            QT_TRANSLATE_NOOP("SyncStore", "%1 conflict, an edit by %2 set aside"),
            QT_TRANSLATE_NOOP("SyncStore", "%1 conflicts, edits by %2 set aside"));
        // The entity in the reader's language; one this version does not know by name.
        static const QHash<QString, const char *> labels = {
            {QStringLiteral("organizations"), QT_TRANSLATE_NOOP("SyncStore", "organizations")},
            {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("SyncStore", "contacts")},
            {QStringLiteral("campaigns"), QT_TRANSLATE_NOOP("SyncStore", "campaigns")},
            {QStringLiteral("campaign_partners"),
             QT_TRANSLATE_NOOP("SyncStore", "campaign partners")},
            {QStringLiteral("action_items"), QT_TRANSLATE_NOOP("SyncStore", "action items")},
        };
        const char *label = labels.value(entity.key());
        const QString name =
            label ? QCoreApplication::translate("SyncStore", label)
                  : QString(entity.key()).replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!parts.isEmpty())
            lines << name + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    }
    return lines;
}
