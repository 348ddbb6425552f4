#include "model/intake/AlikeItem.h"

#include "model/domain/ActionItemFilter.h"
#include "model/records/ActionItemRepository.h"

#include <QRegularExpression>

QSet<QString> AlikeItem::titleWords(const QString &title)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> words;
    for (const QString &word : title.toLower().split(nonWord, Qt::SkipEmptyParts)) {
        if (word.size() > 3)
            words.insert(word);
    }
    return words;
}

bool AlikeItem::titlesAlike(const QSet<QString> &one, const QSet<QString> &other)
{
    const qsizetype shorter = qMin(one.size(), other.size());
    return shorter > 0 && QSet<QString>(one).intersect(other).size() * 2 >= shorter;
}

std::optional<ActionItem> AlikeItem::find(Database &database, const ActionItem &proposed)
{
    // Within one campaign only: across the coalition, "Call your senators" is every week.
    if (proposed.campaignId.isEmpty())
        return std::nullopt;
    ActionItemFilter filter;
    filter.campaignId = proposed.campaignId;
    const QSet<QString> words = titleWords(proposed.title);
    for (const ActionItem &item : ActionItemRepository(database).list(filter)) {
        if (item.id == proposed.id)
            continue;
        const QSet<QString> theirs = titleWords(item.title);
        const bool sameDay = proposed.dueDate.isValid() && item.dueDate == proposed.dueDate &&
                             QSet<QString>(words).intersect(theirs).size() >= 2;
        if (sameDay || titlesAlike(words, theirs))
            return item;
    }
    return std::nullopt;
}
